package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.pdf.Edition;
import dev.hanzi.publisher.pdf.PrintCover;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The print edition for the printer: a book block of whole signatures that opens with the title
 * page, and beside it the cover, one spread of back, spine and front whose size follows from the
 * page count, with the spine's text and, on the back, a bar code that reads back as the ISBN.
 */
class PrintCoverIT {
    private static final double MM = 72 / 25.4;
    /** The defaults: 16-page signatures, 0.1 mm a leaf; the theme's bleed. */
    private static final int SIGNATURE = 16;
    private static final double LEAF_MM = 0.1;
    private static final double BLEED_MM = 3;
    /** EAN-13 at its nominal size (xsl/fo/theme.xsl): a module of 0.33 mm, bars 22.85 mm high. */
    private static final double MODULE_MM = 0.33;
    private static final double BAR_HEIGHT_MM = 22.85;

    /** What each test book's spine reads, top to bottom: title, author (unless the publisher), publisher. */
    private static final Map<Path, String> SPINES = Map.of(
            TestBooks.REPORT, "中国理念与上海合作组织发展研究报告上海国际问题研究院",
            TestBooks.FEATURED, "排版功能样书林书远青岚出版社");

    private static Path cover(Path source) {
        return PrintCover.beside(TestBooks.pdf(source, Edition.PRINT));
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void theBookBlockIsWholeSignaturesOpeningWithTheTitlePage(Path source) throws Exception {
        PdfGlyphs print = PdfGlyphs.read(TestBooks.pdf(source, Edition.PRINT).toFile());
        PdfGlyphs screen = PdfGlyphs.read(TestBooks.pdf(source, Edition.SCREEN).toFile());
        int pages = print.pages().size();
        assertEquals(0, pages % SIGNATURE, pages + " pages are not whole signatures of " + SIGNATURE);
        // The screen edition opens with its cover and then the title page; the print edition's
        // book block with the title page itself.
        String titlePage = screen.pages().get(1).text();
        assertNotEquals(screen.pages().get(0).text(), titlePage, "the screen edition no longer opens with its cover");
        assertEquals(titlePage, print.pages().get(0).text(), "the print edition's first page is not the title page");
        // The blanks that make up the last signature are at the end: pages without a mark of text
        // after the last page with text are fewer than a signature.
        int lastWithText = print.pages().stream().filter(p -> !p.text().isBlank()).mapToInt(PdfGlyphs.Page::number)
                .max().orElseThrow();
        assertTrue(pages - lastWithText < SIGNATURE, (pages - lastWithText) + " blank pages at the end");
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void theCoverIsASpreadAsWideAsTwoPagesAndTheSpine(Path source) throws Exception {
        int pages;
        try (PDDocument block = Loader.loadPDF(TestBooks.pdf(source, Edition.PRINT).toFile())) {
            pages = block.getNumberOfPages();
        }
        Path cover = cover(source);
        assertTrue(Files.isRegularFile(cover), "no cover beside the print edition: " + cover);
        double spineMm = pages / 2 * LEAF_MM;
        double trimWidth = (2 * Paper.A4.widthMm() + spineMm) * MM;
        double trimHeight = Paper.A4.heightMm() * MM;
        try (PDDocument pdf = Loader.loadPDF(cover.toFile())) {
            assertEquals(1, pdf.getNumberOfPages(), "the cover is one spread");
            PDPage page = pdf.getPage(0);
            PDRectangle trim = page.getTrimBox();
            PDRectangle bleed = page.getBleedBox();
            PDRectangle media = page.getMediaBox();
            assertEquals(trimWidth, trim.getWidth(), 0.01, "trim width: 2 × page + spine of " + spineMm + " mm");
            assertEquals(trimHeight, trim.getHeight(), 0.01, "trim height");
            assertEquals(trimWidth + 2 * BLEED_MM * MM, bleed.getWidth(), 0.01, "bleed width");
            assertEquals(trimHeight + 2 * BLEED_MM * MM, bleed.getHeight(), 0.01, "bleed height");
            // The crop and fold marks stand in a band beyond the bleed, as on the book's pages.
            assertTrue(media.getLowerLeftX() < bleed.getLowerLeftX() - 5 * MM && media.getUpperRightY()
                    > bleed.getUpperRightY() + 5 * MM, "no room for the marks");
            System.out.printf("%s: %d pages, cover trim %.2f × %.2f pt (%.1f × %.1f mm, spine %.1f mm), bleed box %.2f × %.2f pt,"
                    + " media box %.2f × %.2f pt%n", source, pages, trim.getWidth(), trim.getHeight(), trim.getWidth() / MM,
                    trim.getHeight() / MM, spineMm, bleed.getWidth(), bleed.getHeight(), media.getWidth(), media.getHeight());

            // PDF/X-4 like the book block: a CMYK output intent and the version in the metadata.
            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("GTS_PDFX", intents.get(0).getCOSObject().getNameAsString(COSName.S));
            try (var in = pdf.getDocumentCatalog().getMetadata().createInputStream()) {
                assertTrue(new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("PDF/X-4"));
            }
            assertTrue(pdf.getVersion() >= 1.6f);

            // The spine's text: upright characters, one below the other, inside the spine.
            PdfGlyphs.Page glyphs = PdfGlyphs.read(pdf).pages().get(0);
            double spineLeft = trim.getLowerLeftX() - media.getLowerLeftX() + Paper.A4.widthMm() * MM;
            double spineRight = spineLeft + spineMm * MM;
            List<PdfGlyphs.Glyph> spine = glyphs.glyphs().stream().filter(g -> !g.text().isBlank())
                    .filter(g -> g.x() + g.width() / 2 > spineLeft && g.x() + g.width() / 2 < spineRight)
                    .sorted(Comparator.comparingDouble(PdfGlyphs.Glyph::y)).toList();
            assertEquals(SPINES.get(source), spine.stream().map(PdfGlyphs.Glyph::text).collect(Collectors.joining()));
            for (int i = 1; i < spine.size(); i++) {
                assertTrue(spine.get(i).y() > spine.get(i - 1).y(), "the spine's characters share a line");
                assertTrue(spine.get(i).x() >= spineLeft && spine.get(i).x() + spine.get(i).width() <= spineRight + 0.01,
                        "a character sticks out of the spine: " + spine.get(i));
            }
        }
    }

    /**
     * A small book of its own (the featured book's typesetting ratchets move with every line of
     * its copyright page): an ISBN-10, made 978-, a price, and both settings of the print edition.
     */
    @Test
    void theBarCodeOnTheBackReadsAsTheIsbnAndThePriceIsPrinted(@TempDir Path folder) throws Exception {
        Path book = folder.resolve("book.xml");
        Files.writeString(book, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="http://docbook.org/ns/docbook" version="5.1" xml:lang="zh-CN">
                  <info>
                    <title>条码样书</title>
                    <author><personname>林书远</personname></author>
                    <publisher><publishername>青岚出版社</publishername></publisher>
                    <biblioid class="isbn">ISBN 7-5321-6543-4</biblioid>
                    <bibliomisc role="price">58.00元</bibliomisc>
                  </info>
                  <chapter>
                    <title>第一章</title>
                    <para>正文的一段话。</para>
                  </chapter>
                </book>
                """);
        Files.writeString(folder.resolve("typography.properties"), "signature-pages = 8\npaper-thickness-mm = 0.12\n");
        Path print = folder.resolve("print.pdf");
        TestBooks.publisher().publish(new PublishRequest(book, Optional.empty(), Optional.of(print), Optional.empty(),
                Paper.A5, Optional.empty(), Optional.of(TestBooks.BUILD_DATE)), PublishListener.SILENT);
        int pages;
        try (PDDocument block = Loader.loadPDF(print.toFile())) {
            pages = block.getNumberOfPages();
        }
        assertEquals(0, pages % 8, pages + " pages are not whole signatures of 8");
        Path cover = folder.resolve("print-cover.pdf");
        try (PDDocument pdf = Loader.loadPDF(cover.toFile())) {
            PDPage page = pdf.getPage(0);
            double spineMm = pages / 2 * 0.12;
            assertEquals((2 * Paper.A5.widthMm() + spineMm) * MM, page.getTrimBox().getWidth(), 0.01, "trim width");
            assertEquals(Paper.A5.heightMm() * MM, page.getTrimBox().getHeight(), 0.01, "trim height");
            System.out.printf("the bar-code book on A5: %d pages, cover trim %.2f × %.2f pt (spine %.2f mm)%n", pages,
                    page.getTrimBox().getWidth(), page.getTrimBox().getHeight(), spineMm);
            assertBackCarries(pdf, Paper.A5, "9787532165438", "9 787532 165438", "58.00元");
        }
        // The featured book's ISBN (978-7-5468-2415-4) and price on its A4 cover; the report has none.
        try (PDDocument pdf = Loader.loadPDF(cover(TestBooks.FEATURED).toFile())) {
            assertBackCarries(pdf, Paper.A4, "9787546824154", "9 787546 824154", "68.00元");
        }
        try (PDDocument pdf = Loader.loadPDF(cover(TestBooks.REPORT).toFile())) {
            assertTrue(filledRectangles(pdf.getPage(0)).stream()
                    .noneMatch(r -> Math.abs(r.getHeight() - BAR_HEIGHT_MM * MM) < 0.1), "the report has no ISBN: no bar code");
        }
    }

    /** The cover's back: an EAN-13 at nominal size that reads as the given digits, printed under it, and the price. */
    private static void assertBackCarries(PDDocument pdf, Paper paper, String ean, String digits, String price) throws IOException {
        PDPage page = pdf.getPage(0);
        List<Rectangle2D> bars = filledRectangles(page).stream()
                .filter(r -> Math.abs(r.getHeight() - BAR_HEIGHT_MM * MM) < 0.1)
                .filter(r -> r.getWidth() < 4.5 * MODULE_MM * MM)
                .sorted(Comparator.comparingDouble(Rectangle2D::getX)).toList();
        assertEquals(30, bars.size(), "EAN-13 has 30 bars");
        double back = page.getTrimBox().getLowerLeftX() + paper.widthMm() * MM;
        assertTrue(bars.get(bars.size() - 1).getMaxX() < back, "the bar code is not on the back");
        assertEquals(ean, decodeEan13(bars));
        String text = PdfGlyphs.read(pdf).pages().get(0).text();
        assertTrue(text.contains(digits), "the digits under the bars: " + text);
        assertTrue(text.contains(price), "the price: " + text);
    }

    @Test
    void aCoverThatCannotBeMadeLeavesNoOutput(@TempDir Path folder) throws Exception {
        // An EAN-13 with a right check digit that is no ISBN (977 is the ISSN's prefix): no bar
        // code can be printed for it. The book's checks refuse it at its line (HZ-CHK-074) before
        // anything is laid out; the cover's own refusal (HZ-PDF-030) stays behind them, for
        // Ean13Test. Either way no output is written and the earlier one stays.
        Path book = folder.resolve("book.xml");
        Files.writeString(book, """
                <?xml version="1.0" encoding="UTF-8"?>
                <book xmlns="http://docbook.org/ns/docbook" version="5.1" xml:lang="zh-CN">
                  <info>
                    <title>封面测试</title>
                    <biblioid class="isbn">9771234567898</biblioid>
                  </info>
                  <chapter>
                    <title>第一章</title>
                    <para>正文的一段话。</para>
                  </chapter>
                </book>
                """);
        Path screen = folder.resolve("out.pdf");
        Path print = folder.resolve("print.pdf");
        Files.writeString(print, "an earlier build");
        PublishException failure = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(book, Optional.of(screen), Optional.of(print), Optional.empty(), Paper.A5,
                        Optional.empty(), Optional.of(TestBooks.BUILD_DATE)), PublishListener.SILENT));
        assertTrue(failure.diagnostics().stream().anyMatch(d -> d.code() == Code.CHK_ISBN && d.line() == 5),
                failure.diagnostics().toString());
        assertFalse(Files.exists(screen), "the screen edition was written");
        assertFalse(Files.exists(folder.resolve("print-cover.pdf")), "the cover was written");
        assertEquals("an earlier build", Files.readString(print), "the earlier print edition was replaced");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("book.xml", "print.pdf"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "temporary files left behind");
        }
    }

    // ------------------------------------------------------------------ reading the bars back

    /** The rectangles painted by a fill on the page, in PDF user space. */
    private static List<Rectangle2D> filledRectangles(PDPage page) throws IOException {
        List<Rectangle2D> filled = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private final List<Rectangle2D> path = new ArrayList<>();

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
                double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
                double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
                double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
                path.add(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
            }

            @Override
            public void fillPath(int windingRule) {
                filled.addAll(path);
                path.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                fillPath(windingRule);
            }

            @Override
            public void strokePath() {
                path.clear();
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void drawImage(PDImage image) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
            }

            @Override
            public void lineTo(float x, float y) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        };
        engine.processPage(page);
        return filled;
    }

    private static final String[] L = {"0001101", "0011001", "0010011", "0111101", "0100011", "0110001", "0101111",
        "0111011", "0110111", "0001011"};
    private static final String[] FIRST = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG", "LGGGLL",
        "LGLGLG", "LGLGGL", "LGGLGL"};

    /** The 13 digits of the bars, left to right, measured in modules; the check digit verified. */
    private static String decodeEan13(List<Rectangle2D> bars) {
        double module = (bars.get(bars.size() - 1).getMaxX() - bars.get(0).getMinX()) / 95;
        assertEquals(MODULE_MM * MM, module, 0.01, "module width");
        StringBuilder modules = new StringBuilder();
        double end = bars.get(0).getMinX();
        for (Rectangle2D bar : bars) {
            modules.append("0".repeat((int) Math.round((bar.getMinX() - end) / module)));
            modules.append("1".repeat((int) Math.round(bar.getWidth() / module)));
            end = bar.getMaxX();
        }
        String m = modules.toString();
        assertEquals(95, m.length(), m);
        assertEquals("101", m.substring(0, 3), "start guard");
        assertEquals("01010", m.substring(45, 50), "centre guard");
        assertEquals("101", m.substring(92), "end guard");
        StringBuilder digits = new StringBuilder();
        StringBuilder parity = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            String code = m.substring(3 + 7 * i, 10 + 7 * i);
            int digit = -1;
            for (int d = 0; d < 10; d++) {
                if (code.equals(L[d])) {
                    digit = d;
                    parity.append('L');
                } else if (code.equals(new StringBuilder(invert(L[d])).reverse().toString())) {
                    digit = d;
                    parity.append('G');
                }
            }
            assertTrue(digit >= 0, "no left-hand digit " + code);
            digits.append(digit);
        }
        int first = List.of(FIRST).indexOf(parity.toString());
        assertTrue(first >= 0, "no first digit has the parity " + parity);
        for (int i = 0; i < 6; i++) {
            String code = m.substring(50 + 7 * i, 57 + 7 * i);
            int digit = List.of(L).stream().map(PrintCoverIT::invert).toList().indexOf(code);
            assertTrue(digit >= 0, "no right-hand digit " + code);
            digits.append(digit);
        }
        String all = first + digits.toString();
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (all.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        assertEquals((10 - sum % 10) % 10, all.charAt(12) - '0', "check digit of " + all);
        return all;
    }

    private static String invert(String code) {
        return code.chars().mapToObj(c -> c == '0' ? "1" : "0").collect(Collectors.joining());
    }
}
