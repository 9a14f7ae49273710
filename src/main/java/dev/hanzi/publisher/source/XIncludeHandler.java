package dev.hanzi.publisher.source;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
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
 * Each file may start with a DOCTYPE naming DocBook's DTD, ignored with a warning
 * ({@link DoctypePolicy}); any other DOCTYPE is refused.
 */
final class XIncludeHandler extends XMLFilterImpl {
    static final String XINCLUDE_NS = "http://www.w3.org/2001/XInclude";

    private final BookFolder folder;
    private final List<Path> files;
    private final Deque<Path> including;
    private final SwitchingLocator locator;
    private final boolean outermost;
    private final List<Diagnostic> warnings;
    private Path currentFile;
    private int skippedDepth;

    /** A handler for the book's main file; includes must stay inside its folder. */
    XIncludeHandler(BookFolder folder, ContentHandler downstream, List<Diagnostic> warnings) {
        this(folder, downstream, new ArrayList<>(), new ArrayDeque<>(), new SwitchingLocator(), true, warnings);
    }

    private XIncludeHandler(BookFolder folder, ContentHandler downstream, List<Path> files, Deque<Path> including,
            SwitchingLocator locator, boolean outermost, List<Diagnostic> warnings) {
        this.warnings = warnings;
        this.folder = folder;
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
            XMLReader reader = SecureXml.newReaderAllowingDoctype();
            DoctypePolicy doctype = new DoctypePolicy(locator, warnings);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", doctype);
            reader.setProperty("http://xml.org/sax/properties/declaration-handler", doctype);
            reader.setContentHandler(this);
            reader.setErrorHandler(getErrorHandler());
            try (var bytes = folder.open(normalized)) {
                InputSource input = new InputSource(normalized.toUri().toString());
                input.setByteStream(bytes);
                reader.parse(input);
            }
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
                throw error(Code.SRC_XI_MISPLACED, Map.of("name", localName));
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

    /**
     * An entity the parser did not expand: with a DOCTYPE whose DTD is not read, the parser
     * passes an undeclared entity over instead of failing. A book declares no entities, so it
     * is refused as without a DOCTYPE.
     */
    @Override
    public void skippedEntity(String name) throws SAXException {
        throw error(Code.SRC_UNDECLARED_ENTITY,
                Map.of("detail", "The entity \"" + name + "\" was referenced, but not declared."));
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
            throw error(Code.SRC_XI_NO_HREF, Map.of());
        }
        if (atts.getValue("", "xpointer") != null) {
            throw error(Code.SRC_XI_XPOINTER, Map.of());
        }
        Path target = resolveInsideTree(href);
        if (!Files.isRegularFile(target)) {
            throw error(Code.SRC_XI_NOT_FOUND, Map.of("href", href));
        }
        if ("text".equals(parse)) {
            includeText(target);
        } else if (parse == null || "xml".equals(parse)) {
            if (including.contains(target)) {
                throw error(Code.SRC_XI_RECURSIVE, Map.of("href", href));
            }
            try {
                new XIncludeHandler(folder, getContentHandler(), files, including, locator, false, warnings)
                        .withErrorHandler(getErrorHandler())
                        .parse(target);
            } catch (IOException e) {
                throw error(Code.SRC_XI_UNREADABLE, Map.of("href", href, "reason", String.valueOf(e.getMessage())));
            }
        } else {
            throw error(Code.SRC_XI_PARSE, Map.of("parse", parse));
        }
    }

    private XIncludeHandler withErrorHandler(org.xml.sax.ErrorHandler handler) {
        setErrorHandler(handler);
        return this;
    }

    private void includeText(Path target) throws SAXException {
        try {
            files.add(target);
            char[] text = new String(folder.read(target), StandardCharsets.UTF_8).toCharArray();
            super.characters(text, 0, text.length);
        } catch (IOException e) {
            throw error(Code.SRC_XI_UNREADABLE, Map.of("href", target.getFileName(), "reason", String.valueOf(e.getMessage())));
        }
    }

    private Path resolveInsideTree(String href) throws SAXException {
        try {
            return folder.resolve(href, currentFile);
        } catch (BookFolder.RefusedException e) {
            Code code = switch (e.refusal()) {
                case MALFORMED -> Code.SRC_XI_BAD_HREF;
                case OUTSIDE -> Code.SRC_XI_OUTSIDE;
                case LINK_OUTSIDE -> Code.SRC_XI_LINK_OUTSIDE;
                case NOT_A_FILE -> Code.SRC_XI_NOT_A_FILE;
            };
            throw error(code, Map.of("href", href));
        }
    }

    private SAXParseException error(Code code, Map<String, ?> parameters) {
        return new CodedParseException(code, parameters, locator);
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
