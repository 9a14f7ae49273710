package dev.hanzi.publisher;

import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.source.SourceLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * What a reader must find of a DocBook document written by others, in its full vocabulary: the
 * text of every paragraph, list item, table cell, line of code and footnote, each without white
 * space and cut into segments where the output may put text the source does not hold (a note
 * mark, a callout number, a cross reference, a trademark sign, the brackets of a manual page's
 * section). Metadata that is not text (index terms, remarks, alternative text) is left out.
 * {@link SourceText} does the same for the paragraphs of our own, smaller vocabulary.
 */
public final class ReaderText {
    /** What a reader finds, by kind, in document order; each entry is one segment. */
    public record Expected(String kind, String where, String text) {
        @Override
        public String toString() {
            return kind + " at " + where + ": " + text;
        }
    }

    private static final String DB = "http://docbook.org/ns/docbook";
    private static final char BREAK = '\u0000';
    private static final QName LANG = new QName("http://www.w3.org/XML/1998/namespace", "lang");
    private static final QName ID = new QName("http://www.w3.org/XML/1998/namespace", "id");

    /** Elements that hold no reader's text. */
    private static final Set<String> NOT_TEXT = Set.of("indexterm", "remark", "alt", "titleabbrev");
    /** Inlines that print something the source does not hold, or nothing: the text breaks there. */
    private static final Set<String> INTERRUPTIONS = Set.of("footnote", "footnoteref", "xref", "anchor", "co", "coref",
            "superscript", "subscript", "inlinemediaobject", "citation", "biblioref", "olink");
    /**
     * Inlines whose text is printed with something around or between its parts (a ®, the (1) of
     * a manual page, the &lt;&gt; of a tag, the + of a key combination, the → of a menu choice).
     */
    private static final Set<String> FRAMED = Set.of("trademark", "citerefentry", "refentrytitle", "manvolnum", "tag",
            "email", "keycombo", "menuchoice", "keycap", "guimenu", "guisubmenu", "guimenuitem", "shortcut",
            "productname", "ulink");
    /** Blocks: a paragraph's text stops at one (a screen or a list inside a paragraph) and goes on after it. */
    private static final Set<String> BLOCKS = Set.of("para", "simpara", "formalpara", "screen", "programlisting",
            "literallayout", "synopsis", "programlistingco", "screenco", "address", "table", "informaltable",
            "itemizedlist", "orderedlist", "variablelist", "simplelist", "segmentedlist", "glosslist", "procedure",
            "calloutlist", "note", "tip", "important", "caution", "warning", "sidebar", "example", "informalexample",
            "figure", "informalfigure", "mediaobject", "blockquote", "equation", "informalequation", "qandaset",
            "bridgehead", "cmdsynopsis", "funcsynopsis", "epigraph", "task", "msgset", "revhistory");
    /** Verbatim blocks, read line by line. */
    private static final Set<String> VERBATIM = Set.of("screen", "programlisting", "literallayout", "synopsis");

    private final XdmNode document;
    private final XPathCompiler xpath;

    private static final Processor PROCESSOR = new Processor(false);
    private static SourceLoader loader;

    private ReaderText(XdmNode document) {
        this.document = document;
        this.xpath = PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("db", DB);
    }

    /** The document as the publisher loads it: includes resolved, validated. */
    public static synchronized ReaderText read(Path source) {
        try {
            if (loader == null) {
                loader = new SourceLoader(PROCESSOR, Installation.locate());
            }
            return new ReaderText(loader.load(source).document());
        } catch (PublishException e) {
            throw new AssertionError("the source does not load: " + e.getMessage(), e);
        }
    }

    /** Every paragraph (para, simpara), outside footnotes and alternative text. */
    public List<Expected> paragraphs() {
        return segments("paragraph", "//(db:para | db:simpara)[not(ancestor::db:footnote | ancestor::db:textobject)]", false);
    }

    /**
     * Every list item: items of itemized, ordered and simple lists, terms and items of variable
     * lists, steps of procedures, callouts; their blocks read one after another (a verbatim block
     * or a table inside is checked line by line and cell by cell, not here).
     */
    public List<Expected> listItems() {
        return segments("list item", "//(db:listitem | db:step | db:callout | db:term | db:member)"
                + "[not(ancestor::db:footnote)]", true);
    }

    /** Every table cell that holds text rather than blocks (cells with paragraphs are paragraphs). */
    public List<Expected> tableCells() {
        return segments("table cell", "//db:entry[not(ancestor::db:footnote)][not(*[local-name() = ('para', 'simpara',"
                + " 'itemizedlist', 'orderedlist', 'screen', 'programlisting', 'note')])]", false);
    }

    /** Every footnote's text (footnotes inside a footnote are an error of the source). */
    public List<Expected> footnotes() {
        return segments("footnote", "//db:footnote", true);
    }

    /**
     * Every non-blank line of every verbatim block (programlisting, screen, literallayout,
     * synopsis), cut where a callout mark stands.
     */
    public List<Expected> codeLines() {
        List<Expected> lines = new ArrayList<>();
        for (XdmItem item : select("//(db:programlisting | db:screen | db:literallayout | db:synopsis)")) {
            XdmNode node = (XdmNode) item;
            StringBuilder text = new StringBuilder();
            append(node, text, false);
            String[] split = text.toString().split("\n");
            for (int i = 0; i < split.length; i++) {
                for (String segment : split[i].split(String.valueOf(BREAK))) {
                    String squeezed = SourceText.squeeze(segment);
                    if (!squeezed.isEmpty()) {
                        lines.add(new Expected("code line", where(node) + " line " + (i + 1), squeezed));
                    }
                }
            }
        }
        return lines;
    }

    /** Every kind, by name. */
    public Map<String, List<Expected>> all() {
        Map<String, List<Expected>> all = new LinkedHashMap<>();
        all.put("paragraphs", paragraphs());
        all.put("list items", listItems());
        all.put("table cells", tableCells());
        all.put("code lines", codeLines());
        all.put("footnotes", footnotes());
        return all;
    }

    private List<Expected> segments(String kind, String expression, boolean throughBlocks) {
        List<Expected> segments = new ArrayList<>();
        for (XdmItem item : select(expression)) {
            XdmNode node = (XdmNode) item;
            StringBuilder text = new StringBuilder();
            append(node, text, throughBlocks);
            for (String segment : text.toString().split(String.valueOf(BREAK))) {
                String squeezed = SourceText.squeeze(segment);
                if (!squeezed.isEmpty()) {
                    segments.add(new Expected(kind, where(node), squeezed));
                }
            }
        }
        return segments;
    }

    /**
     * The readable text of an element's content. A block inside breaks the text; with
     * throughBlocks its paragraphs are read too, each a segment of its own, but never a verbatim
     * block or a table, which are checked by line and by cell.
     */
    private static void append(XdmNode node, StringBuilder text, boolean throughBlocks) {
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.TEXT) {
                text.append(child.getStringValue());
                continue;
            }
            if (child.getNodeKind() != XdmNodeKind.ELEMENT || !DB.equals(child.getNodeName().getNamespace())) {
                continue;
            }
            String name = child.getNodeName().getLocalName();
            if (NOT_TEXT.contains(name)) {
                continue;
            }
            if (INTERRUPTIONS.contains(name)) {
                text.append(BREAK);
            } else if (BLOCKS.contains(name) && !name.equals("para") && !name.equals("simpara") || name.equals("title")
                    || name.equals("info")) {
                text.append(BREAK);
                if (throughBlocks && !VERBATIM.contains(name) && !name.endsWith("table") && !name.endsWith("co")) {
                    append(child, text, true);
                    text.append(BREAK);
                }
            } else if (name.equals("para") || name.equals("simpara")) {
                text.append(BREAK);
                if (throughBlocks) {
                    append(child, text, true);
                    text.append(BREAK);
                }
            } else if (FRAMED.contains(name)) {
                text.append(BREAK);
                append(child, text, throughBlocks);
                text.append(BREAK);
            } else if (name.equals("quote")) {
                text.append('“');
                append(child, text, throughBlocks);
                text.append('”');
            } else if (name.equals("citetitle")) {
                // Chinese titles of works print in 《》, others in italics.
                boolean chinese = language(child).startsWith("zh");
                text.append(chinese ? "《" : "");
                append(child, text, throughBlocks);
                text.append(chinese ? "》" : "");
            } else if (name.equals("link") && child.children().iterator().hasNext() == false) {
                text.append(BREAK); // an empty link prints its address or its target's title
            } else {
                append(child, text, throughBlocks);
            }
        }
    }

    private static String language(XdmNode node) {
        for (XdmNode n = node; n != null; n = n.getParent()) {
            if (n.getAttributeValue(LANG) != null) {
                return n.getAttributeValue(LANG).toLowerCase();
            }
        }
        return "";
    }

    /** Where an element is: its name and the nearest id above it. */
    private static String where(XdmNode node) {
        for (XdmNode n = node; n != null; n = n.getParent()) {
            if (n.getNodeKind() == XdmNodeKind.ELEMENT && n.getAttributeValue(ID) != null) {
                return node.getNodeName().getLocalName() + " in #" + n.getAttributeValue(ID);
            }
        }
        return node.getNodeName().getLocalName();
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
}
