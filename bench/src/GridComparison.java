import dev.hanzi.publisher.PdfGlyphs;
import dev.hanzi.publisher.Typesetting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Chinese grid of four typesetters on the same text (bench/typesetting.sh): ours, DocBook XSL
 * with FOP, pandoc's engine xelatex with xeCJK, and Typst, each given the running paragraphs of one of our books as
 * plain text, on the same page, measure, body size and font, so that what differs is how each
 * breaks and justifies lines.
 *
 * <pre>
 * extract BOOK.epub DIR NAME   the book's body paragraphs, from its EPUB (generated text as a
 *                              reader sees it; notes, lists, tables and boxes left out), written
 *                              as DIR/NAME.xml (DocBook, for us), DIR/NAME.paras (one a line)
 * setup OURS.pdf DIR NAME      DIR/NAME.tex, DIR/NAME.typ and DIR/NAME-docbook.xsl (DocBook XSL's
 *                              fo/docbook.xsl with parameters), on the page our PDF of NAME.xml
 *                              has: its left margin, measure and body size
 * measure OUT.md NAME LABEL=PDF…   appends a table to OUT.md: each PDF measured as TypesettingIT
 *                              measures ours (lines flush with the measure, issue 13's grid among
 *                              them, the lone marks' widths)
 * </pre>
 *
 * Run with the publisher's jar and target/test-classes on the class path: the measurements are
 * the tests' own ({@code Typesetting}, {@code PdfGlyphs}).
 */
public class GridComparison {
    /** Elements whose paragraphs are not running text of the body. */
    private static final Set<String> SET_APART = Set.of("li", "td", "th", "aside", "figure", "blockquote", "dd", "dt",
            "table", "footer", "nav", "header", "figcaption");

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "extract" -> extract(Path.of(args[1]), Path.of(args[2]), args[3]);
            case "setup" -> setup(Path.of(args[1]), Path.of(args[2]), args[3]);
            case "measure" -> measure(Path.of(args[1]), args[2], List.of(args).subList(3, args.length));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void extract(Path epub, Path dir, String name) throws Exception {
        List<String> paragraphs = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            // The spine's order is the files' order in the zip (our packager writes them so).
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".xhtml")).toList()) {
                String file = entry.getName().replaceAll(".*/", "");
                if (file.equals("nav.xhtml") || file.equals("cover.xhtml") || file.equals("titlepage.xhtml")
                        || file.equals("copyright.xhtml") || file.contains("bibliography") || file.contains("glossary")
                        || file.contains("index")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    var document = factory.newDocumentBuilder().parse(in);
                    var ps = document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "p");
                    for (int i = 0; i < ps.getLength(); i++) {
                        Element p = (Element) ps.item(i);
                        if (!p.getAttribute("class").isEmpty() || setApart(p)) {
                            continue;
                        }
                        String text = text(p).replace("\u00AD", "").replaceAll("\\s+", " ").strip();
                        // A paragraph of a line or two tells nothing of justification.
                        if (text.codePointCount(0, text.length()) >= 60) {
                            paragraphs.add(text);
                        }
                    }
                }
            }
        }
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".paras"), paragraphs);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<book xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\" xml:lang=\"zh-CN\">\n"
                + "<info><title>" + name + "</title></info>\n<chapter><title>正文</title>\n");
        for (String p : paragraphs) {
            xml.append("<para>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</para>\n");
        }
        Files.writeString(dir.resolve(name + ".xml"), xml.append("</chapter>\n</book>\n"));
        System.out.println(name + ": " + paragraphs.size() + " paragraphs");
    }

    private static boolean setApart(Element p) {
        for (Node n = p.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            String cls = e.getAttribute("class");
            if (SET_APART.contains(e.getLocalName()) || cls.contains("note") || cls.contains("admonition")) {
                return true;
            }
        }
        return false;
    }

    /** The text a reader sees, without note references and citations (which we set raised). */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                if (e.getLocalName().equals("sup") || e.getAttribute("class").contains("noteref")) {
                    continue;
                }
                text.append(text(e));
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(child.getNodeValue());
            }
        }
        return text.toString();
    }

    /** Our page: the left margin of odd pages, the measure and the body size, read off our PDF. */
    record Page(float width, float height, float left, float measure, float size) {
    }

    static Page page(Path ours) throws IOException {
        PdfGlyphs pdf = PdfGlyphs.read(ours.toFile());
        Typesetting t = new Typesetting(pdf);
        float size = t.bodySize();
        // Full lines not first in their paragraph, on odd pages: their left edge is the margin.
        List<Typesetting.TextLine> full = t.lines(size).stream()
                .filter(l -> !l.first() && !l.last() && l.line().page() % 2 == 1).toList();
        float left = mode(full.stream().map(l -> l.line().left()).toList());
        float right = mode(full.stream().map(Typesetting.TextLine::right).toList());
        PdfGlyphs.Page first = pdf.pages().get(0);
        return new Page(first.width(), first.height(), left, right - left, size);
    }

    private static float mode(List<Float> values) {
        return values.stream().collect(Collectors.groupingBy(v -> Math.round(v * 2) / 2f, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    static void setup(Path ours, Path dir, String name) throws IOException {
        Page page = page(ours);
        List<String> paragraphs = Files.readAllLines(dir.resolve(name + ".paras"));
        String fonts = Path.of("fonts").toAbsolutePath() + "/";
        float right = page.width() - page.left() - page.measure();
        // xeCJK as pandoc's default template sets it up (xeCJK's own defaults), with our font.
        StringBuilder tex = new StringBuilder();
        tex.append("\\documentclass{article}\n")
                .append(String.format("\\usepackage[paperwidth=%.2fbp,paperheight=%.2fbp,left=%.2fbp,right=%.2fbp,top=72bp,bottom=72bp]{geometry}%n",
                        page.width(), page.height(), page.left(), right))
                .append("\\usepackage{xeCJK}\n")
                .append("\\setCJKmainfont[Path=").append(fonts).append("]{NotoSerifCJKsc-Regular.otf}\n")
                .append("\\setmainfont[Path=").append(fonts).append("]{NotoSerifCJKsc-Regular.otf}\n")
                .append("\\pagestyle{empty}\n\\begin{document}\n")
                .append(String.format("\\fontsize{%.2fbp}{%.2fbp}\\selectfont\\parindent=2em%n%n", page.size(), page.size() * 1.7f));
        for (String p : paragraphs) {
            tex.append(texEscape(p)).append("\n\n");
        }
        Files.writeString(dir.resolve(name + ".tex"), tex.append("\\end{document}\n"));
        // Typst's defaults for Chinese (lang zh: its CJK–Latin spacing, its punctuation), justified.
        StringBuilder typ = new StringBuilder();
        typ.append(String.format("#set page(width: %.2fpt, height: %.2fpt, margin: (left: %.2fpt, right: %.2fpt, top: 72pt, bottom: 72pt))%n",
                        page.width(), page.height(), page.left(), right))
                .append(String.format("#set text(font: \"Noto Serif CJK SC\", size: %.2fpt, lang: \"zh\", region: \"cn\")%n", page.size()))
                .append("#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.7em, spacing: 0.7em)\n\n");
        for (String p : paragraphs) {
            typ.append(typstEscape(p)).append("\n\n");
        }
        Files.writeString(dir.resolve(name + ".typ"), typ);
        // DocBook XSL's stylesheet for the same DocBook file: its defaults (justified), on our page.
        String docbook = "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\">\n"
                + "  <xsl:import href=\"" + Path.of("bench/target/docbook-xsl/docbook/fo/docbook.xsl").toAbsolutePath().toUri() + "\"/>\n"
                + String.format("  <xsl:param name=\"page.width\">%.2fpt</xsl:param>%n", page.width())
                + String.format("  <xsl:param name=\"page.height\">%.2fpt</xsl:param>%n", page.height())
                + String.format("  <xsl:param name=\"page.margin.inner\">%.2fpt</xsl:param>%n", page.left())
                + String.format("  <xsl:param name=\"page.margin.outer\">%.2fpt</xsl:param>%n", right)
                + "  <xsl:param name=\"double.sided\">0</xsl:param>\n"
                + "  <xsl:param name=\"body.start.indent\">0pt</xsl:param>\n"
                + String.format("  <xsl:param name=\"body.font.master\">%.2f</xsl:param>%n", page.size())
                + "  <xsl:param name=\"body.font.family\">Noto Serif CJK SC</xsl:param>\n"
                + "  <xsl:param name=\"title.font.family\">Noto Sans CJK SC</xsl:param>\n"
                + "  <xsl:param name=\"l10n.gentext.default.language\">zh_cn</xsl:param>\n"
                + "  <xsl:param name=\"hyphenate\">false</xsl:param>\n"
                + "  <xsl:param name=\"generate.toc\"/>\n"
                + "  <xsl:attribute-set name=\"normal.para.spacing\"><xsl:attribute name=\"text-indent\">2em</xsl:attribute></xsl:attribute-set>\n"
                + "</xsl:stylesheet>\n";
        Files.writeString(dir.resolve(name + "-docbook.xsl"), docbook);
        System.out.printf("%s: page %.1f × %.1f pt, left margin %.1f pt, measure %.1f pt, body %.2f pt%n",
                name, page.width(), page.height(), page.left(), page.measure(), page.size());
    }

    private static String texEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '#', '$', '%', '&', '_', '{', '}' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String typstEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            // Typst's markup characters, and the dot, so that a paragraph opening 「1. 」 is no numbered list.
            if ("\\#$*_`<>@[]~\"'=+-/.".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static void measure(Path out, String name, List<String> pdfs) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String labelled : pdfs) {
            String label = labelled.substring(0, labelled.indexOf('='));
            Path pdf = Path.of(labelled.substring(labelled.indexOf('=') + 1));
            if (!Files.exists(pdf)) {
                rows.put(label, "| " + label + " | not run | | | | |");
                continue;
            }
            Typesetting t = new Typesetting(PdfGlyphs.read(pdf.toFile()));
            float size = t.bodySize();
            // A line that does not reach the measure is not justified, however even its characters:
            // DocBook XSL's FOP stretches only the spaces of a line, and Chinese has none.
            long full = t.lines(size).stream().filter(l -> !l.last()).count();
            java.util.Set<String> ragged = t.raggedLines(size, 0.5f).stream()
                    .map(r -> r.substring(0, r.indexOf(" ends at "))).collect(Collectors.toSet());
            List<Typesetting.Measured> grid = t.gridExcess(size);
            long on = grid.stream().filter(m -> Math.abs(m.value()) <= Typesetting.ON_GRID && !ragged.contains(m.where())).count();
            float worst = (float) grid.stream().mapToDouble(m -> Math.abs(m.value())).max().orElse(0);
            List<Typesetting.Measured> marks = t.loneMarkSpans(size);
            List<Typesetting.Measured> pinched = marks.stream().filter(m -> m.value() < 1.95f).toList();
            double narrowest = marks.stream().mapToDouble(Typesetting.Measured::value).min().orElse(2) - 1;
            rows.put(label, String.format("| %s | %d of %d, %.1f %% | %d of %d, **%.1f %%** | %.3f em | %d of %d | %.2f em |",
                    label, full - ragged.size(), full, full == 0 ? 100.0 : 100.0 * (full - ragged.size()) / full,
                    on, grid.size(), grid.isEmpty() ? 100.0 : 100.0 * on / grid.size(), worst,
                    pinched.size(), marks.size(), narrowest));
            System.out.println(name + " " + rows.get(label));
        }
        StringBuilder md = new StringBuilder("\n### " + name + "\n\n"
                + "| typesetter | full lines flush with the measure | of them, on the grid (≤ 0.03 em) | worst spread | lone marks pinched (< 1 em) | narrowest lone mark |\n"
                + "|---|---|---|---|---|---|\n");
        rows.values().forEach(row -> md.append(row).append('\n'));
        Files.writeString(out, md, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }
}
