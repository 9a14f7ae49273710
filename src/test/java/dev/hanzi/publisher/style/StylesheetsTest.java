package dev.hanzi.publisher.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The stylesheets on their own, in seconds: a few lines of DocBook in, normalised with
 * xsl/common/normalize.xsl and transformed with xsl/fo/pdf.xsl or xsl/epub/epub.xsl (compiled
 * once, from the project's xsl/ folder), and XPath questions to the FO or the XHTML that comes
 * out. No FOP, no fonts, no PDF: what the integration tests measure on the page, these check
 * where it is decided.
 */
class StylesheetsTest {
    private static final String DB = "http://docbook.org/ns/docbook";
    /** A base for the EPUB's result documents, as XhtmlTransformer sets it; nothing is written there. */
    private static final String OUTPUT_BASE = "file:/epub/";
    /** What the stylesheets add between characters for FOP's line breaking; not text a reader sees. */
    private static final String INVISIBLE = "[\\s\u200B\u2060]";
    private static final double MM_TOLERANCE = 0.05;

    private static final Processor PROCESSOR = new Processor(false);
    private static XsltExecutable normalize;
    private static XsltExecutable pdf;
    private static XsltExecutable epub;

    @BeforeAll
    static void compile() throws SaxonApiException {
        normalize = compile("xsl/common/normalize.xsl");
        pdf = compile("xsl/fo/pdf.xsl");
        epub = compile("xsl/epub/epub.xsl");
    }

    private static XsltExecutable compile(String stylesheet) throws SaxonApiException {
        XsltCompiler compiler = PROCESSOR.newXsltCompiler();
        List<String> errors = new ArrayList<>();
        compiler.setErrorReporter(error -> {
            if (!error.isWarning()) {
                errors.add(error.getLocation().getSystemId() + ":" + error.getLocation().getLineNumber() + ": "
                        + error.getMessage());
            }
        });
        try {
            return compiler.compile(new StreamSource(Paths.get(stylesheet).toFile()));
        } catch (SaxonApiException e) {
            throw new AssertionError(stylesheet + " does not compile:\n" + String.join("\n", errors), e);
        }
    }

    // ------------------------------------------------------------------ running the stylesheets

    /** A book around the given chapters (and appendices), as an author would write it. */
    private static String book(String parts) {
        return "<book xmlns='" + DB + "' xmlns:xlink='http://www.w3.org/1999/xlink' version='5.0' xml:lang='zh-CN'>"
                + "<info><title>测试之书</title><author><orgname>测试出版社</orgname></author>"
                + "<pubdate>2021</pubdate></info>" + parts + "</book>";
    }

    private static String chapter(String id, String title, String body) {
        return "<chapter xml:id='" + id + "'><title>" + title + "</title>" + body + "</chapter>";
    }

    private static XdmNode parse(String xml) throws SaxonApiException {
        DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
        builder.setLineNumbering(true);
        Path where = Paths.get("target/stylesheets-test/book.xml").toAbsolutePath();
        return builder.build(new StreamSource(new StringReader(xml), where.toUri().toString()));
    }

    /** The book after the first pass, as both outputs read it. */
    private static XdmNode normalized(String xml) throws SaxonApiException {
        XdmNode source = parse(xml);
        Xslt30Transformer transformer = normalize.load30();
        XdmDestination result = new XdmDestination();
        result.setBaseURI(source.getBaseURI());
        transformer.applyTemplates(source, result);
        return result.getXdmNode();
    }

    /** The formatting objects for the book, with these stylesheet parameters. */
    private static XdmNode fo(String xml, Map<String, XdmValue> parameters) throws SaxonApiException {
        XdmNode book = normalized(xml);
        Xslt30Transformer transformer = pdf.load30();
        Map<QName, XdmValue> saxon = new LinkedHashMap<>();
        parameters.forEach((name, value) -> saxon.put(new QName(name), value));
        transformer.setStylesheetParameters(saxon);
        transformer.setGlobalContextItem(book);
        transformer.setErrorReporter(error -> { });
        XdmDestination fo = new XdmDestination();
        transformer.applyTemplates(book, fo);
        return fo.getXdmNode();
    }

    private static XdmNode fo(String xml) throws SaxonApiException {
        return fo(xml, Map.of());
    }

    /** The EPUB's content documents, by file name, and the manifest under the key "manifest". */
    private static Map<String, XdmNode> epub(String xml) throws SaxonApiException {
        XdmNode book = normalized(xml);
        Xslt30Transformer transformer = epub.load30();
        Map<String, byte[]> written = new LinkedHashMap<>();
        transformer.setGlobalContextItem(book);
        transformer.setErrorReporter(error -> { });
        transformer.setBaseOutputURI(OUTPUT_BASE);
        transformer.setResultDocumentHandler(uri -> {
            String href = uri.toString().substring(OUTPUT_BASE.length());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Serializer serializer = PROCESSOR.newSerializer(bytes);
            serializer.onClose(() -> written.put(href, bytes.toByteArray()));
            return serializer;
        });
        XdmDestination manifest = new XdmDestination();
        transformer.applyTemplates(book, manifest);
        Map<String, XdmNode> documents = new LinkedHashMap<>();
        documents.put("manifest", manifest.getXdmNode());
        DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
        for (Map.Entry<String, byte[]> document : written.entrySet()) {
            if (document.getKey().endsWith(".xhtml")) {
                documents.put(document.getKey(), builder.build(new StreamSource(
                        new StringReader(new String(document.getValue(), StandardCharsets.UTF_8)), OUTPUT_BASE + document.getKey())));
            }
        }
        return documents;
    }

    // ------------------------------------------------------------------ asking the results

    private static XdmValue evaluate(XdmNode node, String expression) throws SaxonApiException {
        XPathCompiler xpath = PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("db", DB);
        xpath.declareNamespace("fo", "http://www.w3.org/1999/XSL/Format");
        xpath.declareNamespace("fox", "http://xmlgraphics.apache.org/fop/extensions");
        xpath.declareNamespace("svg", "http://www.w3.org/2000/svg");
        xpath.declareNamespace("h", "http://www.w3.org/1999/xhtml");
        xpath.declareNamespace("epub", "http://www.idpf.org/2007/ops");
        return xpath.evaluate(expression, node);
    }

    private static List<String> strings(XdmNode node, String expression) throws SaxonApiException {
        List<String> values = new ArrayList<>();
        for (XdmItem item : evaluate(node, expression)) {
            values.add(item.getStringValue());
        }
        return values;
    }

    private static String string(XdmNode node, String expression) throws SaxonApiException {
        List<String> values = strings(node, expression);
        assertEquals(1, values.size(), expression + " gives " + values);
        return values.get(0);
    }

    private static int count(XdmNode node, String expression) throws SaxonApiException {
        return Integer.parseInt(string(node, "count(" + expression + ")"));
    }

    /** Text as a reader sees it: without white space and the stylesheets' invisible break marks. */
    private static String visible(String text) {
        return text.replaceAll(INVISIBLE, "");
    }

    private static final double PT_PER_MM = 72 / 25.4;

    private static double points(String length) {
        assertTrue(length.endsWith("pt"), length + " is not in points");
        return Double.parseDouble(length.substring(0, length.length() - 2));
    }

    @Test
    void aBookMayGiveItsTypeAreaInCharactersAndLines() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "版心", "<para>甲。</para>")), Map.of("characters-per-line",
                new XdmAtomicValue(40), "lines-per-page", new XdmAtomicValue(38)));
        String recto = "//fo:simple-page-master[@master-name = 'running-recto']";
        double measure = 210.0 * PT_PER_MM - points(string(fo, recto + "/@margin-left/string()"))
                - points(string(fo, recto + "/@margin-right/string()"));
        assertEquals(40 * 10.5, measure, 0.01, "40 characters of 10.5 pt");
        double body = points(string(fo, recto + "/fo:region-body/@margin-top/string()"));
        double height = 297.0 * PT_PER_MM - 2 * points(string(fo, recto + "/@margin-top/string()")) - 2 * body;
        assertEquals(38 * 10.5 * 1.75, height, 0.01, "38 lines of 10.5 × 1.75 pt");
        assertEquals(List.of("trim"), strings(fo, "//processing-instruction('hanzi-punctuation-style')/string()"),
                "the punctuation style reaches the line pass");
    }

    private static double millimetres(String length) {
        assertTrue(length.endsWith("mm"), length + " is not in millimetres");
        return Double.parseDouble(length.substring(0, length.length() - 2));
    }

    // ------------------------------------------------------------------ the first pass

    @Test
    void aQuoteTakesQuotationMarksAndAChineseTitleTakesBookTitleMarks() throws SaxonApiException {
        String xml = book(chapter("c1", "引言", "<para>他说<quote>读<quote>书</quote>好</quote>，并读了"
                + "<citetitle>红楼梦</citetitle>和<citetitle xml:lang='en'>Hamlet</citetitle>。</para>"));
        XdmNode book = normalized(xml);
        assertEquals(0, count(book, "//db:quote"), "quote elements left after normalisation");
        assertEquals("他说“读‘书’好”，并读了《红楼梦》和Hamlet。", string(book, "string(//db:chapter/db:para)"));
        assertEquals(List.of("Hamlet"), strings(book, "//db:citetitle/string()"),
                "a title in another language stays an element (set in italics)");

        XdmNode fo = fo(xml);
        String para = visible(string(fo, "string-join(//fo:block[contains(., '他说')][not(.//fo:block[contains(., '他说')])]//text(), '')"));
        assertEquals("他说“读‘书’好”，并读了《红楼梦》和Hamlet。", para);
        assertEquals("italic", string(fo, "//fo:inline[. = 'Hamlet']/ancestor-or-self::fo:inline[@font-style][1]/@font-style/string()"));
    }

    // ------------------------------------------------------------------ the PDF's formatting objects

    @Test
    void aChapterOpensWithItsLabelAndTitle() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "总论", "<para>甲。</para>") + chapter("c2", "分论", "<para>乙。</para>")
                + "<appendix xml:id='a1'><title>资料</title><para>丙。</para></appendix>"));
        for (String[] part : new String[][] {{"第一章", "总论"}, {"第二章", "分论"}, {"附录A", "资料"}}) {
            String label = "//fo:flow//fo:block[normalize-space() = '" + part[0] + "']";
            assertEquals(1, count(fo, label), part[0] + " as a heading line of its own");
            assertEquals(part[1], visible(string(fo, "string((" + label + ")/following-sibling::fo:block[1])")),
                    "the title after " + part[0]);
        }
        assertEquals(List.of("第一章总论", "第二章分论", "附录A资料"), strings(fo,
                "//fo:bookmark[@internal-destination = ('c1', 'c2', 'a1')]/fo:bookmark-title/string()").stream()
                .map(StylesheetsTest::visible).toList(), "the bookmarks: label and title");
    }

    @Test
    void aFootnoteBecomesAFootnoteAtItsReference() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "注释", "<para>正文<footnote><para>第一条注释。</para></footnote>继续，"
                + "再注<footnote><para>第二条注释。</para></footnote>。</para>")));
        assertEquals(2, count(fo, "//fo:footnote"));
        assertEquals(List.of("1", "2"), strings(fo, "//fo:footnote/fo:inline/normalize-space()"), "marks numbered in order");
        assertEquals("第一条注释。", visible(string(fo, "string((//fo:footnote)[1]/fo:footnote-body//fo:list-item-body)")));
        assertEquals("1", visible(string(fo, "string((//fo:footnote)[1]/fo:footnote-body//fo:list-item-label)")));
        // The mark stands where the reference is: inside the paragraph's block, between its words.
        String paragraph = "(//fo:footnote)[1]/ancestor::fo:block[1]";
        assertTrue(visible(string(fo, "string-join(" + paragraph + "//text()[not(ancestor::fo:footnote-body)], '')"))
                .startsWith("正文1继续"), "the mark is not at its reference");
    }

    @Test
    void tableEntriesSpanColumnsAndRows() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "表格", "<table xml:id='t1'><title>数据</title><tgroup cols='3'>"
                + "<colspec colname='a' colwidth='2*'/><colspec colname='b'/><colspec colname='c' colwidth='30mm'/>"
                + "<thead><row><entry namest='a' nameend='b'>合并</entry><entry>丙</entry></row></thead>"
                + "<tbody><row><entry morerows='1'>竖</entry><entry>乙</entry><entry>丙</entry></row>"
                + "<row><entry>乙二</entry><entry>丙二</entry></row></tbody></tgroup></table>")));
        assertEquals("2", string(fo, "//fo:table-cell[normalize-space() = '合并']/@number-columns-spanned/string()"));
        assertEquals("2", string(fo, "//fo:table-cell[normalize-space() = '竖']/@number-rows-spanned/string()"));
        assertEquals(0, count(fo, "//fo:table-cell[normalize-space() = '乙']/(@number-columns-spanned | @number-rows-spanned)"),
                "an ordinary cell spans nothing");
        assertEquals(List.of("proportional-column-width(2)", "proportional-column-width(1)", "30mm"),
                strings(fo, "//fo:table-column/@column-width/string()"));
        assertEquals(1, count(fo, "//fo:table-header//fo:table-cell[normalize-space() = '合并']"), "the head is a table-header");
        assertEquals("表1-1数据", visible(string(fo, "string(//fo:block[fo:inline][following-sibling::fo:table][1])")),
                "the caption, numbered in its chapter");
    }

    @Test
    void theXrefsSayWhatTheyPointAt() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "总论", "<para>见<xref linkend='c2'/>和<xref linkend='s1'/>，"
                + "又见<xref linkend='t1'/>。</para>")
                + chapter("c2", "分论", "<section xml:id='s1'><title>背景</title><para>乙。</para></section>"
                + "<informaltable><tgroup cols='1'><tbody><row><entry>丁</entry></row></tbody></tgroup></informaltable>"
                + "<table xml:id='t1'><title>数据</title><tgroup cols='1'><tbody><row><entry>丙</entry></row></tbody>"
                + "</tgroup></table>")));
        String paragraph = "//fo:block[fo:basic-link][not(.//fo:block)][contains(., '又见')]";
        assertEquals("见第二章“分论”和“背景”，又见表2-1。", visible(string(fo, "string-join(" + paragraph + "//text(), '')")),
                "an xref prints a chapter's label and title, a section's title, a table's number");
        assertEquals(List.of("c2", "s1", "t1"), strings(fo,
                "distinct-values(" + paragraph + "//fo:basic-link/@internal-destination)"), "and links to it");
    }

    @Test
    void thePaperReachesThePageMasters() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "纸张", "<para>甲。</para>")),
                Map.of("paper-width-mm", new XdmAtomicValue(148.0), "paper-height-mm", new XdmAtomicValue(210.0)));
        List<String> widths = strings(fo, "//fo:simple-page-master/@page-width/string()");
        List<String> heights = strings(fo, "//fo:simple-page-master/@page-height/string()");
        assertFalse(widths.isEmpty(), "no page masters");
        widths.forEach(w -> assertEquals(148.0, millimetres(w), MM_TOLERANCE, "page-width " + w));
        heights.forEach(h -> assertEquals(210.0, millimetres(h), MM_TOLERANCE, "page-height " + h));
        // The type area comes from the paper: as many whole characters of the body size (9.5 pt
        // on A5) as the theme's margins (12 % of the width inside, 11 % outside) leave room for,
        // the rest shared by the margins in that ratio.
        String recto = "//fo:simple-page-master[@master-name = 'running-recto']";
        double inner = points(string(fo, recto + "/@margin-left/string()"));
        double outer = points(string(fo, recto + "/@margin-right/string()"));
        double measure = 148.0 * PT_PER_MM - inner - outer;
        assertEquals(Math.floor(148.0 * (1 - 0.12 - 0.11) * PT_PER_MM / 9.5) * 9.5, measure, 0.01,
                "the measure in whole characters of 9.5 pt");
        assertEquals(12.0 / 11, inner / outer, 0.001, "the margins keep the theme's ratio");

        XdmNode a4 = fo(book(chapter("c1", "纸张", "<para>甲。</para>")));
        assertEquals(List.of("210mm"), strings(a4, "distinct-values(//fo:simple-page-master/@page-width)"),
                "the default paper is A4");
    }

    @Test
    void thePrintEditionHasBleedCropMarksAndMirroredMargins() throws SaxonApiException {
        String xml = book(chapter("c1", "印刷", "<para>甲。</para>"));
        XdmNode print = fo(xml, Map.of("edition", new XdmAtomicValue("print")));
        String masters = "//fo:simple-page-master";
        assertEquals(List.of("3mm"), strings(print, "distinct-values(" + masters + "/@fox:bleed)"));
        assertEquals(List.of("10mm"), strings(print, "distinct-values(" + masters + "/@fox:crop-offset)"));
        assertEquals(List.of("media-box"), strings(print, "distinct-values(" + masters + "/@fox:crop-box)"));
        assertTrue(count(print, "//fo:static-content[@flow-name = 'marks']//svg:line") >= 8,
                "crop marks: two lines at each of four corners");
        String recto = masters + "[@master-name = 'running-recto']";
        String verso = masters + "[@master-name = 'running-verso']";
        assertEquals(string(print, recto + "/@margin-left/string()"), string(print, verso + "/@margin-right/string()"),
                "the gutter is inside on both pages of a spread");
        assertEquals(string(print, recto + "/@margin-right/string()"), string(print, verso + "/@margin-left/string()"));

        XdmNode screen = fo(xml, Map.of("edition", new XdmAtomicValue("screen")));
        assertEquals(List.of("0mm"), strings(screen, "distinct-values(" + masters + "/@fox:bleed)"));
        assertEquals(0, count(screen, "//fo:static-content[@flow-name = 'marks']"), "crop marks on screen");
        assertEquals(0, count(screen, verso), "left-hand masters on screen");
    }

    // ------------------------------------------------------------------ the EPUB's documents

    @Test
    void theEpubWritesADocumentPerChapterAndListsItInTheManifest() throws SaxonApiException {
        Map<String, XdmNode> documents = epub(book("<preface xml:id='p1'><title>前言</title><para>序。</para></preface>"
                + chapter("c1", "总论", "<para>甲<footnote><para>注。</para></footnote>。</para>")
                + chapter("c2", "分论", "<para>乙。</para>")));
        XdmNode manifest = documents.get("manifest");
        List<String> listed = strings(manifest, "/manifest/document[@toc = 'yes']/@href/string()");
        assertEquals(List.of("p1.xhtml", "c1.xhtml", "c2.xhtml"), listed, "the parts in reading order");
        assertEquals(List.of("第一章总论", "第二章分论"), strings(manifest,
                "/manifest/document[@href = ('c1.xhtml', 'c2.xhtml')]/@title/string()").stream()
                .map(StylesheetsTest::visible).toList());
        for (String href : strings(manifest, "/manifest/document/@href/string()")) {
            assertTrue(documents.containsKey(href), href + " is listed but was not written");
        }
        XdmNode c1 = documents.get("c1.xhtml");
        assertEquals("c1", string(c1, "/h:html/h:body/h:section/@id/string()"));
        assertEquals("chapter", string(c1, "/h:html/h:body/h:section/@epub:type/string()"));
        assertTrue(visible(string(c1, "string(/h:html/h:body)")).contains("总论"), "the chapter's title");
        assertEquals(1, count(c1, "//h:a[@epub:type = 'noteref']"), "the chapter's footnote is in its document");
        assertEquals(0, count(documents.get("c2.xhtml"), "//*[contains(., '总论')][self::h:h1 or self::h:h2]"),
                "the second chapter's document holds only its own part");
    }

    // ------------------------------------------------------------------ structure (issue 15)

    /** An article, with as many first-level sections as given (each with a sect2 in the first). */
    private static String article(int sections) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= sections; i++) {
            body.append("<sect1 xml:id='s").append(i).append("'><title>第").append(i).append("个问题</title><para>正文。</para>");
            if (i == 1) {
                body.append("<sect2 xml:id='s1-1'><title>细节</title><para>细节。</para>"
                        + "<sect3 xml:id='s1-1-1'><title>更细</title><para>更细。</para></sect3></sect2>"
                        + "<bridgehead renderas='sect2'>小标题</bridgehead><para>乙。</para>"
                        + "<simplesect><title>附记</title><para>附记。</para></simplesect>");
            }
            body.append("</sect1>");
        }
        return "<article xmlns='" + DB + "' version='5.1' xml:lang='zh-CN' xml:id='art'><info><title>一篇文章</title>"
                + "<authorgroup><author><personname><surname>周</surname><firstname>明远</firstname></personname>"
                + "<affiliation><orgname>青岚大学</orgname><orgdiv>信息学院</orgdiv></affiliation></author>"
                + "<author><personname><firstname>Ada</firstname><surname>Lovelace</surname></personname></author></authorgroup>"
                + "<abstract><para>摘要的文字。</para></abstract></info>" + body + "</article>";
    }

    @Test
    void anArticleIsOneDocumentWithNumberedSectionsAndItsSectionInTheRunningHead() throws SaxonApiException {
        XdmNode fo = fo(article(2));
        assertEquals(1, count(fo, "//fo:page-sequence"), "one page sequence: no cover, title page or part pages");
        assertEquals("1", string(fo, "string(//fo:page-sequence/@initial-page-number)"));
        assertEquals("一篇文章", visible(string(fo, "string((//fo:flow//fo:block[@role = 'H1'])[1])")), "the title block");
        assertEquals(List.of("周明远", "Ada Lovelace"), strings(fo, "//fo:flow//fo:block[@font-size][.//text()[contains(., '周') or contains(., 'Ada')]]"
                + "[not(.//fo:block)]/string()").stream().map(s -> s.replaceAll("[\u200B\u2060]", "").trim()).toList(),
                "each author once, a Chinese name surname first, a Latin one given name first");
        assertTrue(visible(string(fo, "string(//fo:flow)")).contains("青岚大学信息学院"), "the affiliation");
        assertTrue(visible(string(fo, "string(//fo:flow)")).contains("摘要的文字。"), "the abstract");
        assertEquals(List.of("1第1个问题", "1.1细节", "1.1.1更细", "附记", "2第2个问题"), strings(fo,
                "//fo:flow//fo:block[starts-with(@role, 'H')][not(@role = 'H1')][not(preceding-sibling::*[1][self::fo:block[@role]])]"
                + "[ancestor::fo:block[@id = ('s1', 's1-1', 's1-1-1', 's2')] or contains(., '附记')]/string()").stream()
                .map(StylesheetsTest::visible).filter(s -> !s.contains("小标题")).toList(),
                "sections numbered 1, 1.1, 1.1.1; simplesect unnumbered");
        assertEquals(List.of("一篇文章", "1第1个问题", "1.1细节", "1.1.1更细", "附记", "2第2个问题"), strings(fo,
                "//fo:bookmark/fo:bookmark-title/string()").stream().map(StylesheetsTest::visible).toList(),
                "bookmarks: the title block and the sections, not the bridgehead");
        assertEquals(1, count(fo, "//fo:static-content[@flow-name = 'header']//fo:retrieve-marker[@retrieve-class-name = 'section']"),
                "the running head retrieves the section");
        assertEquals(List.of("1第1个问题", "2第2个问题"), strings(fo, "//fo:marker[@marker-class-name = 'section']/string()")
                .stream().map(StylesheetsTest::visible).toList(), "first-level sections mark the running head");
        assertEquals(0, count(fo, "//*[@id = 'toc']"), "a short article has no contents of its own");
        assertEquals(1, count(fo(article(4)), "//fo:block[@id = 'toc']"), "a longer one has a short contents");

        Map<String, XdmNode> documents = epub(article(2));
        XdmNode manifest = documents.get("manifest");
        assertEquals(List.of("art.xhtml", "nav.xhtml"), strings(manifest, "/manifest/document/@href/string()"),
                "one document and the navigation");
        assertEquals(List.of("周明远 aut", "Ada Lovelace aut"), strings(manifest, "/manifest/creator/(@name || ' ' || @role)"));
        XdmNode nav = documents.get("nav.xhtml");
        assertEquals(List.of("1 第1个问题", "1.1 细节", "附记", "2 第2个问题"), strings(nav,
                "//h:nav[@epub:type = 'toc']//h:a/normalize-space()"), "the navigation: the sections to two levels");
        assertEquals(List.of("art.xhtml#s1", "art.xhtml#s1-1"), strings(nav,
                "(//h:nav[@epub:type = 'toc']//h:a)[position() le 2]/@href/string()"));
        XdmNode art = documents.get("art.xhtml");
        assertEquals("1.1", string(art, "//h:section[@id = 's1-1']/h:h3/h:span[@class = 'section-number']/string()"));
        assertEquals("h3", string(art, "local-name(//*[contains(@class, 'bridgehead')])"), "bridgehead renderas sect2");
        assertEquals("摘要的文字。", visible(string(art, "string(//h:section[@role = 'doc-abstract']/h:p)")));
    }

    @Test
    void anArticlesAppendixAndAcknowledgementsStayInItsOneDocument() throws SaxonApiException {
        String xml = article(1).replace("</article>", "<appendix xml:id='ap'><title>资料</title><para>附录正文。</para>"
                + "<section xml:id='ap-1'><title>来源</title><para>来源。</para></section></appendix>"
                + "<acknowledgements xml:id='ak'><para>谢谢。</para></acknowledgements></article>");
        XdmNode fo = fo(xml);
        assertEquals(1, count(fo, "//fo:page-sequence"), "still one page sequence");
        assertEquals(List.of("附录A资料", "A.1来源", "致谢"), strings(fo,
                "//fo:block[@id = ('ap', 'ap-1', 'ak')]/fo:block[starts-with(@role, 'H')]/string()").stream()
                .map(StylesheetsTest::visible).toList(), "headed like first-level sections, the appendix's sections lettered");
        assertTrue(strings(fo, "//fo:bookmark/fo:bookmark-title/string()").stream().map(StylesheetsTest::visible).toList()
                .containsAll(List.of("附录A资料", "A.1来源", "致谢")), "in the outline");
        Map<String, XdmNode> documents = epub(xml);
        assertEquals(List.of("art.xhtml", "nav.xhtml"), strings(documents.get("manifest"), "/manifest/document/@href/string()"));
        assertEquals(List.of("art.xhtml#ap", "art.xhtml#ak"), strings(documents.get("nav.xhtml"),
                "//h:nav[@epub:type = 'toc']/h:ol/h:li[h:a[contains(., '附录') or contains(., '致谢')]]/h:a/@href/string()"));
    }

    @Test
    void aBooksTitleMayStandOutsideItsInfoOrBeMissing() throws SaxonApiException {
        String direct = "<book xmlns='" + DB + "' version='5.1' xml:lang='zh-CN'><title>直接的书名</title>"
                + chapter("c1", "正文", "<para>甲。</para>") + "</book>";
        XdmNode fo = fo(direct);
        assertEquals("直接的书名", visible(string(fo, "string(//fo:block[@id = 'title-page'])")), "the title page");
        assertEquals("直接的书名", visible(string(fo, "string(//fo:block[@id = 'cover'])")), "the cover");
        assertEquals("直接的书名", visible(string(epub(direct).get("titlepage.xhtml"), "string(//h:h1)")));
        String untitled = direct.replace("<title>直接的书名</title>", "");
        assertEquals("", visible(string(fo(untitled), "string(//fo:block[@id = 'title-page'])")),
                "no title: the stylesheets still finish (the checks decide whether such a book publishes)");
        assertEquals(1, count(epub(untitled).get("nav.xhtml"), "//h:nav[@epub:type = 'toc']//h:a"));
    }

    @Test
    void aPartOpensOnItsOwnPageAndItsChaptersAreNumberedThroughTheBook() throws SaxonApiException {
        String xml = book("<part xml:id='p1'><title>上编</title><partintro><para>本编导言。</para></partintro>"
                + chapter("c1", "甲章", "<para>甲。</para>") + chapter("c2", "乙章", "<para>乙。</para>") + "</part>"
                + "<part xml:id='p2'><title>下编</title>" + chapter("c3", "丙章", "<para>丙。</para>") + "</part>"
                + "<appendix xml:id='a1'><title>资料</title><para>丁。</para></appendix>");
        XdmNode fo = fo(xml);
        String partPage = "//fo:page-sequence[.//fo:block[@id = 'p1']]";
        assertEquals("第一部分", visible(string(fo, "string(" + partPage + "//fo:block[@id = 'p1']/fo:block[1])")));
        assertEquals("上编", visible(string(fo, "string(" + partPage + "//fo:block[@id = 'p1']/fo:block[@role = 'H1'])")));
        assertTrue(visible(string(fo, "string(" + partPage + ")")).contains("本编导言。"), "the partintro on the part's page");
        assertEquals(0, count(fo, partPage + "//*[@id = 'c1']"), "the chapters open page sequences of their own");
        assertEquals("1", string(fo, "string(" + partPage + "/@initial-page-number)"), "the body's pages start at the part");
        assertEquals(List.of("第一部分上编", "第一章甲章", "第二章乙章", "第二部分下编", "第三章丙章", "附录A资料"), strings(fo,
                "//fo:bookmark/fo:bookmark-title/string()").stream().map(StylesheetsTest::visible).filter(s -> !s.equals("目录")).toList(),
                "bookmarks, chapters numbered through the parts");
        assertEquals(List.of("c1", "c2"), strings(fo, "//fo:bookmark[@internal-destination = 'p1']/fo:bookmark/@internal-destination/string()"),
                "a part's bookmark holds its chapters");
        assertTrue(visible(string(fo, "string(//fo:page-sequence[.//*[@id = 'toc']])")).contains("第二部分下编"), "parts in the contents");

        Map<String, XdmNode> documents = epub(xml);
        assertEquals(List.of("p1.xhtml", "c1.xhtml", "c2.xhtml", "p2.xhtml", "c3.xhtml", "a1.xhtml"), strings(documents.get("manifest"),
                "/manifest/document[@toc = 'yes']/@href/string()"));
        assertEquals("doc-part", string(documents.get("p1.xhtml"), "//h:section/@role/string()"));
        assertEquals(List.of("第一章 甲章", "第二章 乙章"), strings(documents.get("nav.xhtml"),
                "//h:li[h:a/@href = 'p1.xhtml']/h:ol/h:li/h:a/normalize-space()"), "the navigation nests chapters in parts");
    }

    @Test
    void sectionsOfAnyDepthAreSizedByDepthAndBridgeheadsStayOutOfTheContents() throws SaxonApiException {
        String deep = "<section xml:id='d1'><title>一层</title><para>甲。</para><section xml:id='d2'><title>二层</title>"
                + "<section xml:id='d3'><title>三层</title><section xml:id='d4'><title>四层</title><section xml:id='d5'>"
                + "<title>五层</title><section xml:id='d6'><title>六层</title><para>乙。</para></section></section></section>"
                + "</section></section><bridgehead renderas='sect2' xml:id='bh'>桥接</bridgehead><para>丙。</para></section>"
                + "<sect1 xml:id='e1'><title>S1</title><sect2 xml:id='e2'><title>S2</title><sect3 xml:id='e3'><title>S3</title>"
                + "<sect4 xml:id='e4'><title>S4</title><sect5 xml:id='e5'><title>S5</title><para>丁。</para></sect5></sect4>"
                + "</sect3></sect2></sect1>";
        XdmNode fo = fo(book(chapter("c1", "层次", deep)), Map.of("toc-section-depth", new XdmAtomicValue(6)));
        List<Double> sizes = new ArrayList<>();
        for (String id : List.of("d1", "d2", "d3", "d4", "d5", "d6")) {
            sizes.add(points(string(fo, "//fo:block[@id = '" + id + "']/fo:block[1]/@font-size/string()")));
        }
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i) <= sizes.get(i - 1), "level " + (i + 1) + " no larger than level " + i + ": " + sizes);
        }
        assertTrue(sizes.get(0) > sizes.get(2), "the first level larger than the third: " + sizes);
        assertEquals(List.of("H2", "H3", "H4", "H5", "H6", "H6"), strings(fo,
                "for $id in ('d1', 'd2', 'd3', 'd4', 'd5', 'd6') return //fo:block[@id = $id]/fo:block[1]/@role/string()"));
        for (int level = 1; level <= 5; level++) {
            assertEquals(string(fo, "//fo:block[@id = 'd" + level + "']/fo:block[1]/@font-size/string()"),
                    string(fo, "//fo:block[@id = 'e" + level + "']/fo:block[1]/@font-size/string()"), "sect" + level + " as a section of its depth");
        }
        assertEquals(string(fo, "//fo:block[@id = 'd2']/fo:block[1]/@font-size/string()"),
                string(fo, "//fo:block[@id = 'bh']/fo:block/@font-size/string()"), "the bridgehead rendered as sect2");
        assertEquals("", visible(string(fo, "string-join(//fo:block[@id = 'd1']/fo:block[1]//fo:inline[@padding-end], '')")),
                "a book's sections carry no number");
        assertEquals(0, count(fo, "//fo:bookmark[@internal-destination = 'bh']"), "no bookmark for the bridgehead");
        assertFalse(visible(string(fo, "string(//fo:page-sequence[.//*[@id = 'toc']])")).contains("桥接"), "nor a contents entry");
        assertTrue(visible(string(fo, "string(//fo:page-sequence[.//*[@id = 'toc']])")).contains("S5"), "sect5 in a deep contents");

        XdmNode c1 = epub(book(chapter("c1", "层次", deep))).get("c1.xhtml");
        assertEquals(List.of("h2", "h3", "h4", "h5", "h6", "h6"), strings(c1,
                "for $id in ('d1', 'd2', 'd3', 'd4', 'd5', 'd6') return local-name(//h:section[@id = $id]/*[1])"));
        assertEquals("h6", string(c1, "local-name(//h:section[@id = 'e5']/*[1])"));
    }

    @Test
    void untitledDivisionsTakeTheirChineseTitlesAndAGlossarySetsItsTerms() throws SaxonApiException {
        String xml = book("<dedication xml:id='ded'><para>献给读者。</para></dedication>"
                + chapter("c1", "正文", "<para>甲。</para><glossary xml:id='cg'><glossentry xml:id='cg1'><glossterm>字格</glossterm>"
                        + "<glossdef><para>版心的格子。</para></glossdef></glossentry></glossary>")
                + "<glossary xml:id='gl'><glossentry xml:id='g1'><glossterm>版心</glossterm><glossdef><para>页面上排文字的区域。</para>"
                + "<glossseealso otherterm='g2'/></glossdef></glossentry><glossentry xml:id='g2'><glossterm>天头</glossterm>"
                + "<glossdef><para>版心以上的空白。</para></glossdef></glossentry>"
                + "<glossentry xml:id='g3'><glossterm>页眉</glossterm><glosssee otherterm='g2'/></glossentry></glossary>"
                + "<acknowledgements xml:id='ack'><para>谢谢。</para></acknowledgements>");
        XdmNode fo = fo(xml);
        for (String[] division : new String[][] {{"ded", "献辞"}, {"gl", "术语表"}, {"ack", "致谢"}}) {
            assertEquals(division[1], visible(string(fo, "string(//fo:block[@id = '" + division[0] + "']/fo:block[@role = 'H1'])")));
        }
        assertEquals("i", string(fo, "string(//fo:page-sequence[.//fo:block[@id = 'ded']]/@format)"), "a dedication is front matter");
        assertEquals("术语表", visible(string(fo, "string(//fo:block[@id = 'cg']/fo:block[@role = 'H2'])")),
                "a chapter's glossary is a section of it");
        assertEquals("bold", string(fo, "//fo:block[@id = 'g1']/fo:block[1]/@font-weight/string()"), "terms in bold");
        assertTrue(string(fo, "//fo:block[@id = 'g1']/fo:block[2]/@start-indent/string()").matches("[1-9][0-9.]*(em|pt)"),
                "definitions indented");
        assertEquals("另见天头", visible(string(fo, "string(//fo:block[@id = 'g1']//fo:basic-link[@internal-destination = 'g2'])")));
        assertEquals("见天头", visible(string(fo, "string(//fo:block[@id = 'g3']//fo:basic-link[@internal-destination = 'g2'])")));

        Map<String, XdmNode> documents = epub(xml);
        assertEquals("献辞", visible(string(documents.get("ded.xhtml"), "string(//h:h1)")));
        assertEquals("doc-glossary", string(documents.get("gl.xhtml"), "/h:html/h:body/h:section/@role/string()"));
        assertEquals(List.of("版心", "天头", "页眉"), strings(documents.get("gl.xhtml"), "//h:dl[@class = 'glossary']/h:dt/string()")
                .stream().map(StylesheetsTest::visible).toList());
        assertEquals("gl.xhtml#g2", string(documents.get("gl.xhtml"), "//h:dt[@id = 'g3']/following-sibling::h:dd[1]//h:a/@href/string()"));
        assertEquals(List.of("献辞", "第一章 正文", "术语表", "致谢"), strings(documents.get("nav.xhtml"),
                "//h:nav[@epub:type = 'toc']/h:ol/h:li/h:a/normalize-space()"));
    }

    @Test
    void theTitlePagesNameEachPartyOnceAndTheVersoHasTheRevisionHistory() throws SaxonApiException {
        String xml = "<book xmlns='" + DB + "' version='5.1' xml:lang='zh-CN'><info><title>书名</title><authorgroup>"
                + "<author><personname><surname>林</surname><firstname>书远</firstname></personname>"
                + "<affiliation><orgname>青岚出版社</orgname></affiliation><contrib>执笔</contrib></author>"
                + "<author><personname>苏白</personname></author>"
                + "<editor><personname>何晓青</personname></editor>"
                + "<othercredit class='translator'><personname>江远</personname></othercredit></authorgroup>"
                + "<author><personname><surname>林</surname><firstname>书远</firstname></personname></author>"
                + "<edition>第2版</edition><biblioid class='isbn'>978-7-000-00000-0</biblioid><releaseinfo>样书</releaseinfo>"
                + "<revhistory><revision><revnumber>2.0</revnumber><date>2026-06-01</date><authorinitials>林</authorinitials>"
                + "<revremark>增补。</revremark></revision><revision><revnumber>1.0</revnumber><date>2025-09-15</date>"
                + "<revremark>初版。</revremark></revision></revhistory></info>" + chapter("c1", "正文", "<para>甲。</para>") + "</book>";
        XdmNode fo = fo(xml);
        String titlePage = "//fo:page-sequence[.//*[@id = 'title-page']]";
        String names = titlePage + "//fo:block[@id = 'title-page']/following-sibling::fo:block[not(@id)][position() le 4]";
        assertEquals(List.of("林书远", "苏白", "何晓青　编", "江远　译"), strings(fo, names + "/string()").stream()
                .map(String::trim).toList(), "each party once, editors and translators with their role");
        String verso = visible(string(fo, "string(//fo:block-container[.//*[@id = 'copyright-page']])"));
        for (String line : List.of("作者：林书远（青岚出版社、执笔）", "编者：何晓青", "其他责任者：江远（译）", "版次：第2版",
                "ISBN：978-7-000-00000-0", "版本信息：样书", "修订历史")) {
            assertTrue(verso.contains(line), line + " on the copyright page: " + verso);
        }
        assertEquals(4, count(fo, "//fo:table[preceding-sibling::fo:block[1][. = '修订历史']]/fo:table-column"));
        assertEquals(2, count(fo, "//fo:table[preceding-sibling::fo:block[1][. = '修订历史']]/fo:table-body/fo:table-row"));

        Map<String, XdmNode> documents = epub(xml);
        assertEquals(List.of("林书远 aut", "苏白 aut", "何晓青 edt", "江远 trl"), strings(documents.get("manifest"),
                "/manifest/creator/(@name || ' ' || @role)"));
        assertEquals(2, count(documents.get("copyright.xhtml"), "//h:table[@class = 'revhistory']/h:tbody/h:tr"));
        assertEquals(4, count(documents.get("titlepage.xhtml"), "//h:p[@class = 'book-author']"));
    }
}
