package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The copyright page read back from the print PDF of a book that gives its CIP data, ISBN,
 * edition, printing, publisher's address and price (src/test/resources/books/copyright), on A5:
 * the CIP block above the edition record, every field once, 开本 1/16 of 787 × 1092 mm, and no
 * 「版权页」 label. The title page names each party once. The featured book's copyright page
 * read back from both PDF editions and the EPUB.
 */
class CopyrightPageIT {
    private static final Path BOOK = Paths.get("src/test/resources/books/copyright/book.xml");

    @Test
    void theCopyrightPageCarriesTheCipDataAndTheEditionRecord() throws IOException {
        PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(BOOK, Edition.PRINT, Paper.A5).toFile());
        List<PdfGlyphs.Page> pages = glyphs.pages().stream().filter(p -> p.text().contains("图书在版编目")).toList();
        assertEquals(1, pages.size(), "one page with the CIP data");
        List<String> lines = pages.get(0).lines().stream().map(l -> SourceText.squeeze(l.text())).toList();
        assertEquals(List.of("图书在版编目（CIP）数据", "版权页样书／林书远著．—杭州：青岚出版社，2024.5", "ISBN978-7-115-42817-2",
                "Ⅰ．①版…　Ⅱ．①林…　Ⅲ．①排版—研究　Ⅳ．①TS881", "中国国家版本馆CIP数据核字（2024）第012345号",
                "书名：版权页样书", "作者：林书远", "出版：青岚出版社（杭州）", "地址：杭州文三路100号　邮政编码：310012",
                "开本：787mm×1092mm　1/16", "印张：" + sheets(glyphs.pages().size()), "字数：" + words(glyphs.pages().size()) + "千字",
                "出版时间：2024", "版次：2024年5月第1版", "ISBN：978-7-115-42817-2",
                "印次：2024年5月第1次印刷", "定价：48.00元", "©2024林书远"), lines);
        assertFalse(String.join("", lines).contains("版权页："), "no label");
        assertTrue(lines.stream().noneMatch(l -> l.equals("版权页")), "no label");
    }

    /**
     * 印张 and 字数 of each edition, from its own page count: the print edition's book block
     * (its blank pages of the last signature included: a whole number of 印张 of 1/16), the
     * screen edition's pages (a part of a 印张, to two decimals).
     */
    @Test
    void sheetsAndWordCountAreTheEditionsPageCount() throws IOException {
        for (Edition edition : Edition.values()) {
            PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(BOOK, edition, Paper.A5).toFile());
            int pages = glyphs.pages().size();
            List<String> lines = glyphs.pages().stream().filter(p -> p.text().contains("图书在版编目")).findFirst().orElseThrow()
                    .lines().stream().map(l -> SourceText.squeeze(l.text())).toList();
            assertTrue(lines.contains("印张：" + sheets(pages)), edition + ", " + pages + " pages: " + lines);
            assertTrue(lines.contains("字数：" + words(pages) + "千字"), edition + ", " + pages + " pages: " + lines);
            if (edition == Edition.PRINT) {
                assertEquals(0, pages % 16, "whole signatures");
                assertEquals(String.valueOf(pages / 16), sheets(pages), "a whole number of 印张");
            }
        }
    }

    /** 印张 as publishers print it: the pages over 16 (1/16 of the parent sheet), to two decimals. */
    private static String sheets(int pages) {
        return new java.math.BigDecimal(pages).divide(java.math.BigDecimal.valueOf(16))
                .setScale(2, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** 字数 in thousands: the book's 26 characters × 24 lines (typography.properties) × pages. */
    private static long words(int pages) {
        return Math.round(26 * 24 * pages / 1000.0);
    }

    @Test
    void theTitlePageNamesEachPartyOnce() throws IOException {
        PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(TestBooks.FEATURED, Edition.PRINT).toFile());
        // The title page: title, subtitle and the parties (the cover has no author; the copyright page has 书名：).
        PdfGlyphs.Page title = glyphs.pages().stream().filter(p -> p.text().contains("中文书籍排版的规则与实践")
                && p.text().contains("林书远") && !p.text().contains("书名：")).findFirst().orElseThrow();
        String text = SourceText.squeeze(title.text());
        for (String party : List.of("林书远", "青岚出版社样书编写组")) {
            assertEquals(1, text.split(party, -1).length - 1, party + " once on the title page: " + text);
        }
        assertEquals(2, text.split("青岚出版社", -1).length - 1, "the publisher once, beside the group named after it: " + text);
    }

    // ------------------------------------------------------------------ the featured book

    /** The featured book's CIP block (its legalnotice role="cip"), paragraph by paragraph. */
    private static final List<String> FEATURED_CIP = List.of(
            "排版功能样书：中文书籍排版的规则与实践／林书远，青岚出版社样书编写组著．—3版．—杭州：青岚出版社，2024.5",
            "ISBN978-7-5468-2415-4", "Ⅰ．①排…　Ⅱ．①林…②青…　Ⅲ．①汉字—排版—研究　Ⅳ．①TS881",
            "中国国家版本馆CIP数据核字（2024）第086421号");

    /**
     * The featured book's edition record as printed, line by line: the ISBN with its hyphens as
     * the book writes it, the address beyond the city, 开本 A4 as 1/16 of the large sheet its
     * typography.properties names, both printings' fields once.
     */
    private static final List<String> FEATURED_RECORD = List.of("书名：排版功能样书", "作者：林书远", "作者：青岚出版社样书编写组",
            "出版：青岚出版社（杭州）", "地址：杭州西湖区文三路100号　邮政编码：310012", "开本：889mm×1194mm　1/16", "出版时间：2024",
            "版次：2024年5月第3版", "ISBN：978-7-5468-2415-4", "印次：2024年5月第1次印刷", "定价：68.00元", "©2023、2024林书远");

    @ParameterizedTest
    @EnumSource(Edition.class)
    void theFeaturedBooksCopyrightPageCarriesItsCipDataAndEditionRecord(Edition edition) throws IOException {
        PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(TestBooks.FEATURED, edition).toFile());
        List<PdfGlyphs.Page> pages = glyphs.pages().stream().filter(p -> p.lines().stream()
                .anyMatch(l -> SourceText.squeeze(l.text()).equals("图书在版编目（CIP）数据"))).toList();
        assertEquals(1, pages.size(), edition + ": one page with the CIP data");
        List<String> lines = pages.get(0).lines().stream().map(l -> SourceText.squeeze(l.text())).toList();
        int cip = lines.indexOf("图书在版编目（CIP）数据");
        // After 开本 the PDF adds 印张 and 字数 (the EPUB has no pages): the book's A4 grid is 43
        // characters by 38 lines, its format 1/16 of the large sheet.
        int pageCount = glyphs.pages().size();
        List<String> expected = new ArrayList<>(FEATURED_RECORD);
        expected.addAll(expected.indexOf("开本：889mm×1194mm　1/16") + 1,
                List.of("印张：" + sheets(pageCount), "字数：" + Math.round(43 * 38 * pageCount / 1000.0) + "千字"));
        int record = lines.indexOf(FEATURED_RECORD.get(0));
        assertTrue(lines.indexOf("内容简介") >= 0 && lines.indexOf("内容简介") < cip && cip < record,
                edition + ": the abstract, then the CIP block, then the edition record: " + lines);
        // The CIP block's lines as the book gives them (the first is long enough to wrap on A4).
        assertEquals(String.join("", FEATURED_CIP), String.join("", lines.subList(cip + 1, record)), edition + ": the CIP block");
        assertEquals(FEATURED_CIP.subList(1, 4), lines.subList(record - 3, record), edition + ": each CIP paragraph a line");
        assertEquals(expected, lines.subList(record, record + expected.size()), edition + ": the edition record");
        // The legal notice follows, as written; no label 「版权页」 anywhere on the page.
        assertTrue(lines.get(record + expected.size()).startsWith("本书仅供排版系统测试使用。"), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("版权页")), edition + ": a label on the copyright page: " + lines);
        // Every field of the record once on the page; the ISBN twice: in the CIP block and the record.
        for (String field : List.of("书名：", "开本：", "版次：", "印次：", "定价：", "地址：")) {
            assertEquals(1, lines.stream().filter(l -> l.startsWith(field)).count(), edition + ": " + field);
        }
        assertEquals(2, String.join("", lines).split("978-7-5468-2415-4", -1).length - 1, edition + ": the ISBN");
    }

    @Test
    void theFeaturedBooksEpubCarriesTheSameCopyrightPage() throws IOException, SaxonApiException {
        XdmNode page;
        try (ZipFile zip = new ZipFile(TestBooks.epub(TestBooks.FEATURED).toFile());
                InputStream in = zip.getInputStream(zip.getEntry("OEBPS/copyright.xhtml"))) {
            page = Xhtml.PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8))));
        }
        List<String> cip = Xhtml.strings(page, "//h:div[@class = 'cip']/h:p/normalize-space()").stream().map(SourceText::squeeze).toList();
        assertEquals("图书在版编目（CIP）数据", cip.get(0));
        assertEquals(FEATURED_CIP, cip.subList(1, cip.size()), "the CIP block, a paragraph each");
        List<String> record = new ArrayList<>(Xhtml.strings(page, "//h:dl/h:dt/(string() || '：' || following-sibling::h:dd[1])")
                .stream().map(SourceText::squeeze).toList());
        record.addAll(Xhtml.strings(page, "//h:p[@class = 'copyright']/string()").stream().map(SourceText::squeeze).toList());
        // The EPUB has no trim size, so no 开本; everything else as in the PDF.
        assertEquals(FEATURED_RECORD.stream().filter(l -> !l.startsWith("开本：")).toList(), record);
        assertTrue(Xhtml.strings(page, "//h:body//text()[contains(., '版权页')]").isEmpty(), "no label 「版权页」 in the body");
    }

}
