package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.source.BookFolder;
import dev.hanzi.publisher.source.ImageFormats;
import dev.hanzi.publisher.source.LoadedBook;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The rules a schema cannot express. Every xml:id is unique, every linkend
 * points at one, every image is inside the book's folder, exists and is a PNG, JPEG or SVG, and
 * every character of the text is in the fonts. All problems are reported at once.
 */
public final class BookChecker {
    private static final QName XML_ID = new QName("xml", "http://www.w3.org/XML/1998/namespace", "id");
    private static final QName LINKEND = new QName("linkend");
    private static final QName FILEREF = new QName("fileref");
    private static final Set<String> IMAGE_FORMATS = Set.of("png", "jpeg", "svg");

    private final GlyphCoverage fonts;

    public BookChecker(GlyphCoverage fonts) {
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
                    problems.add(at(node, Code.CHK_DUPLICATE_ID, Map.of("id", id, "first",
                            Location.displayName(systemId(first)) + ":" + first.getLineNumber())));
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
                problems.add(at(node, Code.CHK_DANGLING_LINKEND,
                        Map.of("element", node.getNodeName().getLocalName(), "linkend", linkend)));
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
                    images.add(imagePath(book, node));
                } catch (BookFolder.RefusedException refused) {
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
                problems.add(Diagnostic.of(Code.CHK_GLYPH_MISSING, Location.at(systemId(element), textLine(text) + line, 0),
                        Map.of("codepoint", String.format(Locale.ROOT, "%04X", codePoint),
                                "character", new String(Character.toChars(codePoint)), "fonts", String.join(", ", lacking))));
            }
        }
    }

    /** The file an imagedata names: its fileref is a URI reference (%20 for a space), relative to its file. */
    private static Path imagePath(LoadedBook book, XdmNode imagedata) throws BookFolder.RefusedException {
        return book.folder().resolve(imagedata.getAttributeValue(FILEREF), Paths.get(URI.create(systemId(imagedata))));
    }

    private static void checkImage(LoadedBook book, XdmNode imagedata, List<Diagnostic> problems) {
        String fileref = imagedata.getAttributeValue(FILEREF);
        Map<String, String> reference = Map.of("fileref", fileref);
        Path image;
        try {
            image = imagePath(book, imagedata);
        } catch (BookFolder.RefusedException e) {
            problems.add(at(imagedata, e.refusal() == BookFolder.Refusal.MALFORMED
                    ? Code.CHK_IMAGE_BAD_PATH : Code.CHK_IMAGE_OUTSIDE, reference));
            return;
        }
        if (!Files.isRegularFile(image)) {
            problems.add(at(imagedata, Code.CHK_IMAGE_NOT_FOUND, reference));
            return;
        }
        String format;
        try {
            format = ImageFormats.sniff(book.folder(), image);
        } catch (IOException e) {
            problems.add(at(imagedata, Code.CHK_IMAGE_UNREADABLE, Map.of("fileref", fileref, "reason",
                    String.valueOf(e.getMessage()))));
            return;
        }
        if (!IMAGE_FORMATS.contains(format)) {
            problems.add(at(imagedata, Code.CHK_IMAGE_FORMAT, Map.of("fileref", fileref, "format", format)));
            return;
        }
        String damage = ImageFormats.damage(book.folder(), image, format);
        if (damage != null) {
            problems.add(at(imagedata, Code.CHK_IMAGE_DAMAGED, Map.of("fileref", fileref, "damage", damage)));
        }
    }

    private static int textLine(XdmNode text) {
        // Saxon records lines of elements only: a text node starts on its parent's line, or
        // after the end of its preceding sibling element, which we do not know; the parent's line
        // plus the newlines before the character is exact for text that opens its element.
        XdmNode parent = text.getParent();
        return parent == null ? 0 : parent.getLineNumber();
    }

    private static String systemId(XdmNode node) {
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
                problems.add(at(entry, Code.CHK_UNDECLARED_COLUMN, Map.of("attribute", attribute, "name", name,
                        "declared", declared.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(declared)))));
            }
        }
    }

    private static Diagnostic at(XdmNode node, Code code, Map<String, ?> parameters) {
        return Diagnostic.of(code, Location.at(systemId(node), node.getLineNumber(), node.getColumnNumber()), parameters);
    }
}
