package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Book running heads (running-heads = book, the print edition's default): the book's title on
 * left-hand (even) pages, the chapter's on right-hand (odd) ones, the folio in the head line at
 * the outer corner; no head and no folio on a part's opening page or on a blank page. The screen
 * edition keeps the chapter's title centred on every page and the folio centred at the foot; the
 * setting in typography.properties turns either way.
 */
class RunningHeadsIT {
    /** Where the running head sits: above this distance from the top of the trimmed page (A4, points). */
    private static final float HEADER_BOTTOM = 70f;
    /** How far a folio or title may be from the type area's edge or centre, points. */
    private static final float TOLERANCE = 1.5f;

    /** A page's head line: its glyphs above HEADER_BOTTOM, left to right. */
    private static List<PdfGlyphs.Glyph> head(PdfGlyphs.Page page) {
        return page.glyphs().stream().filter(g -> g.y() - page.trimTop() < HEADER_BOTTOM && !g.text().isBlank())
                .sorted(Comparator.comparing(PdfGlyphs.Glyph::x)).toList();
    }

    private static String text(List<PdfGlyphs.Glyph> glyphs) {
        return SourceText.squeeze(glyphs.stream().map(PdfGlyphs.Glyph::text).reduce("", String::concat));
    }

    private static boolean isFolioCharacter(PdfGlyphs.Glyph glyph) {
        return glyph.text().matches("[0-9ivxlcdm]");
    }

    /** The value most of the given ones round to (to half a point). */
    private static float mostCommon(List<Float> values) {
        java.util.Map<Long, Long> counts = values.stream()
                .collect(java.util.stream.Collectors.groupingBy(v -> Math.round(v * 2.0), java.util.stream.Collectors.counting()));
        long key = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        return (float) values.stream().filter(v -> Math.round(v * 2.0) == key).mapToDouble(Float::doubleValue).average().orElseThrow();
    }

    /** The body's lines: everything below the head line. */
    private static List<PdfGlyphs.Line> body(PdfGlyphs.Page page) {
        return page.lines().stream().filter(l -> l.y() - page.trimTop() >= HEADER_BOTTOM).toList();
    }

    /** Every page of the print edition, each checked by its kind: blank, opening, running. */
    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void printPagesCarryTheBookTitleLeftTheChapterTitleRightAndFoliosOutside(Path source) throws IOException {
        SourceText book = SourceText.read(source);
        String bookTitle = SourceText.squeeze(book.title());
        List<SourceText.Part> parts = book.parts();
        Path file = TestBooks.pdf(source, Edition.PRINT);
        String[] labels;
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        }
        PdfGlyphs glyphs = PdfGlyphs.read(file.toFile());
        // The type area's edges per page side, from every page of that side: on one page a
        // table's inset rows, indented first lines or opening marks pulled to the margin may
        // outnumber the lines that start at the margin.
        Map<Integer, Float> sideLeft = new HashMap<>();
        Map<Integer, Float> sideRight = new HashMap<>();
        for (int side = 0; side < 2; side++) {
            final int parity = side;
            List<PdfGlyphs.Line> lines = glyphs.pages().stream().filter(p -> p.number() % 2 == parity)
                    .flatMap(p -> body(p).stream()).toList();
            sideLeft.put(side, mostCommon(lines.stream().map(PdfGlyphs.Line::left).toList()));
            sideRight.put(side, mostCommon(lines.stream().map(PdfGlyphs.Line::right).toList()));
        }
        int partIndex = -1;
        int blanks = 0;
        int openings = 0;
        int versos = 0;
        int rectos = 0;
        List<String> problems = new ArrayList<>();
        for (PdfGlyphs.Page page : glyphs.pages()) {
            int n = page.number();
            List<PdfGlyphs.Glyph> head = head(page);
            if (page.glyphs().stream().allMatch(g -> g.text().isBlank())) {
                blanks++;
                continue;
            }
            if (partIndex + 1 < parts.size() && page.opensWith(parts.get(partIndex + 1).title())) {
                partIndex++;
                openings++;
                if (!head.isEmpty()) {
                    problems.add("page " + n + " opens " + parts.get(partIndex).title() + " but has a head: " + text(head));
                }
                List<PdfGlyphs.Line> lines = page.lines();
                String last = SourceText.squeeze(lines.get(lines.size() - 1).text());
                if (last.matches("[0-9ivxlcdm]+")) {
                    problems.add("page " + n + " opens a part but has a folio at the foot: " + last);
                }
                continue;
            }
            if (partIndex < 0) {
                continue; // the title, copyright and contents pages before the first part
            }
            // The type area's edges on this side of the spread.
            float bodyRight = sideRight.get(n % 2);
            float bodyLeft = sideLeft.get(n % 2);
            boolean verso = n % 2 == 0;
            List<PdfGlyphs.Glyph> folio = new ArrayList<>();
            List<PdfGlyphs.Glyph> title = new ArrayList<>(head);
            // The folio is the run of figures at the outer end of the head line.
            while (!title.isEmpty() && isFolioCharacter(verso ? title.get(0) : title.get(title.size() - 1))) {
                folio.add(verso ? title.remove(0) : title.remove(title.size() - 1));
            }
            if (!verso) {
                java.util.Collections.reverse(folio);
            }
            String expected = verso ? bookTitle : SourceText.squeeze(parts.get(partIndex).title());
            if (!text(title).equals(expected)) {
                problems.add("page " + n + ": head \"" + text(title) + "\", expected \"" + expected + "\"");
            }
            if (!text(folio).equals(labels[n - 1])) {
                problems.add("page " + n + ": folio in the head \"" + text(folio) + "\", its page label " + labels[n - 1]);
                continue;
            }
            if (verso) {
                versos++;
                // Left-hand page: the folio at the left edge of the type area, the title after it.
                if (Math.abs(folio.get(0).x() - bodyLeft) > TOLERANCE || folio.get(0).x() >= title.get(0).x()) {
                    problems.add("page " + n + ": folio at x " + folio.get(0).x() + ", not at the outer (left) edge "
                            + bodyLeft);
                }
            } else {
                rectos++;
                PdfGlyphs.Glyph lastFigure = folio.get(folio.size() - 1);
                if (Math.abs(lastFigure.right() - bodyRight) > TOLERANCE || lastFigure.x() <= title.get(title.size() - 1).x()) {
                    problems.add("page " + n + ": folio ends at x " + lastFigure.right()
                            + ", not at the outer (right) edge " + bodyRight);
                }
            }
            String last = SourceText.squeeze(page.lines().get(page.lines().size() - 1).text());
            if (last.matches("[0-9ivxlcdm]+")) {
                problems.add("page " + n + ": a folio at the foot too: " + last);
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(parts.size(), openings, "not every part was found opening a page");
        // The report's chapters are short; the featured book has running pages on both sides.
        assertTrue(versos > 0 && (rectos > 0 || !source.equals(TestBooks.FEATURED)),
                "left-hand " + versos + ", right-hand " + rectos + " running pages checked");
        assertTrue(blanks > 0, "no blank left-hand page was checked");
    }

    /** The screen edition as before: the chapter's title centred on every page, the folio centred at the foot. */
    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void screenPagesKeepTheChapterTitleCentredAndTheFolioAtTheFoot(Path source) throws IOException {
        List<SourceText.Part> parts = SourceText.read(source).parts();
        PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(source, Edition.SCREEN).toFile());
        int partIndex = -1;
        int checked = 0;
        List<String> problems = new ArrayList<>();
        for (PdfGlyphs.Page page : glyphs.pages()) {
            List<PdfGlyphs.Glyph> head = head(page);
            if (partIndex + 1 < parts.size() && head.isEmpty() && page.opensWith(parts.get(partIndex + 1).title())) {
                partIndex++;
                continue;
            }
            if (partIndex < 0) {
                continue;
            }
            checked++;
            List<PdfGlyphs.Line> lines = page.lines();
            PdfGlyphs.Line foot = lines.get(lines.size() - 1);
            float centre = page.width() / 2;
            if (!text(head).equals(SourceText.squeeze(parts.get(partIndex).title()))) {
                problems.add("page " + page.number() + ": head \"" + text(head) + "\"");
            } else if (Math.abs((head.get(0).x() + head.get(head.size() - 1).right()) / 2 - centre) > 10 * TOLERANCE) {
                problems.add("page " + page.number() + ": head not centred");
            }
            if (!SourceText.squeeze(foot.text()).matches("\\d+")
                    || Math.abs((foot.left() + foot.right()) / 2 - centre) > 10 * TOLERANCE) {
                problems.add("page " + page.number() + ": no folio centred at the foot: " + foot.text());
            }
        }
        assertTrue(checked > 0, "no running page checked");
        assertEquals(List.of(), problems);
    }

    /** running-heads = chapter in typography.properties gives the print edition the screen's heads; a wrong value is refused. */
    @Test
    void theSettingChoosesTheHeads(@TempDir Path folder) throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            body.append("<para>").append("这是正文的一段，用来把这一章排到好几页上去，以便看到每一页的书眉。".repeat(3)).append("</para>\n");
        }
        Path source = folder.resolve("book.xml");
        Files.writeString(source, "<book xmlns='http://docbook.org/ns/docbook' version='5.0' xml:lang='zh-CN'>\n"
                + "<info><title>书名在此</title></info>\n<chapter xml:id='c1'><title>章名在此</title>\n" + body
                + "</chapter>\n</book>\n");
        Path settings = folder.resolve("typography.properties");
        Files.writeString(settings, "running-heads = chapter\n");
        Path print = folder.resolve("print.pdf");
        TestBooks.publisher().publish(new PublishRequest(source, Optional.empty(), Optional.of(print), Optional.empty(),
                Paper.A4, Optional.empty(), Optional.of(TestBooks.BUILD_DATE)), PublishListener.SILENT);
        List<String> heads = new ArrayList<>();
        for (PdfGlyphs.Page page : PdfGlyphs.read(print.toFile()).pages()) {
            if (!head(page).isEmpty()) {
                heads.add(page.number() + ":" + text(head(page)));
            }
        }
        assertTrue(heads.size() >= 2, "pages with a head: " + heads);
        assertTrue(heads.stream().allMatch(h -> h.endsWith(":章名在此")), "chapter heads, no folio in them: " + heads);

        Files.writeString(settings, "running-heads = spread\n");
        Files.delete(print);
        PublishException refused = org.junit.jupiter.api.Assertions.assertThrows(PublishException.class,
                () -> TestBooks.publisher().publish(new PublishRequest(source, Optional.empty(), Optional.of(print),
                        Optional.empty(), Paper.A4, Optional.empty(), Optional.of(TestBooks.BUILD_DATE)), PublishListener.SILENT));
        assertTrue(refused.diagnostics().stream().anyMatch(d -> d.code() == Code.CHK_SETTING_CHOICE && d.line() == 1),
                refused.diagnostics().toString());
        assertFalse(Files.exists(print), "no output for a refused setting");
    }
}
