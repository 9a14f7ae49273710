package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The copyright page read back from the print PDF of a book that gives its CIP data, ISBN,
 * edition, printing, publisher's address and price (src/test/resources/books/copyright), on A5:
 * the CIP block above the edition record, every field once, 开本 1/16 of 787 × 1092 mm, and no
 * 「版权页」 label. The title page names each party once.
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
                "书名：版权页样书", "作者：林书远", "出版：青岚出版社（杭州）", "地址：文三路100号杭州310012",
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
}
