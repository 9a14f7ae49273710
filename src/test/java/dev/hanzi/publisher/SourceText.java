package dev.hanzi.publisher;

import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.source.LoadedBook;
import dev.hanzi.publisher.source.SourceLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * What a book's source says, for comparing with what the outputs show: its parts and titles,
 * and the text of every paragraph and footnote as a reader should find it.
 */
public final class SourceText {
    public static final String DB = "http://docbook.org/ns/docbook";

    /** A preface, chapter, appendix, bibliography or colophon. */
    public record Part(String kind, String id, String title) {
    }

    private final XdmNode document;
    private final XPathCompiler xpath;

    private SourceText(XdmNode document, Processor processor) {
        this.document = document;
        this.xpath = processor.newXPathCompiler();
        xpath.declareNamespace("db", DB);
    }

    private static final Processor PROCESSOR = new Processor(false);
    private static SourceLoader loader;

    public static synchronized SourceText read(Path source) {
        try {
            // One loader for every read: it compiles the schema once.
            if (loader == null) {
                loader = new SourceLoader(PROCESSOR, Installation.locate());
            }
            LoadedBook book = loader.load(source);
            return new SourceText(book.document(), PROCESSOR);
        } catch (PublishException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        // An untitled index is 索引 (the stylesheets' generated title).
        for (XdmItem item : select("/db:book/(db:preface | db:chapter | db:appendix | db:bibliography | db:colophon | db:index)")) {
            XdmNode node = (XdmNode) item;
            parts.add(new Part(node.getNodeName().getLocalName(),
                    node.getAttributeValue(new QName("http://www.w3.org/XML/1998/namespace", "id")),
                    string(node, "(normalize-space(string-join(db:title//text()[not(ancestor::db:footnote)]))[.],"
                            + " if (self::db:index) then '索引' else '')[1]")));
        }
        return parts;
    }

    /** How many sections the book has at the given depth (1: directly in a part). */
    public int sections(int level) {
        return select("//db:section[count(ancestor-or-self::db:section) = " + level + "]").size();
    }

    public String title() {
        return string(document, "normalize-space(/db:book/db:info/db:title)");
    }

    /** Footnote texts in document order (footnote n is at index n - 1), without white space. */
    public List<String> footnotes() {
        return select("//db:footnote").stream().map(n -> squeeze(readable((XdmNode) n))).toList();
    }

    /**
     * The readable text of every body paragraph (not in footnotes), without white space, split
     * where generated text we cannot predict (a cross reference, a raised figure) interrupts it.
     */
    public List<String> paragraphSegments() {
        List<String> segments = new ArrayList<>();
        for (XdmItem item : select("//db:para[not(ancestor::db:footnote | ancestor::db:textobject)]")) {
            for (String segment : readable((XdmNode) item).split("\u0000")) {
                String squeezed = squeeze(segment);
                if (!squeezed.isEmpty()) {
                    segments.add(squeezed);
                }
            }
        }
        return segments;
    }

    /** The text a reader sees, with NUL where a footnote, cross reference or script interrupts it. */
    private static String readable(XdmNode node) {
        StringBuilder text = new StringBuilder();
        append(node, text);
        return text.toString();
    }

    private static void append(XdmNode node, StringBuilder text) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                text.append(child.getStringValue());
            } else if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                String name = child.getNodeName().getLocalName();
                switch (name) {
                    case "footnote", "xref", "citation", "biblioref", "superscript", "subscript", "anchor" -> text.append('\u0000');
                    // A place for the index, no text where it stands.
                    case "indexterm" -> { }
                    case "quote" -> {
                        text.append('“');
                        append(child, text);
                        text.append('”');
                    }
                    case "citetitle" -> {
                        // Chinese titles of works print in 《》, others in italics.
                        boolean chinese = language(child).startsWith("zh");
                        text.append(chinese ? "《" : "");
                        append(child, text);
                        text.append(chinese ? "》" : "");
                    }
                    default -> append(child, text);
                }
            }
        }
    }

    private static String language(XdmNode node) {
        QName lang = new QName("http://www.w3.org/XML/1998/namespace", "lang");
        for (XdmNode n = node; n != null; n = n.getParent()) {
            if (n.getAttributeValue(lang) != null) {
                return n.getAttributeValue(lang);
            }
        }
        return "";
    }

    /** Text without white space, and without FOP's hyphens at lines' ends ({@link PdfGlyphs#HYPHENATION}). */
    public static String squeeze(String text) {
        return text.replaceAll("[\\s\u00AD]+", "");
    }

    private List<XdmItem> select(String expression) {
        try {
            List<XdmItem> items = new ArrayList<>();
            xpath.evaluate(expression, document).forEach(items::add);
            return items;
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    private String string(XdmNode context, String expression) {
        try {
            return xpath.evaluate(expression, context).toString();
        } catch (SaxonApiException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }
}
