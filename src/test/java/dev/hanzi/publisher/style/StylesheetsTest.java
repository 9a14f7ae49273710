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
    /**
     * What the stylesheets add between characters for FOP's line breaking (and the soft hyphens
     * of a word that may be hyphenated); not text a reader sees.
     */
    private static final String INVISIBLE = "[\\s\u200B\u2060\u00AD]";
    private static final double MM_TOLERANCE = 0.05;

    private static final Processor PROCESSOR = new Processor(false);
    private static XsltExecutable normalize;
    private static XsltExecutable pdf;
    private static XsltExecutable epub;

    @BeforeAll
    static void compile() throws SaxonApiException {
        Stylesheets.registerFunctions(PROCESSOR);
        normalize = compile("xsl/common/normalize.xsl");
        pdf = compile("xsl/fo/pdf.xsl");
        epub = compile("xsl/epub/epub.xsl");
    }

    private static XsltExecutable compile(String stylesheet) throws SaxonApiException {
        XsltCompiler compiler = Stylesheets.newCompiler(PROCESSOR);
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
    /**
     * XPath: the text of the context node as a reader gets it, without the spaces a line may break
     * at that xsl/fo/cjk.xsl puts at Han–Latin boundaries and beside full-width marks (inlines and
     * wrappers of a space alone with a word-spacing of their own; the line pass takes them out of
     * the text layer).
     */
    private static final String READ = "string-join(.//text()[not(ancestor::*[self::fo:inline or self::fo:wrapper][. = ' ']"
            + "[@word-spacing or @word-spacing.optimum])], '')";

    /**
     * XPath, for each space a line may break at beside a full-width mark in the context block:
     * the character before it and the one after it, and whether a leader takes back a mark's
     * white before it (&lt;) and after it (&gt;): 「、|d&lt;」, 「”|“&lt;&gt;」.
     */
    private static final String MARK_BREAKS = ".//fo:wrapper[. = ' '][@word-spacing]/concat("
            + "preceding::text()[1]/substring(., string-length(.)), '|', following::text()[1]/substring(., 1, 1), "
            + "if (preceding-sibling::*[1]/self::fo:leader) then '<' else '', "
            + "if (following-sibling::*[1]/self::fo:leader) then '>' else '')";

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
        assertEquals("italic", string(fo, "//fo:inline[translate(., '\u00AD', '') = 'Hamlet']/ancestor-or-self::fo:inline[@font-style][1]/@font-style/string()"));
    }

    // ------------------------------------------------------------------ the PDF's formatting objects

    @Test
    void aChapterOpensWithItsLabelAndTitle() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "总论", "<para>甲。</para>") + chapter("c2", "分论", "<para>乙。</para>")
                + "<appendix xml:id='a1'><title>资料</title><para>丙。</para></appendix>"));
        for (String[] part : new String[][] {{"第一章", "总论"}, {"第二章", "分论"}, {"附录A", "资料"}}) {
            String label = "//fo:flow//fo:block[normalize-space(" + READ + ") = '" + part[0] + "']";
            assertEquals(1, count(fo, label), part[0] + " as a heading line of its own");
            assertEquals(part[1], visible(string(fo, "string((" + label + ")/following-sibling::fo:block[1])")),
                    "the title after " + part[0]);
        }
        assertEquals(List.of("第一章总论", "第二章分论", "附录A资料"), strings(fo,
                "//fo:bookmark[@internal-destination = ('c1', 'c2', 'a1')]/fo:bookmark-title/string()").stream()
                .map(StylesheetsTest::visible).toList(), "the bookmarks: label and title");
    }

    /**
     * imagedata's sizes as DocBook defines them (and DocBook XSL sets them): a viewport alone
     * (width, depth) scales the image to fit it; a content size or a scale sizes the image itself
     * (a bare number is pixels); scalefit="0" keeps the image's own size in its viewport, scaled
     * down to fit it rather than cut off; no size at all keeps the image's own size, scaled down to
     * the measure; align places it, in the line and in its viewport.
     */
    @Test
    void anImageIsSizedAsItsImagedataAsks() throws SaxonApiException {
        String[] images = {
            "<imagedata fileref='a.png' width='6cm'/>",
            "<imagedata fileref='b.png' width='12cm' depth='5cm' scalefit='1' align='left'/>",
            "<imagedata fileref='c.png' contentwidth='14cm'/>",
            "<imagedata fileref='d.png' scale='50' align='right'/>",
            "<imagedata fileref='e.png' width='80%' contentdepth='300'/>",
            "<imagedata fileref='f.png' width='6cm' scalefit='0'/>",
            "<imagedata fileref='g.png'/>",
            "<imagedata fileref='h.png' scale='25%'/>",
            "<imagedata fileref='i.png' width='wide'/>",
        };
        StringBuilder body = new StringBuilder();
        for (String image : images) {
            body.append("<informalfigure><mediaobject><imageobject>").append(image).append("</imageobject></mediaobject></informalfigure>");
        }
        XdmNode fo = fo(book(chapter("c1", "图", body.toString())));
        String[][] expected = {
            // width, height, content-width, content-height, the block's text-align
            {"6cm", "auto", "scale-to-fit", "auto", "center"},
            {"12cm", "5cm", "scale-to-fit", "scale-to-fit", "start"},
            {"100%", "", "14cm", "auto", "center"},
            {"100%", "", "50%", "50%", "end"},
            {"80%", "auto", "auto", "300px", "center"},
            {"6cm", "auto", "scale-down-to-fit", "", "center"},
            {"100%", "", "scale-down-to-fit", "", "center"},
            {"100%", "", "25%", "25%", "center"},
            // (A size that is no length is no size.)
            {"100%", "", "scale-down-to-fit", "", "center"},
        };
        for (int i = 0; i < images.length; i++) {
            String graphic = "(//fo:external-graphic)[" + (i + 1) + "]";
            List<String> got = List.of(string(fo, "string(" + graphic + "/@width)"), string(fo, "string(" + graphic + "/@height)"),
                    string(fo, "string(" + graphic + "/@content-width)"), string(fo, "string(" + graphic + "/@content-height)"),
                    string(fo, "string(" + graphic + "/parent::fo:block/@text-align)"));
            assertEquals(got.get(4), string(fo, "string(" + graphic + "/@text-align)"), "the image's place in its viewport");
            assertEquals(List.of(expected[i]), got, images[i]);
        }
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
                + "又见<xref linkend='t1'/>，即表<xref linkend='t1' xrefstyle='number'/>。</para>")
                + chapter("c2", "分论", "<section xml:id='s1'><title>背景</title><para>乙。</para></section>"
                + "<informaltable><tgroup cols='1'><tbody><row><entry>丁</entry></row></tbody></tgroup></informaltable>"
                + "<table xml:id='t1'><title>数据</title><tgroup cols='1'><tbody><row><entry>丙</entry></row></tbody>"
                + "</tgroup></table>")));
        String paragraph = "//fo:block[fo:basic-link][not(.//fo:block)][contains(., '又见')]";
        assertEquals("见第二章“分论”和“背景”，又见表2-1，即表2-1。", visible(string(fo, "string-join(" + paragraph + "//text(), '')")),
                "an xref prints a chapter's label and title, a section's title, a table's label, its number alone on request");
        assertEquals(List.of("c2", "s1", "t1"), strings(fo,
                "distinct-values(" + paragraph + "//fo:basic-link/@internal-destination)"), "and links to it");
    }

    // ------------------------------------------------------------------ code and technical inlines (issue 15)

    private static final String MONO = "Noto Sans Mono CJK SC";

    /** The listings' FO blocks: set in the monospaced face. */
    private static String codeBlock(String where) {
        return "(//fo:block[@font-family = '" + MONO + "'][@linefeed-treatment = 'preserve'])" + where;
    }

    @Test
    void aListingKeepsTheAuthorsLinesInTheMonospacedFaceWithoutTheTypesettingOfProse() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "代码", "<programlisting>\nif (a) {\t// 注释 <co xml:id='c-1'/>\n"
                + "    print(\"你好，world\");\n}\n  </programlisting>")));
        String block = codeBlock("[1]");
        assertEquals("preserve", string(fo, block + "/@white-space-treatment/string()"));
        assertEquals("false", string(fo, block + "/@white-space-collapse/string()"));
        assertEquals("wrap", string(fo, block + "/@wrap-option/string()"));
        assertEquals("false", string(fo, block + "/@hyphenate/string()"));
        // The markup's line break after the tag and the white space before the end tag go; a tab
        // is spaces to the next multiple of eight columns; Chinese and Latin meet without a space.
        assertEquals("if (a) {        // 注释 ❶\n    print(\"你好，world\");\n}", string(fo, "string(" + block + ")"));
        assertEquals(0, count(fo, block + "//fo:inline[@letter-spacing != '0pt']"), "no Han–Latin space or compressed mark inside code");
        assertFalse(string(fo, "string(" + block + ")").contains("\u200B"), "no break marks inside code");
        assertEquals("c-1", string(fo, block + "//fo:inline[. = '❶']/@id/string()"), "the callout mark is an anchor");
    }

    @Test
    void aLongLineOfCodeBreaksAtTheMeasureWithAContinuationMark() throws SaxonApiException {
        String path = "/home/editor/" + "build/output/".repeat(12) + "final.pdf";
        XdmNode fo = fo(book(chapter("c1", "代码", "<screen>cp 文件 " + path + "\nls</screen>")));
        String text = string(fo, "string(" + codeBlock("[1]") + ")");
        String[] lines = text.split("\n");
        assertTrue(lines.length >= 3, "the long line is broken: " + text);
        // A4, 10.5 pt: 43 characters of 451.5 pt; the code's 9.45 pt less its padding and frame
        // leaves 93 columns of half an em.
        for (String line : lines) {
            int columns = line.codePoints().map(c -> c >= 0x2E80 || c == '⏎' ? 2 : 1).sum();
            assertTrue(columns <= 93, columns + " columns: " + line);
        }
        assertTrue(lines[0].endsWith("⏎") && lines[1].endsWith("⏎"), "each broken part ends with the mark");
        assertEquals("cp 文件 " + path + "ls", text.replace("⏎", "").replace("\n", ""), "no character lost or added");
        assertEquals(lines.length - 2, count(fo, codeBlock("[1]") + "//fo:inline[. = '⏎']"), "the marks are in their colour");
    }

    @Test
    void areasPutTheirMarksAtTheEndOfTheirLinesAndTheCalloutsLinkToThem() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "代码", "<programlistingco><areaspec>"
                + "<area xml:id='a1' coords='1 20'/><areaset xml:id='s2'><area xml:id='s2a' coords='2'/>"
                + "<area xml:id='s2b' coords='3'/></areaset></areaspec>"
                + "<programlisting>ls -l\ncd /tmp\necho 完成</programlisting>"
                + "<calloutlist><callout arearefs='a1'><para>列出。</para></callout>"
                + "<callout arearefs='s2b'><para>切换。</para></callout></calloutlist></programlistingco>")));
        String[] lines = string(fo, "string(" + codeBlock("[1]") + ")").split("\n");
        assertEquals(List.of("ls -l              ❶", "cd /tmp ❷", "echo 完成 ❷"), List.of(lines),
                "a mark at its column, else after its line; a set's mark on each of its lines");
        assertEquals(List.of("a1", "s2"), strings(fo, codeBlock("[1]") + "//fo:inline[@id]/@id/string()"),
                "each mark anchored once");
        assertEquals(List.of("a1", "s2"), strings(fo, "//fo:list-item-label//fo:basic-link/@internal-destination/string()"),
                "the explanations link back to the marks (an area of a set to its set's)");
        assertEquals(List.of("❶", "❷"), strings(fo, "//fo:list-item-label/normalize-space()"));
    }

    @Test
    void inlineCodeHasAQuarterEmOutsideItAndNothingInside() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "代码", "<para>运行 <command>ls -l</command> 命令，加上<option>-a</option>选项，"
                + "打开<filename>/etc/hosts</filename>。</para>")));
        String command = "//fo:inline[@font-family = '" + MONO + "'][contains(., 'ls -l')]";
        assertEquals("ls -l", visible(string(fo, "string(" + command + ")")).replace("ls-l", "ls -l"));
        assertEquals(0, count(fo, command + "//fo:inline"), "the code's text is not typeset");
        assertEquals("0pt", string(fo, command + "/@letter-spacing/string()"), "justification does not stretch code");
        assertEquals(" ", string(fo, "string(" + command + "/preceding-sibling::*[1])"));
        assertEquals("-0.125em", string(fo, command + "/preceding-sibling::*[1]/self::fo:wrapper/@word-spacing.minimum/string()"),
                "before the code, a quarter em where the line may break (the Han character before it is the text's last)");
        assertTrue(string(fo, "string(" + command + "/preceding-sibling::*[1]/preceding-sibling::node()[1])").endsWith("行"));
        assertEquals("-0.125em", string(fo, command + "/following-sibling::*[1]/self::fo:wrapper[. = ' ']/@word-spacing.minimum/string()"),
                "after the code, the same space where the line may break (padding, at whose edge FOP never breaks,"
                + " kept a URL in a note from breaking inside it and spread the lines before it)");
        assertEquals(0, count(fo, command + "/@padding-end"));
        assertTrue(string(fo, "string(" + command + "/following-sibling::node()[2])").startsWith("命"),
                "no break mark of its own before the Han after it: the space is the break");
        String option = "//fo:inline[@font-family = '" + MONO + "'][contains(., '-a')]";
        assertEquals("-0.125em", string(fo, option + "/preceding-sibling::*[1]/self::fo:wrapper[. = ' ']/@word-spacing.minimum/string()"),
                "code opening with a mark after Han: a quarter em before it where the line may break, not padding (which"
                + " stayed at a line's start when the line broke there)");
        assertEquals(0, count(fo, option + "/@padding-start"));
        assertFalse(string(fo, "string(" + option + ")").startsWith("\u200B"), "the space is the break");
        assertEquals("-0.125em", string(fo, option + "/following-sibling::*[1]/self::fo:wrapper[. = ' ']/@word-spacing.minimum/string()"));
        assertEquals("运行ls -l命令，加上-a选项，打开/etc/hosts。", string(fo,
                "//fo:block[contains(., '运行')][not(.//fo:block)]/" + READ).replaceAll("[\u200B]", ""),
                "the author's spaces beside the code give way to the typesetter's");
    }

    @Test
    void theTechnicalInlinesPrintInTheirOwnWay() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "术语", "<para>选<menuchoice><guimenu>文件</guimenu><guimenuitem>打开</guimenuitem>"
                + "</menuchoice>，按<keycombo><keycap>Ctrl</keycap><keycap>C</keycap></keycombo>，见<citerefentry>"
                + "<refentrytitle>ls</refentrytitle><manvolnum>1</manvolnum></citerefentry>，<tag class='endtag'>para</tag>"
                + "<tag class='emptytag'>br</tag><tag>p</tag>，<personname><surname>王</surname><firstname>小明</firstname>"
                + "</personname>和<personname><firstname>Ada</firstname><surname>Lovelace</surname></personname>，"
                + "<trademark class='registered'>Java</trademark><trademark>Noto</trademark>，<citation>CLREQ</citation>"
                + "<footnote xml:id='fn1'><para>注。</para></footnote>同上<footnoteref linkend='fn1'/>"
                + "<indexterm><primary>索引词</primary></indexterm>，<uri>https://example.org/a</uri>，"
                + "<email>a@example.org</email>。</para>")));
        String para = visible(string(fo, "string-join(//fo:flow//fo:block[contains(., '选')][not(.//fo:block[contains(., '选')])]"
                + "//text()[not(ancestor::fo:footnote-body)], '')"));
        assertEquals("选文件→打开，按Ctrl+C，见ls(1)，</para><br/><p>，王小明和AdaLovelace，Java®Noto™，[CLREQ]1同上1，"
                + "https://example.org/a，a@example.org。", para);
        assertFalse(para.contains("索引词"), "an index term prints nothing");
        assertEquals(1, count(fo, "//fo:inline[@id][not(node())][not(@id = ('fn1'))]"), "it is an anchor");
        assertEquals("fn1", string(fo, "(//fo:inline[. = '1']//fo:basic-link/@internal-destination)[last()]/string()"),
                "the footnote reference links to the note");
        assertEquals(List.of("url('https://example.org/a')", "url('mailto:a@example.org')"), strings(fo,
                "distinct-values(//fo:basic-link/@external-destination)"), "an address and a mail address are live links");
    }

    @Test
    void theEpubSetsCodeInPreAndCodeElements() throws SaxonApiException {
        Map<String, XdmNode> documents = epub(book(chapter("c1", "代码", "<para>运行<command>ls</command>，输入"
                + "<userinput>yes</userinput>，替换<replaceable>文件</replaceable>，按<keycap>Tab</keycap>"
                + "<indexterm><primary>索引词</primary></indexterm>。</para>"
                + "<programlisting>\nint a;\t<co xml:id='k1'/>\n</programlisting>"
                + "<calloutlist><callout arearefs='k1'><para>变量。</para></callout></calloutlist>"
                + "<screen><prompt>$</prompt> <userinput>ls</userinput></screen>")));
        XdmNode c1 = documents.get("c1.xhtml");
        assertEquals("ls", string(c1, "//h:p/h:code[@class = 'command']/string()"));
        assertEquals("yes", string(c1, "//h:p/h:kbd[@class = 'userinput']/string()"));
        assertEquals("文件", string(c1, "//h:p/h:var[@class = 'replaceable']/string()"));
        assertEquals("Tab", string(c1, "//h:p/h:kbd[@class = 'keycap']/string()"));
        assertEquals("int a;  ❶", string(c1, "//h:pre[@class = 'programlisting']/h:code/string()"));
        assertEquals("k1", string(c1, "//h:pre//h:span[@class = 'callout']/@id/string()"));
        assertEquals("#k1", string(c1, "//h:dl[@class = 'calloutlist']/h:dt/h:a/@href/string()").replaceAll("^.*#", "#"));
        assertEquals("$ ls", string(c1, "//h:pre[@class = 'screen']/string()"));
        assertEquals(0, count(c1, "//text()[contains(., '索引词')]"), "an index term prints nothing");
        assertEquals(1, count(c1, "//h:span[@id][not(node())]"), "it is an anchor");
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

    // ------------------------------------------------------------------ blocks of issue 15

    /** The XHTML of chapter c1. */
    private static XdmNode chapterXhtml(String body) throws SaxonApiException {
        return epub(book(chapter("c1", "块", body))).get("c1.xhtml");
    }

    @Test
    void aListInsideAParagraphSplitsItAndTheTextAfterItContinuesWithoutIndent() throws SaxonApiException {
        String body = "<para xml:id='p1'>前文如下：<itemizedlist><listitem><para>甲项</para></listitem></itemizedlist>"
                + "后文继续。</para>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        String para = "//fo:block[@id = 'p1']";
        assertEquals(List.of("block", "list-block", "block"), strings(fo, para + "/*/local-name()"),
                "the paragraph in pieces: text, the list as a block, text");
        assertEquals("2em", string(fo, para + "/*[1]/@text-indent/string()"), "the first piece is indented");
        assertEquals("前文如下：", visible(string(fo, "string(" + para + "/*[1])")));
        assertEquals("0em", string(fo, para + "/*[3]/@text-indent/string()"), "the text after the list is not");
        assertEquals("后文继续。", visible(string(fo, "string(" + para + "/*[3])")));
        assertEquals(1, count(fo, "//fo:block[@id = 'p1']"), "the id once");

        XdmNode c1 = chapterXhtml(body);
        assertEquals(0, count(c1, "//h:p//h:ul"), "a <p> cannot hold a <ul>");
        assertEquals(List.of("p", "ul", "p"), strings(c1, "//h:div[@id = 'p1']/*/local-name()"));
        assertEquals("continued", string(c1, "//h:div[@id = 'p1']/h:p[2]/@class/string()"));
        assertEquals("后文继续。", visible(string(c1, "string(//h:div[@id = 'p1']/h:p[2])")));

        String opening = "<para xml:id='p2'>\n  <itemizedlist><listitem><para>甲项</para></listitem></itemizedlist>后文。</para>";
        assertEquals(List.of("list-block", "block"), strings(fo(book(chapter("c1", "块", opening))),
                "//fo:block[@id = 'p2']/*/local-name()"), "no empty piece before a list that opens the paragraph");
        assertEquals(List.of("ul", "p"), strings(chapterXhtml(opening), "//h:div[@id = 'p2']/*/local-name()"));
    }

    @Test
    void aTableInsideAParagraphIsABlockBetweenItsPieces() throws SaxonApiException {
        String body = "<para xml:id='p1'>如下表：<informaltable><tgroup cols='1'><tbody><row><entry>格</entry></row>"
                + "</tbody></tgroup></informaltable>表后文字。</para>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        assertEquals(1, count(fo, "//fo:block[@id = 'p1']/*[2]/descendant-or-self::fo:table"), "the table between the pieces");
        assertEquals("0em", string(fo, "//fo:block[@id = 'p1']/*[3]/@text-indent/string()"));
        XdmNode c1 = chapterXhtml(body);
        assertEquals(0, count(c1, "//h:p//h:table"), "a <p> cannot hold a <table>");
        assertEquals("表后文字。", visible(string(c1, "string(//h:div[@id = 'p1']/h:p[@class = 'continued'])")));
    }

    @Test
    void bulletsAreSolidThenHollowCirclesThenSquares() throws SaxonApiException {
        String body = "<itemizedlist><listitem><para>一</para><itemizedlist><listitem><para>二</para><itemizedlist>"
                + "<listitem><para>三</para></listitem></itemizedlist></listitem></itemizedlist></listitem></itemizedlist>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        assertEquals(List.of("●", "○", "■"), strings(fo, "//fo:list-item-label/normalize-space()"));
        assertEquals(List.of("bullet-1", "bullet-2", "bullet-3"), strings(chapterXhtml(body), "//h:ul/@class/string()"));
    }

    @Test
    void admonitionsTakeTheirChineseLabelsUnlessTheAuthorGivesATitle() throws SaxonApiException {
        String body = "<tip><para>甲。</para></tip><important><para>乙。</para></important><caution><para>丙。</para></caution>"
                + "<warning><para>丁。</para></warning><note><para>戊。</para></note>"
                + "<warning><title>自定标题</title><para>己。</para></warning>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        assertEquals(List.of("提示", "重要", "小心", "警告", "注意", "自定标题"), strings(fo,
                "//fo:block[@background-color]/fo:block[1]/string()").stream().map(StylesheetsTest::visible).toList());
        assertEquals(3, count(fo, "//fo:block[@background-color][@border-end-style = 'solid']"),
                "caution and the two warnings are framed all round");
        XdmNode c1 = chapterXhtml(body);
        assertEquals(List.of("提示", "重要", "小心", "警告", "注意", "自定标题"), strings(c1,
                "//h:aside[contains(@class, 'admonition')]/h:p[@class = 'admonition-title']/normalize-space()"));
    }

    @Test
    void examplesAndEquationsAreNumberedInTheirChapterAndCrossReferencesSaySo() throws SaxonApiException {
        String xml = book(chapter("c1", "甲", "<para>见<xref linkend='e2'/>与<xref linkend='q1'/>。</para>"
                + "<example xml:id='e1'><title>第一例</title><para>一。</para></example>"
                + "<informalexample><para>不编号。</para></informalexample>"
                + "<example xml:id='e2'><title>第二例</title><para>二。</para></example>"
                + "<equation xml:id='q1'><mathphrase>E = mc<superscript>2</superscript></mathphrase></equation>"
                + "<informalequation><mathphrase>a + b</mathphrase></informalequation>")
                + chapter("c2", "乙", "<example xml:id='e3'><title>他章</title><para>三。</para></example>"));
        XdmNode fo = fo(xml);
        assertEquals("例1-1第一例", visible(string(fo, "string(//fo:block[@id = 'e1']/fo:block[1])")));
        assertEquals("例1-2第二例", visible(string(fo, "string(//fo:block[@id = 'e2']/fo:block[1])")));
        assertEquals("例2-1他章", visible(string(fo, "string(//fo:block[@id = 'e3']/fo:block[1])")));
        assertEquals("见例1-2与式(1-1)。", visible(string(fo,
                "string-join(//fo:block[fo:basic-link][contains(., '见')]//text(), '')")));
        assertEquals("(1-1)", visible(string(fo, "string(//fo:list-block[@id = 'q1']//fo:list-item-label)")));
        assertEquals("end", string(fo, "//fo:list-block[@id = 'q1']//fo:list-item-label/fo:block/@text-align/string()"),
                "the number at the end of the line");
        assertEquals("", visible(string(fo, "string(//fo:list-block[contains(., 'a + b')]//fo:list-item-label)")),
                "an informal equation has no number");
        assertEquals("center", string(fo, "//fo:list-block[@id = 'q1']//fo:list-item-body/fo:block/@text-align/string()"));

        XdmNode c1 = epub(xml).get("c1.xhtml");
        assertEquals("例1-2", string(c1, "//h:div[@id = 'e2']/h:p[@class = 'example-title']/h:span/string()"));
        assertEquals("(1-1)", string(c1, "//h:div[@id = 'q1']/h:span[@class = 'equation-number']/string()"));
        assertEquals(List.of("例1-2", "式(1-1)"), strings(c1, "//h:p[contains(., '见')]/h:a/normalize-space()"));
    }

    @Test
    void stepsAreNumberedAndSubstepsLettered() throws SaxonApiException {
        String body = "<procedure><title>步骤</title><step><para>一。</para><substeps><step><para>甲。</para></step>"
                + "<step><para>乙。</para></step></substeps></step><step><para>二。</para></step></procedure>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        assertEquals(List.of("1.", "a.", "b.", "2."), strings(fo, "//fo:list-item-label/normalize-space()"));
        assertEquals("步骤", visible(string(fo, "string(//fo:block[fo:list-block]/fo:block[1])")));
        XdmNode c1 = chapterXhtml(body);
        assertEquals("a", string(c1, "//h:ol//h:ol/@type/string()"));
        assertEquals("步骤", string(c1, "//h:p[@class = 'procedure-title']/string()"));
    }

    @Test
    void aVariableListSetsItsTermsInBoldJoinedAndItsDefinitionsIndented() throws SaxonApiException {
        String body = "<variablelist><varlistentry><term>字号</term><term>字级</term><listitem><para>大小。</para></listitem>"
                + "</varlistentry></variablelist>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        String term = "//fo:block[@font-weight = 'bold'][contains(., '字号')]";
        assertEquals("字号、字级", visible(string(fo, "string(" + term + ")")));
        assertEquals("from-parent(start-indent) + 21pt", string(fo, term + "/following-sibling::fo:block[1]/@start-indent/string()"),
                "the definition two characters of 10.5 pt in");
        XdmNode c1 = chapterXhtml(body);
        assertEquals("字号、字级", visible(string(c1, "string(//h:dl/h:dt)")));
        assertEquals("大小。", visible(string(c1, "string(//h:dl/h:dd)")));
    }

    @Test
    void simpleListsRunInlineOrFillTheirColumns() throws SaxonApiException {
        String body = "<para>有<simplelist type='inline'><member>一</member><member>二</member></simplelist>。</para>"
                + "<simplelist xml:id='v' columns='2'><member>A</member><member>B</member><member>C</member></simplelist>"
                + "<simplelist xml:id='h' type='horiz' columns='2'><member>A</member><member>B</member><member>C</member></simplelist>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        assertEquals("有一、二。", visible(string(fo, "string(//fo:block[contains(., '有')][not(.//fo:block)])")));
        assertEquals(List.of("AC", "B"), strings(fo, "//fo:block[@id = 'v']//fo:table-row/normalize-space(string-join(.//text(), ''))"),
                "vert fills the columns top to bottom");
        assertEquals(List.of("AB", "C"), strings(fo, "//fo:block[@id = 'h']//fo:table-row/normalize-space(string-join(.//text(), ''))"),
                "horiz fills the rows");
        XdmNode c1 = chapterXhtml(body);
        assertEquals("有一、二。", visible(string(c1, "string(//h:p[contains(., '有')])")));
        assertEquals(List.of("AC", "B"), strings(c1, "//h:table[@id = 'v']//h:tr/string()"));
    }

    @Test
    void aFormalParaRunsItsTitleInBold() throws SaxonApiException {
        String body = "<formalpara><title>标题</title><para>正文。</para></formalpara>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        String block = "//fo:block[fo:inline[@font-weight = 'bold']][contains(., '正文')]";
        assertEquals("标题正文。", visible(string(fo, "string(" + block + ")")), "title and text in one block");
        assertEquals("2em", string(fo, block + "/@text-indent/string()"));
        XdmNode c1 = chapterXhtml(body);
        assertEquals("标题", string(c1, "//h:p/h:strong[@class = 'formalpara-title']/string()"));
    }

    @Test
    void questionsAndAnswersAreLabelled() throws SaxonApiException {
        String body = "<qandaset><title>问答</title><qandadiv><title>分组</title><qandaentry><question><para>为何？</para>"
                + "</question><answer><para>因此。</para></answer></qandaentry></qandadiv></qandaset>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        assertEquals(List.of("问：", "答："), strings(fo, "//fo:list-item-label/normalize-space()"));
        assertTrue(visible(string(fo, "string-join(//fo:flow, '')")).contains("问答分组问：为何？答：因此。"));
        XdmNode c1 = chapterXhtml(body);
        assertEquals(List.of("问：为何？", "答：因此。"), strings(c1, "//h:div[@class = ('question', 'answer')]/h:p/string()")
                .stream().map(StylesheetsTest::visible).toList());
        assertEquals("分组", string(c1, "//h:p[@class = 'qandadiv-title']/string()"));
    }

    @Test
    void remarksAreLeftOutUnlessADraftIsAsked() throws SaxonApiException {
        String xml = book(chapter("c1", "块", "<para>正文<remark>备注</remark>继续。</para>"));
        assertFalse(string(fo(xml), "string-join(//fo:flow, '')").contains("备注"), "a remark in the book");
        assertFalse(string(epub(xml).get("c1.xhtml"), "string(/)").contains("备注"), "a remark in the EPUB");
        XdmNode draft = fo(xml, Map.of("draft", new XdmAtomicValue(true)));
        assertEquals(1, count(draft, "//fo:inline[@background-color][. = '备注']"), "a draft highlights it");
    }

    @Test
    void anAddressKeepsItsLinesAndAnEpigraphStandsAtTheEnd() throws SaxonApiException {
        String body = "<epigraph><attribution>孔子</attribution><para>学而时习之。</para></epigraph>"
                + "<address xml:id='a'>\n  上海市\n  <street>某路1号</street>\n  <postcode>200000</postcode>\n</address>";
        XdmNode fo = fo(book(chapter("c1", "块", body)));
        assertEquals(2, count(fo, "//fo:block[@id = 'a']/fo:block[not(node())]"), "three lines, two breaks, none at the ends");
        assertEquals("上海市某路1号200000", visible(string(fo, "string(//fo:block[@id = 'a'])")));
        assertEquals("end", string(fo, "//fo:block[contains(., '学而')][not(.//fo:block)]/@text-align/string()"));
        assertEquals("——孔子", visible(string(fo, "string(//fo:block[contains(., '孔子')][not(.//fo:block)])")));
        XdmNode c1 = chapterXhtml(body);
        assertEquals(2, count(c1, "//h:p[@id = 'a']/h:br"));
        assertEquals("——孔子", string(c1, "//h:blockquote[@class = 'epigraph']/h:p[@class = 'attribution']/string()"));
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
                + "<pubdate>1999 年 2 月</pubdate><pubdate>2005 年 12 月</pubdate>"
                + "<edition>第2版</edition><biblioid class='isbn'>978-7-000-00000-0</biblioid><releaseinfo>样书</releaseinfo>"
                + "<revhistory><revision><revnumber>2.0</revnumber><date>2026-06-01</date><authorinitials>林</authorinitials>"
                + "<revremark>增补。</revremark></revision><revision><revnumber>1.0</revnumber><date>2025-09-15</date>"
                + "<revremark>初版。</revremark></revision></revhistory></info>" + chapter("c1", "正文", "<para>甲。</para>") + "</book>";
        XdmNode fo = fo(xml);
        String titlePage = "//fo:page-sequence[.//*[@id = 'title-page']]";
        String names = titlePage + "//fo:block[@id = 'title-page']/following-sibling::fo:block[not(@id)][position() le 4]";
        assertEquals(List.of("林书远", "苏白", "何晓青　编", "江远　译"), strings(fo, names + "/string()").stream()
                .map(String::trim).toList(), "each party once, editors and translators with their role");
        // Of two dates, the title page gives the last (FreeBSD's handbook printed both, run together).
        assertEquals("2005年12月", visible(string(fo, "string(" + titlePage + "//fo:block[contains(., '年')])")));
        String verso = visible(string(fo, "string(//fo:page-sequence[@master-reference = 'copyright'])"));
        for (String line : List.of("出版时间：1999年2月", "出版时间：2005年12月",
                "作者：林书远（青岚出版社、执笔）", "编者：何晓青", "其他责任者：江远（译）", "版次：第2版",
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
        assertEquals("2005 年 12 月", string(documents.get("titlepage.xhtml"), "string(//h:p[@class = 'book-date'])"));
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
        return strings(fo, "//fo:block[@id = 'bib']//fo:list-item/string-join((fo:list-item-label, fo:list-item-body) ! " + READ + ", ' ')")
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

    // ------------------------------------------------------------------ line breaking

    /**
     * Latin words in a list joined by 、 (book、preface、chapter): UAX #14 breaks after a closing
     * mark only at a space, so without a break opportunity of our own the whole list is one word
     * that overflows the line. There is one after each 、 and before an opening mark after Latin.
     */
    @Test
    void aLineMayBreakAfterAMarkThatPrecedesALatinWord() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "断行", "<para xml:id='p'>元素有book、dedication、preface（或chapter）等。</para>")));
        assertEquals(List.of("、|d<", "、|p<", "e|（>"), strings(fo, "//fo:block[@id = 'p']/" + MARK_BREAKS),
                "a break opportunity after each 、 and before the bracket, the mark half wide there");
        assertFalse(string(fo, "string(//fo:block[@id = 'p'])").matches(".*[\uE001-\uE007].*"), "no break marker is left in the text");
        String apostrophe = string(fo(book(chapter("c1", "断行", "<para xml:id='q'>由O’Reilly提出。</para>"))),
                "string(//fo:block[@id = 'q'])");
        assertTrue(apostrophe.contains("O’Reilly"), "no break inside O’Reilly: its ’ is an apostrophe, " + apostrophe);
    }


    /**
     * FOP breaks a line at neither edge of an inline, so a Han–Latin boundary carried as
     * letter-spacing made 「生成PDF和EPUB两个」 one unbreakable word. Inside a text the boundary is a
     * space of its own, elastic from an eighth to a third of an em, which FOP may break at; and a
     * closing mark before an opening one gives up its half em as a space a line may break at.
     */
    @Test
    void aLineMayBreakAtAHanLatinBoundaryAndBetweenAClosingAndAnOpeningMark() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "断行", "<para xml:id='p'>生成PDF和EPUB两个版本，常见的有“。””“”，”等几种。</para>")));
        String block = "//fo:block[@id = 'p']";
        List<String> spaces = strings(fo, block + "//fo:wrapper[. = ' '][@word-spacing.minimum = '-0.125em']"
                + "/concat(substring(string-join(preceding::text()[ancestor::fo:block[@id = 'p']], ''), "
                + "string-length(string-join(preceding::text()[ancestor::fo:block[@id = 'p']], ''))), '|', "
                + "substring(string-join(following::text()[ancestor::fo:block[@id = 'p']], ''), 1, 1))");
        assertEquals(List.of("成|P", "F|和", "和|E", "B|两"), spaces, "a breakable quarter em at each Han–Latin boundary");
        assertEquals(0, count(fo, block + "//fo:inline[@letter-spacing = '0.25em']"), "no boundary inside the text left as letter-spacing");
        assertEquals(List.of("，|常<", "有|“>", "”|“<>", "”|等<"), strings(fo, block + "/" + MARK_BREAKS),
                "a break between ”“, both marks trimmed at a line's edge and the pair compressed inside it, after ，and ” and before “");
        // ， has its ink from 0.076 to 0.229 em (common/theme.xml): at a line's end FOP counts it
        // 0.229 em wide, inside the line one em (the serif's space is 0.256 em).
        String comma = block + "//fo:leader[preceding::text()[1][ends-with(., '，')]]";
        assertEquals("-0.771em", string(fo, comma + "/@leader-length/string()"), "the comma's white taken out of a line's end");
        assertEquals("0.515em", string(fo, comma + "/following-sibling::fo:wrapper[1]/@word-spacing/string()"), "and given back inside it");
        // ”“: 1 − 0.429 after ”, 0.571 before “, less the half em the pair gives up.
        assertEquals("0.386em", string(fo, block + "//fo:wrapper[. = ' '][preceding::text()[1][ends-with(., '”')]]"
                + "[following::text()[1][starts-with(., '“')]]/@word-spacing/string()"), "a compressed pair: one and a half em inside a line");
    }

    /**
     * A figure's or table's label and its number, and 第 and its number, stay on one line (no
     * break at their Han–Latin boundary, the quarter em as letter-spacing); a number and the
     * measure word after it may part, as in xeCJK and Typst.
     */
    @Test
    void aLabelKeepsItsNumber() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "断行", "<para xml:id='p'>如图3-1和表2所示，第5章共12页。</para>")));
        String block = "//fo:block[@id = 'p']";
        List<String> breaks = strings(fo, block + "//fo:wrapper[. = ' '][@word-spacing.minimum = '-0.125em']"
                + "/concat(preceding::text()[1]/substring(., string-length(.)), '|', following::text()[1]/substring(., 1, 1))");
        assertEquals(List.of("1|和", "2|所", "5|章", "共|1"), breaks,
                "breaks at the boundaries but after 图, 表 and 第 (and before the paragraph's last character)");
        assertEquals(List.of("图", "表", "第"), strings(fo, block + "//fo:inline[@letter-spacing = '0.25em'][following-sibling::node()[1]"
                + "/self::fo:inline[matches(., '^[0-9]')]]/string()"), "the quarter em after the label as letter-spacing");
    }

    /** At phone width no heading ends with a lone character: an article's and its sections' at every depth too. */
    @Test
    void theLastTwoCharactersOfEveryHeadingOfAnArticleStayTogether() throws SaxonApiException {
        String xml = "<article xmlns='" + DB + "' version='5.1' xml:lang='zh-CN' xml:id='art'><info><title>一篇文章</title></info>"
                + "<sect1><title>第一个问题</title><sect2><title>问题的细节</title><sect3><title>更细的地方</title>"
                + "<section><title>第四层标题</title><para>正文。</para></section></sect3></sect2></sect1></article>";
        XdmNode art = epub(xml).get("art.xhtml");
        assertEquals(List.of("文章", "问题", "细节", "地方", "标题"), strings(art,
                "//(h:h1 | h:h2 | h:h3 | h:h4 | h:h5)//h:span[@class = 'keep-together']/string()"),
                "the article's title and its sect1, sect2, sect3 and nested section titles");
    }

    /**
     * Authors write a space between an inline and the Chinese after it (「<application>Apache
     * 2.2</application> 的例子」); the space goes, as between Latin and Han in one text, and the
     * inline's last letter carries the quarter em: it sees the Han character past the dropped
     * space, also past a text of spaces alone before an inline (RealDocumentsIT, FreeBSD's articles).
     */
    @Test
    void anInlineFollowedByASpaceAndHanKeepsItsQuarterEm() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "间距", "<para xml:id='p'>是从 <application>Apache 2.2</application> 的例子，"
                + "允许 <acronym>SSH</acronym> 进入的 <application>IPFW</application> <emphasis>规则</emphasis>，"
                + "在 <function>load_rc_config</function> <emphasis>之后</emphasis>。</para>")));
        for (String last : List.of("2", "H", "W")) {
            assertEquals("0.25em", string(fo, "(//fo:block[@id = 'p']//fo:inline[. = '" + last + "'])[last()]/@letter-spacing/string()"),
                    "the quarter em after " + last);
        }
        assertEquals("-0.125em", string(fo, "//fo:inline[@font-family = '" + MONO + "'][contains(translate(., '\u200B', ''), 'load_rc_config')]"
                + "/following-sibling::*[1]/self::fo:wrapper[. = ' ']/@word-spacing.minimum/string()"),
                "inline code before a space alone and Han: the quarter em after it, where the line may break");
        String text = string(fo, "//fo:block[@id = 'p']/" + READ).replace("\u200B", "");
        assertTrue(text.contains("是从Apache 2.2的例子") && text.contains("SSH进入的IPFW规则"), "the author's spaces go: " + text);
    }

    /**
     * A long word of inline code may break after the marks that join its parts, as an address
     * does (FreeBSD's linux-users: an unbreakable 「ServiceName_enable="YES"」 left the line before
     * it 14 em short, spread over its Han characters), also after a variable's closing brace
     * (rc-scripting's 「${name}_program」 spread a box's lines by 0.157 em); not a short word, not before a part of
     * fewer than two characters (/etc/rc.d was 「/etc/rc.」 at a line's end), not between digits, not in a listing. The breaks are zero-width spaces: not in the text layer.
     */
    @Test
    void longInlineCodeMayBreakBetweenItsParts() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "代码", "<para xml:id='p'>在 <filename>/etc/rc.conf</filename> 和 <filename>rc.d</filename>、<filename>/etc/rc.d</filename> 中增加"
                + "<literal>ServiceName_enable=\"YES\"</literal>，见 <citerefentry><refentrytitle>login.conf</refentrytitle>"
                + "<manvolnum>5</manvolnum></citerefentry>，版本 <literal>fop-2.11.jar</literal>，<literal>a.b</literal>，"
                + "<command>ls --all-files</command>，<varname>${name}_program</varname>，<tag class='emptytag'>xref</tag>。</para><screen>sshd_enable=\"YES\" kern.maxfiles=3976</screen>")));
        String code = "//fo:block[@id = 'p']//fo:inline[@font-family = '" + MONO + "']";
        assertEquals(List.of("/etc/|rc.|conf", "rc.d", "/etc/|rc.d", "ServiceName_|enable=|\"YES\"", "login.|conf(5)", "fop-2.11.|jar", "a.b",
                "ls --all-|files", "${name}_|program", "<xref/>"), strings(fo, code + "/string(.) ! replace(replace(., '^\u200B', ''), '\u200B', '|')"),
                "(a zero-width space before the code where the text before it may break)");
        assertEquals(0, count(fo, "//fo:block[contains(., 'sshd')]//text()[contains(., '\u200B')]"), "a listing is as written");
        assertEquals(0, count(fo, code + "//text()[not(ancestor::fo:wrapper[@keep-together.within-line = 'always'])]"
                + "[normalize-space(translate(., '\u200B', ''))]"), "every word of the code is kept on one line but at its breaks");
        assertEquals(List.of("<xref/>"), strings(fo, "//fo:inline[@font-family = '" + MONO + "'][contains(., 'xref')]"
                + "/fo:wrapper[@keep-together.within-line = 'always']/string()"), "a tag is one word: FOP broke 「<xref/」 from 「>」");
    }

    /**
     * Inline code in a title keeps its quarter ems in the contents, where the entry is a link and
     * the code its text: before a mark that opens it (「选项 -l」 was 「选项-l」) and after it before
     * Han, each a space where the line may break, and the Han after it no break of its own.
     */
    @Test
    void inlineCodeInATitleIsSpacedInTheContents() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "使用<command>ls</command>命令", "<para>正文。</para>"
                + "<section xml:id='s1'><title>选项<option>-l</option>的用法</title><para>正文。</para></section>")));
        String entries = "//fo:page-sequence[.//fo:block[@id = 'toc']]//fo:basic-link";
        List<String> spaces = strings(fo, entries + "//fo:wrapper[. = ' '][@word-spacing.minimum = '-0.125em']"
                + "/concat(preceding::text()[normalize-space(translate(., '\u200B', ''))][1]/substring(., string-length(.)), '|',"
                + " following::text()[normalize-space(translate(., '\u200B', ''))][1]/substring(., 1, 1))");
        assertEquals(List.of("用|l", "s|命", "项|-", "l|的"), spaces, "a breakable quarter em on either side of the code");
        assertEquals(0, count(fo, entries + "//text()[starts-with(., '\u200B的') or starts-with(., '\u200B命')]"),
                "the space after the code is the break");
        assertEquals(List.of("使用ls命令", "选项-l的用法"), strings(fo, entries + "[contains(., '用')]/"
                + READ + " ! replace(., '[\u200B]|\\.+|\\s*\\d+$', '') ! replace(., '^第一章\\s*', '')"),
                "the entries read as the titles");
    }

    /**
     * Han text before an element that opens with Latin (a link, a trademark, inline code): the
     * quarter em is a space the line may break at, not letter-spacing that glues the Han
     * character to the whole element (「以及<link>Linux 二进制兼容</link>」 could not break before
     * the link); a figure's label keeps its number all the same.
     */
    @Test
    void hanBeforeAnElementOpeningWithLatinMayBreakThere() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "链接", "<para xml:id='p'>以及<link xlink:href='https://example.org/'>Linux 二进制兼容</link>，"
                + "见<emphasis>DocBook</emphasis>和图<emphasis>3</emphasis>。</para>")));
        List<String> breaks = strings(fo, "//fo:block[@id = 'p']//fo:wrapper[. = ' '][@word-spacing.minimum]"
                + "/concat(preceding::text()[1]/substring(., string-length(.)), '|', following::text()[1]/substring(., 1, 1))");
        assertTrue(breaks.containsAll(List.of("及|L", "见|D")), "breaks before the elements: " + breaks);
        assertFalse(breaks.contains("图|3"), "a label keeps its number: " + breaks);
        assertEquals("0.25em", string(fo, "(//fo:block[@id = 'p']//fo:inline[. = '图'])[last()]/@letter-spacing/string()"));
    }

    /** After 破折号 a line may break (the dash is an inline, at whose edge FOP never breaks); before it, not. */
    @Test
    void aLineMayBreakAfterADashNotBeforeIt() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "破折号", "<para xml:id='p'>许多规则——例如行首——仍然沿袭。</para>")));
        List<String> after = strings(fo, "//fo:block[@id = 'p']//fo:inline[starts-with(., '\u200B')]"
                + "/concat(preceding::text()[1]/substring(., string-length(.)), '|', substring(., 2, 1))");
        assertEquals(List.of("—|例", "—|仍"), after);
        assertEquals(0, count(fo, "//fo:block[@id = 'p']//fo:inline[starts-with(., '\u200B')][following::text()[1][starts-with(., '—')]]"));
    }

    /**
     * A space typed beside a full-width mark (「设置， 可以」) goes: the mark has its white half, and
     * FOP would stretch that lone space by several ems in a justified line. Spaces between Latin
     * words stay.
     */
    @Test
    void aSpaceBesideAFullWidthMarkGoes() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "空格", "<para xml:id='p'>通过设置， 可以配置； 以及 “基本” 系统和 Red Hat 的。</para>")));
        String text = string(fo, "//fo:block[@id = 'p']/" + READ).replaceAll("[\u200B\u2060]", "");
        assertTrue(text.contains("设置，可以配置；以及“基本”系统和Red Hat的。"), text);
    }

    /**
     * White space at an inline's edge with Chinese on both sides is the markup's (translated
     * documents put one around every inline: 「很多人 <emphasis>持续地</emphasis> 维护」), and FOP
     * stretched it in a justified line; it goes, in the PDF and the EPUB. A space typed inside a
     * text between Chinese stays, and so does the space between Latin and a word of code.
     */
    @Test
    void aSpaceAtAnInlinesEdgeBetweenChineseGoes() throws SaxonApiException {
        String para = "<para xml:id='p'>由很多人 <emphasis>持续地</emphasis> 维护：<link linkend='c1'>超级用户</link>，"
                + " <link linkend='c1'>系统用户</link>。张三 李四，run <command>ls</command> now</para>";
        String xml = book(chapter("c1", "空格", para));
        String text = string(fo(xml), "//fo:block[@id = 'p']/" + READ).replaceAll("[\u200B\u2060]", "");
        assertTrue(text.contains("由很多人持续地维护：超级用户，系统用户。张三 李四，run ls now"), text);
        String xhtml = string(epub(xml).get("c1.xhtml"), "normalize-space(//*[@id = 'p'])");
        assertTrue(xhtml.contains("由很多人持续地维护：超级用户，系统用户。张三 李四"), xhtml);
    }

    /**
     * A Western word in a paragraph's running text may be hyphenated (soft hyphens where its
     * language's patterns allow, English in Chinese text); a word of code, an address, a title
     * and a word the author marked as German in its own way; the EPUB leaves hyphenation to the reader.
     */
    @Test
    void westernWordsOfRunningTextMayBeHyphenatedCodeAddressesAndTitlesNot() throws SaxonApiException {
        String para = "<para xml:id='p'>称为“计算设备(computer appliances)”，运行 <command>installworld</command>，"
                + "见 <link xlink:href='https://www.typography.org/'>www.typography.org</link>，德语叫"
                + "<foreignphrase xml:lang='de'>Silbentrennung</foreignphrase>。配置在C:\\Windows\\Configuration、"
                + "&lt;configuration&gt;、{placeholder}和[directory]里。</para>";
        String xml = book(chapter("c1", "关于 Typography", para));
        XdmNode fo = fo(xml);
        String text = string(fo, "//fo:block[@id = 'p']/" + READ).replaceAll("[\u200B\u2060]", "");
        assertTrue(text.contains("(com\u00ADputer appli\u00ADances)"), text);
        assertTrue(text.contains("Sil\u00ADben\u00ADtren\u00ADnung"), text);
        assertTrue(text.contains("installworld") && text.contains("www.typography.org"), text);
        // Words joined by a mark that ends the Western run: a path, a tag, placeholders.
        assertTrue(text.contains("C:\\Windows\\Configuration、<configuration>、{placeholder}和[directory]"), text);
        assertTrue(count(fo, "//text()[contains(., 'Typography')]") > 0, "the title, whole");
        assertEquals(0, count(fo, "//text()[contains(., 'Typog\u00AD')]"), "no soft hyphen in the title");
        assertFalse(string(epub(xml).get("c1.xhtml"), "string(/)").contains("\u00AD"), "none in the EPUB");
    }

    /**
     * An option's dashes and its first letter share an inline, at whose edges FOP does not break:
     * Unicode's line breaking allows a break after a hyphen, and the technical book's
     * 「再用java -」 ended a line before 「jar target/publisher.jar」.
     */
    @Test
    void anOptionKeepsItsDashesWithItsName() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "选项", "<para xml:id='p'>再用java -jar a.jar --pdf b.pdf生成</para>")));
        assertEquals(List.of("-", "--"), strings(fo, "//fo:block[@id = 'p']//fo:inline[not(*)][starts-with(., '-')]/string()"));
        assertEquals(List.of("jar", "pdf"), strings(fo, "//fo:block[@id = 'p']//fo:inline[not(*)][starts-with(., '-')]"
                + "/following-sibling::node()[1]/substring-before(., ' ')"));
    }

    // ------------------------------------------------------------------ running heads, copyright page (issue 16)

    /**
     * Book heads, the print edition's default: the book's title on left-hand pages, the chapter's
     * on right-hand ones, each with the folio in the head (no foot); openings have neither. The
     * screen edition keeps one head and the foot folio; running-heads turns either way.
     */
    @Test
    void printHeadsCarryTheBookTitleLeftAndTheChapterTitleRight() throws SaxonApiException {
        String xml = book(chapter("c1", "第一个标题", "<para>正文。</para>"));
        XdmNode print = fo(xml, Map.of("edition", new XdmAtomicValue("print")));
        String sequence = "//fo:page-sequence[.//fo:block/@id = 'c1']";
        assertEquals("测试之书", string(print, "normalize-space(" + sequence + "/fo:static-content[@flow-name = 'header-verso'])"));
        assertEquals("第一个标题", string(print, "normalize-space(" + sequence + "/fo:static-content[@flow-name = 'header-recto'])"));
        assertEquals(2, count(print, sequence + "/fo:static-content[starts-with(@flow-name, 'header-')]//fo:page-number"),
                "a folio in each head");
        assertEquals(1, count(print, sequence + "/fo:static-content[@flow-name = 'header-verso']/fo:block/*[1]/fo:page-number"),
                "left page: folio first (outside)");
        assertEquals(1, count(print, sequence + "/fo:static-content[@flow-name = 'header-recto']/fo:block/*[last()]/fo:page-number"),
                "right page: folio last (outside)");
        assertEquals(List.of("header-recto", "header-verso"), strings(print,
                "//fo:simple-page-master[starts-with(@master-name, 'running-')]/fo:region-before/@region-name/string()"));
        assertEquals(0, count(print, "//fo:simple-page-master[starts-with(@master-name, 'running-') or starts-with(@master-name, 'opening-')"
                + " or @master-name = 'blank']/fo:region-after"), "no folio at the foot");
        assertEquals(0, count(print, "//fo:simple-page-master[starts-with(@master-name, 'opening-') or @master-name = 'blank']"
                + "/fo:region-before[@region-name != 'no-header']"), "no head on openings (a region no static content fills) and blank pages");

        XdmNode screen = fo(xml);
        assertEquals("第一个标题", string(screen, "normalize-space(" + sequence + "/fo:static-content[@flow-name = 'header'])"));
        assertEquals(1, count(screen, sequence + "/fo:static-content[@flow-name = 'footer']//fo:page-number"), "the screen's foot folio");
        XdmNode chapterHeads = fo(xml, Map.of("edition", new XdmAtomicValue("print"), "running-heads", new XdmAtomicValue("chapter")));
        assertEquals(0, count(chapterHeads, "//fo:static-content[starts-with(@flow-name, 'header-')]"), "running-heads = chapter in print");
        XdmNode bookHeads = fo(xml, Map.of("running-heads", new XdmAtomicValue("book")));
        assertEquals("测试之书", string(bookHeads, "normalize-space(" + sequence + "/fo:static-content[@flow-name = 'header-verso'])"),
                "running-heads = book on screen");
    }

    private static final String COPYRIGHT_INFO = "<info><title>测试之书</title><author><personname>林书远</personname></author>"
            + "<publisher><publishername>青岚出版社</publishername><address><street>文三路 100 号</street><city>杭州</city></address></publisher>"
            + "<edition>2024年5月第1版</edition><printhistory><para>2024年6月第2次印刷</para></printhistory>"
            + "<biblioid class='isbn'>ISBN 978-7-115-42817-2</biblioid><bibliomisc role='price'>48.00元</bibliomisc>"
            + "<legalnotice role='cip'><para>测试之书／林书远著．—杭州：青岚出版社，2024.5</para><para>ISBN 978-7-115-42817-2</para></legalnotice>"
            + "</info>";

    /**
     * The copyright page (GB/T 12451, GB/T 12450): no 「版权页」 label; the CIP block framed, its
     * lines as given; the edition record with publisher and address, 开本 from the trim and the
     * parent sheet, edition, printing, ISBN (printed once, after its label) and price.
     */
    @Test
    void theCopyrightPageCarriesTheCipBlockAndTheEditionRecord() throws SaxonApiException {
        String xml = book(chapter("c1", "章", "<para>正文。</para>")).replaceFirst("<info>.*?</info>", COPYRIGHT_INFO);
        XdmNode fo = fo(xml, Map.of("paper-width-mm", new XdmAtomicValue(148.0), "paper-height-mm", new XdmAtomicValue(210.0)));
        String page = "//fo:page-sequence[@master-reference = 'copyright']/fo:flow/fo:block";
        String text = string(fo, "string(" + page + ")");
        assertFalse(text.contains("版权页"), "no label: " + text);
        String cip = page + "//fo:block[@id = 'copyright-page']";
        assertEquals("0.5pt", string(fo, cip + "/@border-width/string()"), "the CIP block is framed");
        assertEquals(List.of("图书在版编目（CIP）数据", "测试之书／林书远著．—杭州：青岚出版社，2024.5", "ISBN 978-7-115-42817-2"),
                strings(fo, cip + "/fo:block/translate(normalize-space(" + READ + "), '\u200B', '')"));
        for (String line : List.of("出版：青岚出版社（杭州）", "地址：杭州文三路 100 号", "开本：787 mm × 1092 mm　1/16", "版次：2024年5月第1版",
                "印次：2024年6月第2次印刷", "ISBN：978-7-115-42817-2", "定价：48.00元")) {
            assertTrue(strings(fo, page + "//fo:block[not(fo:block)]/translate(normalize-space(" + READ + "), '\u200B', '')").contains(line),
                    line + " in " + text);
        }
        assertFalse(text.contains("ISBN：ISBN"), text);

        // A4 on the default sheet is 1/8 (it does not fit a sixteenth, 196.75 × 273 mm); on 889 × 1194 it is 1/16 (大16开).
        // (The record's lines are typeset like running text: break opportunities U+200B among them.)
        assertTrue(string(fo(xml), "translate(" + page + "/" + READ + ", '\u200B', '')").contains("开本：787 mm × 1092 mm　1/8"));
        assertTrue(string(fo(xml, Map.of("parent-sheet", new XdmAtomicValue("889×1194"))), "translate(" + page + "/" + READ + ", '\u200B', '')")
                .contains("开本：889 mm × 1194 mm　1/16"));

        XdmNode xhtml = epub(xml).get("copyright.xhtml");
        assertEquals(0, count(xhtml, "//h:h2[. = '版权页']"), "no label in the EPUB either");
        assertEquals("图书在版编目（CIP）数据", string(xhtml, "normalize-space(//h:div[@class = 'cip']/h:p[1])"));
        assertEquals(List.of("978-7-115-42817-2", "2024年6月第2次印刷", "48.00元"),
                strings(xhtml, "//h:dd[preceding-sibling::h:dt[1] = ('ISBN', '定价', '印次')]/normalize-space()"));
    }

    /** A book without these fields gets a clean copyright page: what it has, and the format. */
    @Test
    void aBookWithoutTheFieldsGetsACleanCopyrightPage() throws SaxonApiException {
        XdmNode fo = fo(book(chapter("c1", "章", "<para>正文。</para>")));
        String page = "//fo:page-sequence[@master-reference = 'copyright']/fo:flow/fo:block";
        assertEquals(List.of("书名：测试之书", "作者：测试出版社", "开本：787 mm × 1092 mm　1/8", "出版时间：2021"),
                strings(fo, page + "//fo:block[not(fo:block)]/translate(normalize-space(" + READ + "), '\u200B', '')"));
    }

    // ------------------------------------------------------------------ the index (索引)

    private static final String INDEXED = chapter("c1", "排版", "<section xml:id='s1'><title>行与列</title>"
            + "<para>行距<indexterm xml:id='t1'><primary sortas='hángjù'>行距</primary></indexterm>、"
            + "重排<indexterm xml:id='t2'><primary sortas='chóngpái'>重排</primary></indexterm>、"
            + "DocBook<indexterm xml:id='t3'><primary>DocBook</primary></indexterm>、"
            + "打印<indexterm xml:id='t4'><primary>打印</primary><secondary>双面</secondary></indexterm>、"
            + "1号字<indexterm xml:id='t5'><primary>1号字</primary></indexterm>、"
            + "版心<indexterm xml:id='t6'><primary>版心</primary></indexterm>"
            + "<indexterm xml:id='t7'><primary>版心</primary></indexterm>"
            + "<indexterm xml:id='t8'><primary>版心</primary></indexterm>"
            + "<indexterm xml:id='t9' significance='preferred'><primary>版心</primary></indexterm>"
            + "<indexterm xml:id='r1' class='startofrange'><primary>禁则</primary></indexterm>"
            + "<indexterm><primary>白边</primary><see>页边</see></indexterm>"
            + "<indexterm xml:id='t10'><primary>打印</primary><seealso>印刷</seealso></indexterm>。</para>"
            + "<para>完<indexterm xml:id='e1' class='endofrange' startref='r1'/>。</para></section>");

    /** The pages a first layout found for the anchors above: (position, label, position, label). */
    private static XdmValue indexPages() {
        Map<XdmAtomicValue, XdmValue> pages = new LinkedHashMap<>();
        Object[][] at = {{"t1", 3}, {"t2", 4}, {"t3", 5}, {"t4", 5}, {"t5", 6}, {"t6", 12}, {"t7", 13}, {"t8", 14},
            {"t9", 20}, {"r1", 7}, {"e1", 8}, {"t10", 9}};
        for (Object[] anchor : at) {
            int page = (Integer) anchor[1];
            pages.put(new XdmAtomicValue((String) anchor[0]), new XdmValue(List.<XdmItem>of(new XdmAtomicValue(page + 10),
                    new XdmAtomicValue(String.valueOf(page)), new XdmAtomicValue(page + 10), new XdmAtomicValue(String.valueOf(page)))));
        }
        return new net.sf.saxon.s9api.XdmMap(pages);
    }

    @Test
    void anIndexIsSortedByPinyinUnderLetterHeadings() throws SaxonApiException {
        XdmNode fo = fo(book(INDEXED));
        String flow = "//fo:page-sequence[@master-reference = 'index']/fo:flow";
        assertEquals("索引", visible(string(fo, flow + "/fo:block[@role = 'H1']")), "a book without <index/> gets one at its end");
        assertEquals(List.of("符号与数字", "B", "C", "D", "H", "J"), strings(fo, flow + "/fo:block[@keep-with-next.within-column]/string()").stream()
                .map(StylesheetsTest::visible).toList(), "digits first, then the pinyin's letters");
        // 重排 under C and 行距 under H by their sortas (ICU reads 重 zhòng and 行 xíng); DocBook
        // among the pinyin of D by its letters (dayin < docbook); a secondary under its primary.
        assertEquals(List.of("1号字", "白边　见页边", "版心", "重排", "打印　另见印刷", "双面", "DocBook", "行距", "禁则"),
                strings(fo, flow + "/fo:block[@keep-together.within-column]").stream().map(t -> t.replaceAll("[\\s\u200B\u2060&&[^　]]", "")).toList());
        assertEquals("2", string(fo, "count(" + flow + "/ancestor::fo:page-sequence/@master-reference)"
                + " + count(//fo:simple-page-master[@master-name = 'index-running-recto']/fo:region-body[@column-count = '2'])"),
                "two columns");
        assertTrue(strings(fo, "//fo:bookmark-title").contains("索引"), "in the bookmarks");
        assertTrue(visible(string(fo, "string-join(//fo:page-sequence[.//fo:block[@id = 'toc']]//text())")).contains("索引"),
                "in the contents");
        assertEquals(List.of("t1", "t10", "t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "r1", "e1").stream().sorted().toList(),
                List.of(string(fo, "/fo:root/processing-instruction('hanzi-index-anchors')").split(" ")).stream().sorted().toList(),
                "the anchors whose pages the renderer learns");
    }

    @Test
    void anIndexPrintsThePagesOfAFirstLayoutMerged() throws SaxonApiException {
        XdmNode fo = fo(book(INDEXED), Map.of("index-pages", indexPages()));
        String flow = "//fo:page-sequence[@master-reference = 'index']/fo:flow";
        Map<String, String> entries = new LinkedHashMap<>();
        for (String entry : strings(fo, flow + "/fo:block[@keep-together.within-column]")) {
            // The term, an ideographic space, its pages.
            entries.put(visible(entry.replaceAll("　.*$", "")), visible(entry).replace("　", ""));
        }
        // 版心 on 12, 13, 14 (merged) and 20 (preferred, bold); 打印 on 5 and 9 (its secondary on 5 too);
        // 禁则 a range from its start's page to its end's.
        assertEquals("版心12–14，20", entries.get("版心"));
        assertEquals("禁则7–8", entries.get("禁则"));
        assertEquals("打印9另见印刷", entries.get("打印"));
        assertEquals("双面5", entries.get("双面"));
        assertEquals("白边见页边", entries.get("白边"), "a see entry has no page");
        assertEquals("20", string(fo, flow + "//fo:inline[@font-weight = 'bold']"), "the preferred place in bold");
        assertEquals(List.of("t6", "t9"), strings(fo, flow + "/fo:block[starts-with(normalize-space(), '版心')]//fo:basic-link/@internal-destination"),
                "each run links to its first place");
        assertEquals(0, count(fo(book(INDEXED), Map.of("index-pages", indexPages(), "edition", new XdmAtomicValue("print"))),
                flow + "//fo:basic-link"), "print has no links");
    }

    @Test
    void aZoneListsThePagesOfTheElementsItNames() throws SaxonApiException {
        String xml = book(chapter("c1", "一", "<section xml:id='z1'><title>甲</title><para>甲。</para></section>"
                + "<section xml:id='z2'><title>乙</title><para>乙<indexterm zone='z1 z2'><primary>网格</primary></indexterm>。</para></section>"));
        XdmNode first = fo(xml);
        assertEquals(List.of("z1", "z2"), List.of(string(first, "/fo:root/processing-instruction('hanzi-index-anchors')").split(" ")),
                "a zone's elements are its anchors");
        Map<XdmAtomicValue, XdmValue> pages = new LinkedHashMap<>();
        pages.put(new XdmAtomicValue("z1"), new XdmValue(List.<XdmItem>of(new XdmAtomicValue(14), new XdmAtomicValue("5"),
                new XdmAtomicValue(16), new XdmAtomicValue("7"))));
        pages.put(new XdmAtomicValue("z2"), new XdmValue(List.<XdmItem>of(new XdmAtomicValue(17), new XdmAtomicValue("8"),
                new XdmAtomicValue(17), new XdmAtomicValue("8"))));
        XdmNode fo = fo(xml, Map.of("index-pages", new net.sf.saxon.s9api.XdmMap(pages)));
        assertEquals("网格5–8", visible(string(fo, "//fo:page-sequence[@master-reference = 'index']/fo:flow/fo:block[@keep-together.within-column]"))
                .replace("　", ""), "each element from its first page to its last, adjacent runs merged");
    }

    @Test
    void aBookWithoutIndexTermsHasNoIndexAndAWrittenIndexIsSetAsWritten() throws SaxonApiException {
        XdmNode plain = fo(book(chapter("c1", "一", "<para>甲。</para>")));
        assertEquals(0, count(plain, "//fo:page-sequence[@master-reference = 'index']"), "no terms, no index");
        assertEquals(0, count(plain, "/fo:root/processing-instruction('hanzi-index-anchors')"), "and nothing to learn from a layout");
        XdmNode written = fo(book(chapter("c1", "一", "<para>甲。</para>") + "<index><title>术语索引</title><indexdiv><title>J</title>"
                + "<indexentry><primaryie>甲</primaryie><secondaryie>乙</secondaryie></indexentry></indexdiv></index>"));
        String flow = "//fo:page-sequence[@master-reference = 'index']/fo:flow";
        assertEquals(List.of("术语索引", "J", "甲", "乙"), strings(written, flow + "//fo:block[not(fo:block)]").stream()
                .map(StylesheetsTest::visible).toList());
    }

    @Test
    void theEpubsIndexLinksEachTermToTheSectionsItIsIn() throws SaxonApiException {
        Map<String, XdmNode> documents = epub(book(INDEXED));
        XdmNode index = documents.values().stream().filter(d -> {
            try {
                return count(d, "//h:section[@epub:type = 'index']") == 1;
            } catch (SaxonApiException e) {
                throw new AssertionError(e);
            }
        }).findFirst().orElseThrow();
        assertEquals(List.of("1号字", "白边", "版心", "重排", "打印", "DocBook", "行距", "禁则"),
                strings(index, "//h:section[@epub:type = 'index']/h:section/h:ul/h:li/h:span"));
        // 版心's four places are in one section: one link, to the first.
        assertEquals(List.of("c1.xhtml#t6"), strings(index, "//h:li[h:span = '版心']/h:a/@href"));
        assertEquals("行与列", string(index, "//h:li[h:span = '版心']/h:a"), "named by the section");
        assertTrue(strings(documents.get("nav.xhtml"), "//h:nav[@epub:type = 'toc']//h:a").contains("索引"), "in the navigation");
    }
}
