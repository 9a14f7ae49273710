package dev.hanzi.publisher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * Stage 2, validate: the rules a schema cannot express. Every xml:id is unique, every linkend
 * points at one, every image is inside the book's folder, exists and is a PNG, JPEG or SVG, and
 * every character of the text is in the fonts. All problems are reported at once.
 */
public final class BookChecker {
    static final String DOCBOOK_NS = "http://docbook.org/ns/docbook";
    private static final QName XML_ID = new QName("xml", "http://www.w3.org/XML/1998/namespace", "id");
    private static final QName LINKEND = new QName("linkend");
    private static final QName FILEREF = new QName("fileref");
    private static final Set<String> IMAGE_FORMATS = Set.of("png", "jpeg", "svg");

    private final PreparedFonts fonts;

    public BookChecker(PreparedFonts fonts) {
        this.fonts = fonts;
    }

    public void check(LoadedBook book) throws PublishException {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, XdmNode> ids = new HashMap<>();
        for (XdmNode node : book.document().children().iterator().next().select(
                net.sf.saxon.s9api.streams.Steps.descendantOrSelf()).asList()) {
            if (node.getNodeKind() == XdmNodeKind.TEXT) {
                checkCharacters(node, problems);
                continue;
            }
            if (node.getNodeKind() != XdmNodeKind.ELEMENT) {
                continue;
            }
            String id = node.getAttributeValue(XML_ID);
            if (id != null) {
                XdmNode first = ids.putIfAbsent(id, node);
                if (first != null) {
                    problems.add(at(node, "duplicate xml:id \"" + id + "\" (first used at "
                            + Diagnostic.displayName(systemId(first)) + ":" + first.getLineNumber() + ")"));
                }
            }
            if ("imagedata".equals(node.getNodeName().getLocalName())) {
                checkImage(book, node, problems);
            }
            if ("entry".equals(node.getNodeName().getLocalName())) {
                checkColumnNames(node, problems);
            }
        }
        for (XdmNode node : book.document().select(net.sf.saxon.s9api.streams.Steps.descendant()).asList()) {
            String linkend = node.getNodeKind() == XdmNodeKind.ELEMENT ? node.getAttributeValue(LINKEND) : null;
            if (linkend != null && !ids.containsKey(linkend)) {
                problems.add(at(node, node.getNodeName().getLocalName() + " points to \"" + linkend
                        + "\", but no element has xml:id=\"" + linkend + "\""));
            }
        }
        if (!problems.isEmpty()) {
            throw new PublishException(problems);
        }
    }

    /** The image files a (checked) book refers to. */
    public List<Path> images(LoadedBook book) {
        List<Path> images = new ArrayList<>();
        for (XdmNode node : book.document().select(net.sf.saxon.s9api.streams.Steps.descendant()).asList()) {
            if (node.getNodeKind() == XdmNodeKind.ELEMENT && "imagedata".equals(node.getNodeName().getLocalName())) {
                try {
                    images.add(imagePath(node));
                } catch (URISyntaxException notAPath) {
                    // check() has refused the book already
                }
            }
        }
        return images;
    }

    private void checkCharacters(XdmNode text, List<Diagnostic> problems) {
        String value = text.getStringValue();
        int line = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                continue;
            }
            if (Character.isWhitespace(codePoint)) {
                continue;
            }
            List<String> lacking = fonts.fontsLacking(codePoint);
            if (!lacking.isEmpty()) {
                XdmNode element = text.getParent();
                problems.add(Diagnostic.at(systemId(element), textLine(text) + line, 0,
                        String.format(Locale.ROOT, "character U+%04X (%s) is not in the book's fonts (missing from %s)",
                                codePoint, new String(Character.toChars(codePoint)), String.join(", ", lacking))));
            }
        }
    }

    /** The file an imagedata names: its fileref is a URI reference (%20 for a space), relative to its file. */
    private static Path imagePath(XdmNode imagedata) throws URISyntaxException {
        return Paths.get(URI.create(systemId(imagedata))).getParent()
                .resolve(new URI(imagedata.getAttributeValue(FILEREF)).getPath()).normalize();
    }

    private static void checkImage(LoadedBook book, XdmNode imagedata, List<Diagnostic> problems) {
        String fileref = imagedata.getAttributeValue(FILEREF);
        Path image;
        try {
            URI uri = new URI(fileref);
            if (uri.isAbsolute() || fileref.startsWith("/") || fileref.startsWith("\\")) {
                problems.add(at(imagedata, "images must be inside the book's folder: " + fileref));
                return;
            }
            image = imagePath(imagedata);
        } catch (Exception e) {
            problems.add(at(imagedata, "not a valid image path: " + fileref));
            return;
        }
        if (!image.startsWith(book.root())) {
            problems.add(at(imagedata, "images must be inside the book's folder: " + fileref));
            return;
        }
        if (!Files.isRegularFile(image)) {
            problems.add(at(imagedata, "image not found: " + fileref));
            return;
        }
        String format;
        try {
            format = ImageFormats.sniff(image);
        } catch (IOException e) {
            problems.add(at(imagedata, "image cannot be read: " + fileref + " (" + e.getMessage() + ")"));
            return;
        }
        if (!IMAGE_FORMATS.contains(format)) {
            problems.add(at(imagedata, "image " + fileref + " is " + format
                    + "; use PNG, JPEG or SVG"));
            return;
        }
        String damage = ImageFormats.damage(image, format);
        if (damage != null) {
            problems.add(at(imagedata, "image " + fileref + " cannot be read: " + damage));
        }
    }

    private static int textLine(XdmNode text) {
        // Saxon records lines of elements only: a text node starts on its parent's line, or
        // after the end of its preceding sibling element, which we do not know; the parent's line
        // plus the newlines before the character is exact for text that opens its element.
        XdmNode parent = text.getParent();
        return parent == null ? 0 : parent.getLineNumber();
    }

    static String systemId(XdmNode node) {
        String systemId = node.getUnderlyingNode().getSystemId();
        return systemId == null ? "" : systemId;
    }

    /** A table entry may name only the columns its tgroup declares (the schema cannot say so). */
    private static void checkColumnNames(XdmNode entry, List<Diagnostic> problems) {
        XdmNode tgroup = entry.select(net.sf.saxon.s9api.streams.Steps.ancestor("tgroup")).findFirst().orElse(null);
        if (tgroup == null) {
            return;
        }
        Set<String> declared = new java.util.HashSet<>();
        for (XdmNode colspec : tgroup.select(net.sf.saxon.s9api.streams.Steps.child("colspec")).asList()) {
            String name = colspec.getAttributeValue(new QName("colname"));
            if (name != null) {
                declared.add(name);
            }
        }
        for (String attribute : List.of("colname", "namest", "nameend")) {
            String name = entry.getAttributeValue(new QName(attribute));
            if (name != null && !declared.contains(name)) {
                problems.add(at(entry, "entry " + attribute + "=\"" + name + "\" names no column: the table's colspecs"
                        + " declare " + (declared.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(declared)))));
            }
        }
    }

    private static Diagnostic at(XdmNode node, String message) {
        return Diagnostic.at(systemId(node), node.getLineNumber(), node.getColumnNumber(), message);
    }
}
