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

    // ------------------------------------------------------------------ references (GB/T 7714-2015)

    private static final String KNUTH = "<biblioentry xml:id='knuth'><author><personname><firstname>Donald Ervin</firstname>"
            + "<surname>Knuth</surname></personname></author><title>The art of computer programming</title>"
            + "<edition>3</edition><publisher><publishername>Addison-Wesley</publishername><address><city>Reading</city>"
            + "</address></publisher><pubdate>1997</pubdate></biblioentry>";
    private static final String YUAN = "<biblioentry xml:id='yuan'><biblioset relation='article'><authorgroup>"
            + "<author><personname><surname>袁</surname><firstname>训来</firstname></personname></author>"
            + "<author><personname><surname>陈</surname><firstname>哲</firstname></personname></author>"
            + "<author><personname><surname>肖</surname><firstname>书海</firstname></personname></author>"
            + "<author><personname><surname>万</surname><firstname>斌</firstname></personname></author></authorgroup>"
            + "<title>蓝田生物群</title><subtitle>一个认识多细胞生物起源和早期演化的新窗口</subtitle></biblioset>"
            + "<biblioset relation='journal'><title>科学通报</title><volumenum>55</volumenum><issuenum>34</issuenum></biblioset>"
            + "<pubdate>2012</pubdate><pagenums>3219-3227</pagenums></biblioentry>";
    private static final String BAKER = "<biblioentry xml:id='baker'><authorgroup>"
            + "<author><personname><firstname>Stephen K.</firstname><surname>Baker</surname></personname></author>"
            + "<author><personname><firstname>Mary Ellen</firstname><surname>Jackson</surname></personname></author>"
            + "<author><personname><firstname>Ann</firstname><surname>Lee</surname></personname></author>"
            + "<author><personname><firstname>Bob</firstname><surname>Roe</surname></personname></author></authorgroup>"
            + "<title>Photocatalysis on titania</title><biblioset relation='journal'><title>Journal of Catalysis</title>"
            + "<volumenum>3</volumenum><issuenum>2</issuenum></biblioset><pubdate>1999</pubdate><pagenums>10-20</pagenums>"
            + "<biblioid class='doi'>10.1000/xyz123</biblioid></biblioentry>";
    private static final String CNNIC = "<biblioentry xml:id='cnnic'><author><orgname>中国互联网络信息中心</orgname></author>"
            + "<title>第29次中国互联网络发展状况统计报告</title><pubdate>2012-01-16</pubdate>"
            + "<biblioid class='uri'>http://www.cnnic.net.cn/report29.pdf</biblioid>"
            + "<bibliomisc role='accessed'>2013-03-26</bibliomisc></biblioentry>";
    private static final String THESIS = "<biblioentry xml:id='ma' role='D'><author><personname><surname>马</surname>"
            + "<firstname>欢</firstname></personname></author><title>海河流域典型区水循环变化分析</title>"
            + "<publisher><publishername>清华大学</publishername><address><city>北京</city></address></publisher>"
            + "<pubdate>2011</pubdate><pagenums>27</pagenums></biblioentry>";
    private static final String MIXED = "<bibliomixed xml:id='wang'><abbrev>宋论</abbrev>王夫之. 宋论[M]. "
            + "<emphasis>刻本</emphasis>. 金陵:  湘乡曾国荃, 1865.</bibliomixed>";

    /** A chapter citing the given keys in that order, and a bibliography of the given entries. */
    private static String cited(String citations, String entries) {
        return book(chapter("c1", "引言", "<para>研究" + citations + "表明。</para>")
                + "<bibliography xml:id='bib'>" + entries + "</bibliography>");
    }

    /** An entry's text as printed: the stylesheets' break marks out, white space as one space. */
    private static String printed(String text) {
        return text.replaceAll("[\u200B\u2060]", "").replaceAll("\\s+", " ").trim();
    }

    /** The PDF's entries in the order they are listed, each as its label and text. */
    private static List<String> foEntries(XdmNode fo) throws SaxonApiException {
        return strings(fo, "//fo:block[@id = 'bib']//fo:list-item/string-join((fo:list-item-label, fo:list-item-body) ! string(), ' ')")
                .stream().map(StylesheetsTest::printed).toList();
    }

    @Test
    void aJournalArticleNamesThreeChineseAuthorsAndThenDeng() throws SaxonApiException {
        XdmNode fo = fo(cited("<citation>yuan</citation>", YUAN));
        assertEquals(List.of("[1] 袁训来, 陈哲, 肖书海, 等. 蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口[J]. "
                + "科学通报, 2012, 55(34): 3219-3227."), foEntries(fo));
        XdmNode bibliography = epub(cited("<citation>yuan</citation>", YUAN)).get("bib.xhtml");
        assertEquals("[1] 袁训来, 陈哲, 肖书海, 等. 蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口[J]. "
                + "科学通报, 2012, 55(34): 3219-3227.", printed(string(bibliography, "string(//h:li[@id = 'yuan'])")),
                "the EPUB's entry, in a list item carrying the entry's id");
        assertEquals("参考文献", string(bibliography, "normalize-space(//h:section[@epub:type = 'bibliography']//h:h1)"),
                "a bibliography without a title takes the generated one");
    }

    @Test
    void westernNamesAreSurnameAndInitialsAndEtAlFollowsTheThird() throws SaxonApiException {
        XdmNode fo = fo(cited("<citation>baker</citation><citation>knuth</citation>", KNUTH + BAKER));
        assertEquals(List.of(
                "[1] BAKER S K, JACKSON M E, LEE A, et al. Photocatalysis on titania[J]. Journal of Catalysis, 1999, 3(2): 10-20. "
                        + "DOI:10.1000/xyz123.",
                "[2] KNUTH D E. The art of computer programming[M]. 3rd ed. Reading: Addison-Wesley, 1997."), foEntries(fo),
                "[J] with et al. and a DOI; a book with a publisher is [M]; numbered by first citation");
        assertEquals(List.of("url('https://doi.org/10.1000/xyz123')"),
                strings(fo, "distinct-values(//fo:list-item[@id = 'baker']//fo:basic-link/@external-destination)"),
                "the DOI links to its resolver");
    }

    @Test
    void anOnlineSourceIsEbOlWithItsDatesAndAddress() throws SaxonApiException {
        XdmNode fo = fo(cited("<citation>cnnic</citation>", CNNIC));
        assertEquals(List.of("[1] 中国互联网络信息中心. 第29次中国互联网络发展状况统计报告[EB/OL]. (2012-01-16)[2013-03-26]. "
                + "http://www.cnnic.net.cn/report29.pdf."), foEntries(fo));
        assertEquals(List.of("url('http://www.cnnic.net.cn/report29.pdf')"),
                strings(fo, "distinct-values(//fo:list-item[@id = 'cnnic']//fo:basic-link/@external-destination)"));
        XdmNode bibliography = epub(cited("<citation>cnnic</citation>", CNNIC)).get("bib.xhtml");
        assertEquals(List.of("http://www.cnnic.net.cn/report29.pdf"), strings(bibliography, "//h:li[@id = 'cnnic']//h:a/@href/string()"));
    }

    @Test
    void theRoleOfAnEntryOverridesItsDerivedType() throws SaxonApiException {
        XdmNode fo = fo(cited("<citation>ma</citation>", THESIS));
        assertEquals(List.of("[1] 马欢. 海河流域典型区水循环变化分析[D]. 北京: 清华大学, 2011: 27."), foEntries(fo),
                "role='D' makes a thesis of what would be [M] by its publisher");
    }

    @Test
    void aBibliomixedIsPrintedAsWrittenWithItsMarkup() throws SaxonApiException {
        String xml = cited("<citation>宋论</citation>", MIXED);
        XdmNode fo = fo(xml);
        assertEquals(List.of("[1] 王夫之. 宋论[M]. 刻本. 金陵: 湘乡曾国荃, 1865."), foEntries(fo),
                "the author's text and spaces, the abbrev (the key the citation names) left out");
        assertEquals("bold", string(fo, "//fo:list-item[@id = 'wang']//fo:inline[normalize-space() = '刻本']/@font-weight/string()"));
        XdmNode bibliography = epub(xml).get("bib.xhtml");
        assertEquals("刻本", string(bibliography, "normalize-space(//h:li[@id = 'wang']/h:em)"));
    }

    @Test
    void aCitationPrintsItsEntrysNumberLinkedToTheEntry() throws SaxonApiException {
        String xml = book(chapter("c1", "引言", "<para>研究<citation>cnnic</citation>表明，见<xref linkend='knuth'/>"
                + "和<biblioref linkend='yuan'/>，再引<citation>cnnic</citation>。</para>")
                + "<bibliography xml:id='bib'><title>参考书目</title>" + YUAN + KNUTH + CNNIC + "</bibliography>");
        XdmNode fo = fo(xml);
        String paragraph = "//fo:block[not(.//fo:block)][contains(., '研究')]";
        assertEquals("研究[1]表明，见[2]和[3]，再引[1]。", visible(string(fo, "string(" + paragraph + ")")),
                "every entry is cited: numbered in the order of first citation");
        assertEquals(List.of("cnnic", "knuth", "yuan", "cnnic"), strings(fo, paragraph + "//fo:basic-link/@internal-destination/string()"));
        assertEquals(List.of("1", "[2]", "3", "1"), strings(fo, paragraph + "//fo:basic-link/normalize-space()"),
                "a citation's number is the link, inside its brackets; an xref links its whole [n]");
        assertEquals(3, count(fo, paragraph + "//fo:basic-link[ancestor::fo:inline[@baseline-shift]]"),
                "citation and biblioref are superscripts (角标), an xref stays on the line");
        assertEquals(List.of("cnnic", "knuth", "yuan"), strings(fo, "//fo:block[@id = 'bib']//fo:list-item/@id/string()"),
                "the list in the order of its numbers");
        assertEquals(List.of("参考书目"), strings(fo, "//fo:bookmark[@internal-destination = 'bib']/fo:bookmark-title/string()"));

        Map<String, XdmNode> epub = epub(xml);
        assertEquals(List.of("bib.xhtml#cnnic 1", "bib.xhtml#knuth [2]", "bib.xhtml#yuan 3", "bib.xhtml#cnnic 1"),
                strings(epub.get("c1.xhtml"), "//h:a[@role = 'doc-biblioref']/(@href || ' ' || normalize-space())"));
        assertTrue(strings(epub.get("manifest"), "/manifest/document[@toc = 'yes']/@href/string()").contains("bib.xhtml"),
                "the bibliography is a document of its own");

        // Not every entry cited: the numbers follow the list.
        XdmNode partly = fo(book(chapter("c1", "引言", "<para>研究<citation>knuth</citation>。</para>")
                + "<bibliography xml:id='bib'>" + YUAN + KNUTH + "</bibliography>"));
        assertEquals(List.of("yuan", "knuth"), strings(partly, "//fo:block[@id = 'bib']//fo:list-item/@id/string()"));
        assertEquals("研究[2]。", visible(string(partly, "string(//fo:block[not(.//fo:block)][contains(., '研究')])")));
        assertEquals("2", string(partly, "normalize-space(//fo:basic-link[@internal-destination = 'knuth'])"));
    }

    @Test
    void citationsSideBySideAreOneCitationWithRangesOfThreeOrMore() throws SaxonApiException {
        String xml = book(chapter("c1", "引言", "<para>甲<citation>yuan</citation><citation>knuth</citation> "
                + "<citation>cnnic</citation><biblioref linkend='ma'/>，乙<citation>baker</citation><citation>yuan</citation>"
                + "<citation>无此文献</citation>。</para>")
                + "<bibliography xml:id='bib'>" + YUAN + KNUTH + CNNIC + THESIS + BAKER + "</bibliography>");
        XdmNode fo = fo(xml);
        String paragraph = "//fo:block[not(.//fo:block)][contains(., '甲')]";
        assertEquals("甲[1-4]，乙[1,5,无此文献]。", visible(string(fo, "string(" + paragraph + ")")),
                "four in a row are a range; a key that names no entry is printed as written");
        assertEquals(List.of("yuan 1", "ma 4", "yuan 1", "baker 5"),
                strings(fo, paragraph + "//fo:basic-link/(@internal-destination || ' ' || normalize-space())"),
                "each number printed links to its entry");
        XdmNode xhtml = epub(xml).get("c1.xhtml");
        assertEquals(List.of("[1-4]", "[1,5,无此文献]"), strings(xhtml, "//h:sup[@class = 'citation']/string()"));
        assertEquals(List.of("bib.xhtml#yuan", "bib.xhtml#ma", "bib.xhtml#yuan", "bib.xhtml#baker"),
                strings(xhtml, "//h:sup[@class = 'citation']/h:a/@href/string()"));
    }

    // ------------------------------------------------------------------ three-line tables

    private static final String TABLE_BODY = "<tgroup cols='2'><thead><row><entry>项目</entry><entry>数值</entry></row></thead>"
            + "<tbody><row><entry>甲</entry><entry>1</entry></row><row><entry>乙</entry><entry>2</entry></row>"
            + "<row><entry>丙</entry><entry>3</entry></row></tbody></tgroup>";

    @Test
    void aTableIsAThreeLineTableByDefault() throws SaxonApiException {
        String xml = book(chapter("c1", "表格", "<table xml:id='t1'><title>默认</title>" + TABLE_BODY + "</table>"));
        XdmNode fo = fo(xml);
        String table = "//fo:block[@id = 't1']/fo:table";
        assertEquals(List.of("1pt", "1pt"), strings(fo, table + "/(@border-top-width, @border-bottom-width)/string()"),
                "a thick rule above and below");
        assertEquals(0, count(fo, table + "/(@border-left-style | @border-right-style)"), "no frame at the sides");
        assertEquals(List.of("0.5pt", "0.5pt"), strings(fo, table + "//fo:table-header//fo:table-cell/@border-bottom-width/string()"),
                "a thin rule under the head");
        assertEquals(0, count(fo, table + "//fo:table-body//fo:table-cell/@*[starts-with(name(), 'border')]"),
                "no rule between body rows, no vertical rule");
        assertEquals(1, count(fo, "//fo:block[@id = 't1']/fo:block[following-sibling::fo:table][contains(., '默认')]"),
                "the caption above the table");

        XdmNode xhtml = epub(xml).get("c1.xhtml");
        assertEquals(0, count(xhtml, "//h:table/@class"), "the EPUB's default table: book.css draws the three lines");
        assertEquals(List.of("head-rule", "head-rule"), strings(xhtml, "//h:thead//h:th/@class/string()"));
        assertEquals(0, count(xhtml, "//h:tbody//h:td/@class"));
        String css = epubStyleSheet(xml);
        assertTrue(css.contains("table { border-collapse: collapse; font-size: 0.9em; margin: 0 auto; border-top: 2px solid #333; "
                + "border-bottom: 2px solid #333; }"), "book.css: a thick rule above and below every table");
        assertTrue(css.contains("th.head-rule, td.head-rule { border-bottom: 1px solid #333; }"), "and a thin one under its head");
        assertFalse(css.matches("(?s).*\\n(th, td|td|th) \\{[^}]*border.*"), "no rule on every cell");
    }

    /** The EPUB's style sheet, book.css, as the stylesheets write it for the book. */
    private static String epubStyleSheet(String xml) throws SaxonApiException {
        XdmNode book = normalized(xml);
        Xslt30Transformer transformer = epub.load30();
        Map<String, String> written = new LinkedHashMap<>();
        transformer.setGlobalContextItem(book);
        transformer.setErrorReporter(error -> { });
        transformer.setBaseOutputURI(OUTPUT_BASE);
        transformer.setResultDocumentHandler(uri -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Serializer serializer = PROCESSOR.newSerializer(bytes);
            serializer.onClose(() -> written.put(uri.toString().substring(OUTPUT_BASE.length()),
                    bytes.toString(StandardCharsets.UTF_8)));
            return serializer;
        });
        transformer.applyTemplates(book, new XdmDestination());
        return written.get("book.css");
    }

    @Test
    void anAuthorsFrameRowsepAndColsepAreHonoured() throws SaxonApiException {
        String xml = book(chapter("c1", "表格", "<table xml:id='t2' frame='all' rowsep='1'><title>网格</title>"
                + TABLE_BODY.replace("<tgroup cols='2'>", "<tgroup cols='2'><colspec colname='a' colsep='1'/><colspec colname='b'/>")
                + "</table>"));
        XdmNode fo = fo(xml);
        String table = "//fo:block[@id = 't2']/fo:table";
        assertEquals(List.of("1pt", "1pt", "0.5pt", "0.5pt"),
                strings(fo, table + "/(@border-top-width, @border-bottom-width, @border-left-width, @border-right-width)/string()"),
                "frame='all': all four sides");
        String body = table + "//fo:table-body/fo:table-row";
        assertEquals(List.of("0.3pt", "0.3pt", "0.3pt", "0.3pt"), strings(fo, "(" + body + ")[position() lt 3]/fo:table-cell/@border-bottom-width/string()"),
                "rowsep='1' on the table: a rule under every body row but the last, which the frame closes");
        assertEquals(0, count(fo, "(" + body + ")[3]/fo:table-cell/@border-bottom-width"));
        assertEquals(List.of("0.3pt", "0.3pt", "0.3pt"), strings(fo, body + "/fo:table-cell[1]/@border-right-width/string()"),
                "colsep='1' on the first column's colspec: a rule after it");
        assertEquals(0, count(fo, body + "/fo:table-cell[2]/@border-right-width"), "none after the last column");

        XdmNode xhtml = epub(xml).get("c1.xhtml");
        assertEquals(List.of("frame-top", "frame-bottom", "frame-left", "frame-right", "framed"),
                List.of(string(xhtml, "//h:table/@class/string()").split(" ")));
        assertEquals(List.of("rowsep colsep", "rowsep", "rowsep colsep", "rowsep", "colsep"),
                strings(xhtml, "//h:tbody//h:td/@class/string()"));
        String css = epubStyleSheet(xml);
        assertTrue(css.contains("table.framed { border-top: none; border-bottom: none; }")
                && css.contains("table.frame-left { border-left: 1px solid #333; }")
                && css.contains("th.rowsep, td.rowsep { border-bottom: 1px solid #aaa; }")
                && css.contains("th.colsep, td.colsep { border-right: 1px solid #aaa; }"), "book.css draws the classes' rules");
    }
}
