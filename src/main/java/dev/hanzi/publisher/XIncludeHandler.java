package dev.hanzi.publisher;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * XInclude (parse="xml" and parse="text", no xpointer) done as a SAX filter, so that every
 * included file is parsed by {@link SecureXml} and must lie inside the book's own folder tree:
 * an absolute path, a {@code ..} out of the tree or a URL is refused with its position.
 * Downstream handlers see one document whose locator reports the file each event came from.
 */
final class XIncludeHandler extends XMLFilterImpl {
    static final String XINCLUDE_NS = "http://www.w3.org/2001/XInclude";

    private final Path root;
    private final List<Path> files;
    private final Deque<Path> including;
    private final SwitchingLocator locator;
    private final boolean outermost;
    private Path currentFile;
    private int skippedDepth;

    /** A handler for the book's main file; {@code root} is the folder includes must stay in. */
    XIncludeHandler(Path root, ContentHandler downstream) {
        this(root, downstream, new ArrayList<>(), new ArrayDeque<>(), new SwitchingLocator(), true);
    }

    private XIncludeHandler(Path root, ContentHandler downstream, List<Path> files, Deque<Path> including,
            SwitchingLocator locator, boolean outermost) {
        this.root = root;
        this.files = files;
        this.including = including;
        this.locator = locator;
        this.outermost = outermost;
        setContentHandler(downstream);
    }

    /** Parses {@code file} and everything it includes, feeding the events downstream. */
    void parse(Path file) throws IOException, SAXException {
        Path normalized = file.toAbsolutePath().normalize();
        currentFile = normalized;
        files.add(normalized);
        including.push(normalized);
        try {
            XMLReader reader = SecureXml.newReader();
            reader.setContentHandler(this);
            reader.setErrorHandler(getErrorHandler());
            InputSource input = new InputSource(normalized.toUri().toString());
            reader.parse(input);
        } finally {
            including.pop();
        }
    }

    /** Every file read, the main file first: what a watch mode must watch. */
    List<Path> files() {
        return List.copyOf(files);
    }

    @Override
    public void setDocumentLocator(Locator fileLocator) {
        locator.push(fileLocator);
        if (outermost) {
            super.setDocumentLocator(locator);
        }
    }

    @Override
    public void startDocument() throws SAXException {
        if (outermost) {
            super.startDocument();
        }
    }

    @Override
    public void endDocument() throws SAXException {
        locator.pop();
        if (outermost) {
            super.endDocument();
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (skippedDepth > 0) {
            skippedDepth++;
            return;
        }
        if (XINCLUDE_NS.equals(uri)) {
            skippedDepth = 1;
            if ("include".equals(localName)) {
                include(atts);
            } else {
                throw error("xi:" + localName + " is only allowed inside xi:include");
            }
            return;
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (skippedDepth > 0) {
            skippedDepth--;
            return;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (skippedDepth == 0) {
            super.characters(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (skippedDepth == 0) {
            super.ignorableWhitespace(ch, start, length);
        }
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (skippedDepth == 0) {
            super.startPrefixMapping(prefix, uri);
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (skippedDepth == 0) {
            super.endPrefixMapping(prefix);
        }
    }

    private void include(Attributes atts) throws SAXException {
        String href = atts.getValue("", "href");
        String parse = atts.getValue("", "parse");
        if (href == null || href.isBlank()) {
            throw error("xi:include needs an href attribute");
        }
        if (atts.getValue("", "xpointer") != null) {
            throw error("xi:include with xpointer is not supported: include a whole file");
        }
        Path target = resolveInsideTree(href);
        if (!Files.isRegularFile(target)) {
            throw error("included file not found: " + href);
        }
        if ("text".equals(parse)) {
            includeText(target);
        } else if (parse == null || "xml".equals(parse)) {
            if (including.contains(target)) {
                throw error("xi:include of " + href + " includes itself");
            }
            try {
                new XIncludeHandler(root, getContentHandler(), files, including, locator, false)
                        .withErrorHandler(getErrorHandler())
                        .parse(target);
            } catch (IOException e) {
                throw error("cannot read included file " + href + ": " + e.getMessage());
            }
        } else {
            throw error("xi:include parse=\"" + parse + "\" is not supported (use xml or text)");
        }
    }

    private XIncludeHandler withErrorHandler(org.xml.sax.ErrorHandler handler) {
        setErrorHandler(handler);
        return this;
    }

    private void includeText(Path target) throws SAXException {
        try {
            files.add(target);
            char[] text = Files.readString(target, StandardCharsets.UTF_8).toCharArray();
            super.characters(text, 0, text.length);
        } catch (IOException e) {
            throw error("cannot read included text file " + target.getFileName() + ": " + e.getMessage());
        }
    }

    private Path resolveInsideTree(String href) throws SAXException {
        URI uri;
        try {
            uri = new URI(href);
        } catch (Exception e) {
            throw error("xi:include href is not a valid relative path: " + href);
        }
        if (uri.isAbsolute() || href.startsWith("/") || href.startsWith("\\")) {
            throw error("xi:include may only include files inside the book's folder, not " + href);
        }
        Path resolved = currentFile.getParent().resolve(Paths.get(uri.getPath())).normalize();
        if (!resolved.startsWith(root)) {
            throw error("xi:include may only include files inside the book's folder, not " + href);
        }
        return resolved;
    }

    private SAXParseException error(String message) {
        return new SAXParseException(message, locator);
    }

    /** A locator that answers for whichever file is being parsed at the moment. */
    private static final class SwitchingLocator implements Locator {
        private final Deque<Locator> stack = new ArrayDeque<>();

        void push(Locator locator) {
            stack.push(locator);
        }

        void pop() {
            if (stack.size() > 1) {
                stack.pop();
            }
        }

        @Override
        public String getPublicId() {
            return stack.isEmpty() ? null : stack.peek().getPublicId();
        }

        @Override
        public String getSystemId() {
            return stack.isEmpty() ? null : stack.peek().getSystemId();
        }

        @Override
        public int getLineNumber() {
            return stack.isEmpty() ? -1 : stack.peek().getLineNumber();
        }

        @Override
        public int getColumnNumber() {
            return stack.isEmpty() ? -1 : stack.peek().getColumnNumber();
        }
    }
}
