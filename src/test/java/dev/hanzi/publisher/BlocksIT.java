package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.messages.Severity;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The block elements of issue 15, published from a test book that uses each of them
 * (src/test/resources/books/blocks-vocabulary): every piece of its text in both outputs, the
 * generated labels and numbers, and the layout read back from the glyphs of the PDF.
 */
class BlocksIT {
    static final Path BOOK = Paths.get("src/test/resources/books/blocks-vocabulary/book.xml");
    private static final Processor PROCESSOR = new Processor(false);

    private static PdfGlyphs pdf;
    private static List<PdfGlyphs.Line> lines;
    private static String pdfText;
    private static String epubText;
    private static Map<String, XdmNode> epub;
    private static float em;
    private static float left;
    private static float right;

    @BeforeAll
    static void publish() throws Exception {
        pdf = PdfGlyphs.read(TestBooks.pdf(BOOK).toFile());
        em = pdf.bodySize();
        lines = pdf.pages().stream().flatMap(page -> page.lines().stream()).toList();
        pdfText = SourceText.squeeze(pdf.mainText());
        epub = documents(TestBooks.epub(BOOK));
        StringBuilder all = new StringBuilder();
        for (XdmNode document : epub.values()) {
            all.append(evaluate(document, "string-join(//*:body//text(), '')").get(0).getStringValue());
        }
        epubText = SourceText.squeeze(all.toString());
        // The text block: where body-size lines start at the least, and end at the most.
        List<PdfGlyphs.Line> body = lines.stream().filter(l -> Math.abs(l.glyphs().get(0).size() - em) < 0.05).toList();
        left = (float) body.stream().mapToDouble(PdfGlyphs.Line::left).min().orElseThrow();
        // The formalpara's first line is a full line (its text runs on to a second): it ends at the
        // measure with a Han character.
        PdfGlyphs.Line full = line("版心网格");
        assertTrue(Typesetting.isHan(full.glyphs().get(full.glyphs().size() - 1).text()), "a full line: " + full.text());
        right = full.right();
    }

    /** Every run of text the author wrote (remarks and alternative text apart), without white space. */
    private static List<String> sourceTexts() throws Exception {
        XdmNode book = PROCESSOR.newDocumentBuilder().build(BOOK.toFile());
        List<String> texts = new ArrayList<>();
        for (XdmItem item : evaluate(book, "/*:book/*:chapter//text()[normalize-space()]"
                + "[not(ancestor::*:remark | ancestor::*:textobject)]")) {
            texts.add(SourceText.squeeze(item.getStringValue()));
        }
        return texts;
    }

    private static PdfGlyphs.Line line(String start) {
        return lines.stream().filter(l -> SourceText.squeeze(l.text()).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line of the PDF starts with " + start));
    }

    private static boolean hasLine(String text) {
        return lines.stream().anyMatch(l -> SourceText.squeeze(l.text()).equals(text));
    }

    @Test
    void everyTextOfEveryBlockIsInThePdfAndTheEpub() throws Exception {
        List<String> texts = sourceTexts();
        assertTrue(texts.size() > 60, "the book's texts: " + texts.size());
        assertAll(texts.stream().map(text -> () -> {
            assertTrue(pdfText.contains(text), "not in the PDF: " + text);
            assertTrue(epubText.contains(text), "not in the EPUB: " + text);
        }));
    }

    @Test
    void admonitionsAreHeadedByTheirChineseLabelsOrTheAuthorsTitle() throws Exception {
        for (String label : List.of("提示", "重要", "小心", "警告", "注意", "作者自拟的标题")) {
            assertTrue(hasLine(label), "no heading line " + label + " in the PDF");
        }
        assertEquals(List.of("提示", "重要", "小心", "警告", "注意", "作者自拟的标题"),
                strings(epub.get("OEBPS/ch-blocks.xhtml"), "//*:p[@class = 'admonition-title']/normalize-space()"));
    }

    @Test
    void examplesAndEquationsAreNumberedAndCrossReferencesSaySo() {
        assertTrue(line("例2-1").text().contains("计算版心宽度"), "example 2-1's caption");
        assertTrue(line("例2-2").text().contains("计算每页行数"), "example 2-2's caption");
        assertFalse(pdfText.contains("例2-3"), "the informal example is not numbered");
        assertTrue(pdfText.contains("第二个示例见例2-2，勾股定理见式(2-1)，面积公式见式(2-2)。"), "the cross references");
        assertTrue(epubText.contains("第二个示例见例2-2，勾股定理见式(2-1)，面积公式见式(2-2)。"), "the EPUB's cross references");
        // An equation's number ends at the text block's end; a mathphrase is centred on the measure.
        PdfGlyphs.Line area = line("圆面积");
        assertTrue(SourceText.squeeze(area.text()).endsWith("(2-2)"), area.text());
        assertEquals(right, area.right(), 1.0f, "the number at the end of the line");
        List<PdfGlyphs.Glyph> formula = area.glyphs().stream().filter(g -> g.x() < right - 4 * em).toList();
        float centre = (formula.get(0).x() + formula.get(formula.size() - 1).right()) / 2;
        assertEquals((left + right) / 2, centre, 2.0f, "the mathphrase centred");
        PdfGlyphs.Line perimeter = line("周长");
        assertEquals((left + right) / 2, (perimeter.left() + perimeter.right()) / 2, 2.0f, "the informal equation centred");
        assertTrue(hasLine("(2-1)") || lines.stream().anyMatch(l -> SourceText.squeeze(l.text()).endsWith("(2-1)")),
                "equation 2-1's number");
    }

    @Test
    void stepsAreNumberedAndSubstepsLettered() {
        line("1.用DocBook写好书稿。");
        line("2.运行排版程序。");
        line("a.检查书稿是否有效。");
        line("b.生成PDF和EPUB两种版本。");
        line("3.校对样张并修改书稿。");
        assertTrue(line("a.检查").left() > line("2.运行").left() + em, "substeps stand in from their step");
    }

    @Test
    void theTextAfterAListInsideAParagraphContinuesItWithoutANewIndent() {
        assertEquals(left + 2 * em, line("排版一个嵌有列表的段落时").left(), 0.5f, "the paragraph's first line");
        assertEquals(left, line("列表之后的文字接续原来的段落").left(), 0.5f, "the text after the list");
        assertEquals(left, line("表格之后的说明文字").left(), 0.5f, "the text after the table");
        assertEquals(left, line("编辑部收到来信后").left(), 0.5f, "the text after the address");
        assertEquals(0, count(epub.get("OEBPS/ch-lists.xhtml"), "//*:p//*:ul | //*:p//*:table | //*:p//*:div"),
                "no list, table or div inside an XHTML paragraph");
    }

    @Test
    void bulletsAreSolidHollowAndSquareByLevel() throws Exception {
        List<String> bullets = lines.stream().map(l -> l.glyphs().get(0).text()).filter(t -> "●○■•".contains(t)).toList();
        assertEquals(List.of("●", "○", "■", "●"), bullets);
        assertEquals(List.of("bullet-1", "bullet-2", "bullet-3"),
                strings(epub.get("OEBPS/ch-lists.xhtml"), "//*:ul[starts-with(@class, 'bullet')]/@class/string()"));
    }

    @Test
    void termsAndQuestionsAreSetAsTheirKindWants() {
        assertEquals(left, line("字号、字级").left(), 0.5f, "the terms at the margin, joined by 、");
        assertEquals(left + 2 * em, line("文字的大小").left(), 0.5f, "the definition two characters in");
        assertEquals(left, line("问：为什么段落首行缩进两个字？").left(), 0.5f);
        line("答：这是中文书籍的传统");
        assertTrue(line("问：为什么").glyphs().get(2).font().contains("Bold"), "the question in bold");
        assertTrue(pdfText.contains("大三十二开、十六开、小十六开"), "an inline simple list joined by 、");
        // Two columns filled downwards: the first line holds the first and the fourth member.
        assertTrue(SourceText.squeeze(line("宋体用于正文").text()).equals("宋体用于正文仿宋用于批注"), line("宋体用于正文").text());
        assertEquals(line("浙江省杭州市西湖区文三路100号").left(), line("青岚出版社编辑部").left(), 0.5f, "the address's lines");
        assertTrue(line("学而时习之").right() > right - 1, "the epigraph at the end of the line");
    }

    @Test
    void aRemarkIsLeftOutOfTheBook() {
        assertFalse(pdf.text().contains("这句话还要再斟酌"), "the remark in the PDF");
        assertFalse(epubText.contains("这句话还要再斟酌"), "the remark in the EPUB");
    }

    @Test
    void epubCheckFindsNoErrorAndNoWarning() {
        List<EpubChecker.Finding> problems = EpubChecker.check(TestBooks.epub(BOOK)).stream()
                .filter(f -> f.severity() == Severity.FATAL || f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void theScreenEditionIsStillPdfUaAndPdfA() throws Exception {
        assertEquals(Map.of(), VeraPdf.failedRules(TestBooks.pdf(BOOK), PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals(Map.of(), VeraPdf.failedRules(TestBooks.pdf(BOOK), PDFAFlavour.PDFA_2_U), "PDF/A-2u");
    }

    // ------------------------------------------------------------------ reading the EPUB

    private static Map<String, XdmNode> documents(Path epubFile) throws Exception {
        Map<String, XdmNode> documents = new java.util.LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(epubFile.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().endsWith(".xhtml") && !entry.getName().endsWith("nav.xhtml")) {
                    String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    documents.put(entry.getName(), PROCESSOR.newDocumentBuilder().build(
                            new StreamSource(new StringReader(xml), "file:/" + entry.getName())));
                }
            }
        }
        return documents;
    }

    private static List<XdmItem> evaluate(XdmNode node, String expression) {
        try {
            XPathCompiler xpath = PROCESSOR.newXPathCompiler();
            List<XdmItem> items = new ArrayList<>();
            xpath.evaluate(expression, node).forEach(items::add);
            return items;
        } catch (net.sf.saxon.s9api.SaxonApiException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    private static List<String> strings(XdmNode node, String expression) {
        return evaluate(node, expression).stream().map(XdmItem::getStringValue).toList();
    }

    private static int count(XdmNode node, String expression) {
        return Integer.parseInt(evaluate(node, "count(" + expression + ")").get(0).getStringValue());
    }
}
