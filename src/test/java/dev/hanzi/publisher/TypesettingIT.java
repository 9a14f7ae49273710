package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Chinese typesetting (clreq, GB/T 15834), measured on the PDFs of the report and the test book
 * from glyph positions: body text, and footnotes, which are set by the same rules.
 */
class TypesettingIT {
    private static Typesetting typesetting(Path source, Edition edition) throws IOException {
        return new Typesetting(PdfGlyphs.read(TestBooks.pdf(source, edition).toFile()));
    }

    private static List<Float> sizes(Typesetting t) {
        return List.of(t.bodySize(), t.bodySize() * PdfGlyphs.NOTE_RATIO);
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void justifiedLinesEndFlushWithTheMeasure(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        assertTrue(t.lines(t.bodySize()).stream().filter(l -> !l.last()).count() > 20, "too few lines measured");
        for (float size : sizes(t)) {
            assertEquals(List.of(), t.raggedLines(size, 0.5f), "lines not flush at " + size + " pt");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void noLineStartsOrEndsWithAForbiddenMark(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        for (float size : sizes(t)) {
            assertEquals(List.of(), t.kinsokuViolations(size), "kinsoku at " + size + " pt");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void hanAndLatinAreAQuarterEmApartAndPunctuationTakesNoExtraSpace(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        List<Typesetting.Measured> gaps = t.hanWesternGaps(t.bodySize());
        assertFalse(gaps.isEmpty(), "no Han–Latin boundary measured");
        // A quarter em, elastic from an eighth to a third where a line needs it (clreq, issue 13):
        // a line may break at the boundary now, and a tight one takes the space in to an eighth.
        assertEquals(List.of(), Typesetting.where(gaps, g -> g.value() < 0.12f || g.value() > 0.34f), "gaps not within ⅛–⅓ em");
        assertEquals(List.of(), Typesetting.where(t.punctuationWesternGaps(t.bodySize()), g -> g.value() > 0.1f),
                "space added beside punctuation");
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void adjacentPunctuationIsCompressedToHalfWidth(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        List<Typesetting.Measured> advances = t.adjacentMarkAdvances(t.bodySize());
        assertFalse(advances.isEmpty(), "no adjacent punctuation measured");
        assertEquals(List.of(), Typesetting.where(advances, a -> Math.abs(a.value() - 0.5f) > 0.05f),
                "first marks of pairs not set at half width (em)");
        // Everywhere else too: list items, tables, and the text around a cross-reference, whose
        // generated text was set as if nothing stood before it (「引用前言：“前言”」, 「（第 7 页）；」
        // kept a whole em between the marks).
        assertEquals(List.of(), Typesetting.where(t.adjacentMarkAdvancesEverywhere(t.bodySize()), a -> Math.abs(a.value() - 0.5f) > 0.05f),
                "first marks of pairs not set at half width, outside running text (em)");
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void noParagraphEndsWithASingleCharacterOnItsLine(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        for (float size : sizes(t)) {
            assertEquals(List.of(), t.loneCharacterLines(size));
        }
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void footnoteMarksDoNotDisturbTheLinePitch(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        assertEquals(List.of(), t.unevenLinePitch(t.bodySize(), 0.6f));
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void noZeroWidthCharacterReachesTheTextLayer(Path source, Edition edition) throws IOException {
        String text = PdfGlyphs.read(TestBooks.pdf(source, edition).toFile()).text();
        assertEquals(-1, text.indexOf('\u200B'));
        assertEquals(-1, text.indexOf('\u2060'));
    }

    /**
     * A line may break at a Han–Latin boundary or between a closing and an opening mark because
     * the stylesheets put a space there; the line pass sets its width and takes it out of the text
     * layer, where the author wrote none: the text reads as the source, wherever the lines broke.
     */
    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void theSpacesALineMayBreakAtAreNotInTheTextLayer(Path source, Edition edition) throws IOException {
        String text = PdfGlyphs.read(TestBooks.pdf(source, edition).toFile()).text().replaceAll("[\\r\\n]", "");
        List<String> phrases = source.equals(TestBooks.FEATURED)
                ? List.of("由同一份源文件生成PDF和EPUB两个版本", "常见的连续标点有“。””“”，”“）、”“》《”等几种", "例如1949年、300dpi、第2章")
                : List.of("2014年4月", "2019年6月");
        for (String phrase : phrases) {
            assertTrue(text.contains(phrase), phrase + " in the text layer");
        }
    }

    // ------------------------------------------------------------------ issue 13: the grid

    /** The books the grid is measured on: the report, the test book, a new book's skeleton and a Latin-dense book. */
    static final Path SKELETON = Paths.get("src/main/resources/skeleton/book.xml");
    static final Path TECHNICAL = Paths.get("src/test/resources/books/technical/book.xml");

    static Stream<Arguments> gridBooks() {
        return Stream.of(TestBooks.REPORT, TestBooks.FEATURED, SKELETON, TECHNICAL)
                .flatMap(book -> Stream.of(Edition.values()).map(edition -> Arguments.of(book, edition)));
    }

    /**
     * What the line pass achieves on each book, as measured (A4, both editions): issue 13 asks for
     * 97 % of lines on the grid with none over 0.10 em and 97 % of clean closing edges. What is
     * left is FOP's break decisions: it breaks lines as if every mark were full width and pushes a
     * closing mark that would end in the last cell to the next line with its predecessor, leaving
     * 1–2 em for the line pass to spread. The thresholds hold what we have; raise them as it improves.
     *
     * @param onGrid the share of justified body lines on the grid
     * @param worst the largest median excess of a body line (em)
     * @param notesOnGrid the share of justified footnote lines on the grid
     * @param worstNote the largest median excess of a footnote line (em)
     * @param closingEdges the share of full lines ending in a stop or closing mark with its ink at the margin
     * @param setInOnGrid the share of justified lines of list items and boxes on the grid (none over {@code worst})
     */
    record Achieved(double onGrid, float worst, double notesOnGrid, float worstNote, double closingEdges, double setInOnGrid) {
    }

    static final Map<Path, Achieved> ACHIEVED = Map.of(
            // 93.6 % and 67.0 % (featured), 55.3 % (technical) until a line could break at a
            // Han–Latin boundary and between a closing and an opening mark (xsl/fo/cjk.xsl), and
            // the line pass spread a line's slack over every full-width gap, not Han pairs alone;
            // 96.5 %, 86.8 % and 91.3 % until FOP's breaker counted a mark at a line's edge half
            // wide, its ink at the margin (98.8 %, 92.0 %, 95.7 % since; the test book 90.3 % once
            // 图 and 3-1 stayed on one line, 91.2 % since Latin word spaces open to half an em
            // before Han characters part, and the report's worst line 0.042 em, not 0.044; 92.0 %
            // since Western words are hyphenated: 「“Typogra-」 ends a line, and the next, which
            // opened with 「exists to honor content.”」 at 0.062 em, is on the grid). The lines of list
            // items and boxes, measured apart since: the test book's 7 of 8, 「b. 后引号…不能出现在」
            // at 0.056 em, whose 「行尾。」 could not follow it without a lone 尾.
            TestBooks.REPORT, new Achieved(0.97, 0.045f, 1.0, 0.03f, 1.0, 1.0),
            // (Its other lines: paragraphs whose Latin words, numbers, closing lines and ——, which
            // no line may start with, leave no break near the measure; none spread past the
            // issue's 0.1 em: 0.096 em at worst.)
            TestBooks.FEATURED, new Achieved(0.92, 0.10f, 1.0, 0.03f, 1.0, 0.87),
            // (The screen edition's one edge, 「…附录的标题”，」, is measured against a right
            // margin taken from its few lines.)
            SKELETON, new Achieved(1.0, 0.03f, 1.0, 0.03f, 0, 1.0),
            TECHNICAL, new Achieved(0.95, 0.06f, 1.0, 0.03f, 1.0, 1.0));

    private static double share(List<Typesetting.Measured> values, java.util.function.Predicate<Typesetting.Measured> good) {
        return values.isEmpty() ? 1 : (double) values.stream().filter(good).count() / values.size();
    }

    @ParameterizedTest
    @MethodSource("gridBooks")
    void linesOfHanCharactersStayOnTheGrid(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        Achieved achieved = ACHIEVED.get(source);
        List<Typesetting.Measured> body = t.gridExcess(t.bodySize());
        // (The skeleton's few paragraphs have hardly a full line.)
        assertTrue(source == SKELETON || !body.isEmpty(), "no justified line measured");
        if (source == TestBooks.FEATURED) {
            // Its lists' items of two lines and more (the 禁则 of chapter 1, the cross-references of
            // chapter 3) and its boxes' full lines.
            assertTrue(t.setInLines(t.bodySize()).stream().filter(l -> !l.last()).count() >= 7, "set-in lines measured");
        }
        double onGrid = share(body, m -> Math.abs(m.value()) <= Typesetting.ON_GRID);
        assertTrue(onGrid >= achieved.onGrid(), String.format("%.1f %% of body lines on the grid, not %.0f %%: %s",
                onGrid * 100, achieved.onGrid() * 100, Typesetting.where(body, m -> Math.abs(m.value()) > Typesetting.ON_GRID)));
        assertEquals(List.of(), Typesetting.where(body, m -> Math.abs(m.value()) > achieved.worst()), "body lines spread");
        List<Typesetting.Measured> setIn = t.setInGridExcess(t.bodySize());
        double setInOnGrid = share(setIn, m -> Math.abs(m.value()) <= Typesetting.ON_GRID);
        assertTrue(setInOnGrid >= achieved.setInOnGrid(), String.format("%.1f %% of list and box lines on the grid: %s",
                setInOnGrid * 100, Typesetting.where(setIn, m -> Math.abs(m.value()) > Typesetting.ON_GRID)));
        assertEquals(List.of(), Typesetting.where(setIn, m -> Math.abs(m.value()) > achieved.worst()), "list and box lines spread");
        List<Typesetting.Measured> notes = t.gridExcess(t.bodySize() * PdfGlyphs.NOTE_RATIO);
        double notesOnGrid = share(notes, m -> Math.abs(m.value()) <= Typesetting.ON_GRID);
        assertTrue(notesOnGrid >= achieved.notesOnGrid(), String.format("%.1f %% of note lines on the grid: %s",
                notesOnGrid * 100, Typesetting.where(notes, m -> Math.abs(m.value()) > Typesetting.ON_GRID)));
        assertEquals(List.of(), Typesetting.where(notes, m -> Math.abs(m.value()) > achieved.worstNote()), "note lines spread");
    }

    /**
     * Issue 13: a mark inside a line keeps its full width; a tight line is not made to fit by
     * pinching its lone commas and stops. Typst 0.14 and xeCJK do, and that is how they keep more
     * lines on the grid than we do (bench/typesetting.sh: on the test book's paragraphs, Typst
     * pinches 175 of 410 such marks, to 0.53 em, and keeps 98.1 % of its lines on the grid;
     * xeCJK 69 of 407, to 0.63 em, 96.3 %; we pinch none, 92.0 %).
     */
    @ParameterizedTest
    @MethodSource("gridBooks")
    void aMarkInsideALineKeepsItsFullWidth(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        List<Typesetting.Measured> spans = t.loneMarkSpans(t.bodySize());
        assertTrue(source == SKELETON || spans.size() > 50, "too few lone marks measured: " + spans.size());
        assertEquals(List.of(), Typesetting.where(spans, m -> m.value() < 1.95f),
                "marks pinched: the advance from the character before to the one after, in em");
    }

    /**
     * clreq 3.8's order when a line must be filled: the spaces between Latin words open first, to
     * half an em, and only then do Han characters part. The line pass once opened
     * word spaces by 0.15 em at most (0.41 em in all) and after the Han–Latin spaces: the test
     * book's 「…to honor content.”这句话的意思是…」 spread its Han gaps by 0.072 em, off the grid.
     */
    @ParameterizedTest
    @MethodSource("gridBooks")
    void spacesBetweenLatinWordsOpenToHalfAnEmBeforeHanCharactersPart(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        List<Map.Entry<Typesetting.TextLine, List<Float>>> spread = t.spreadLinesWithWordSpaces(t.bodySize());
        List<String> early = new ArrayList<>();
        for (Map.Entry<Typesetting.TextLine, List<Float>> line : spread) {
            line.getValue().stream().filter(space -> space < 0.49f)
                    .forEach(space -> early.add(String.format("%s: a word space of %.3f em", line.getKey().where(), space)));
        }
        assertEquals(List.of(), early, "Han characters part while word spaces could still open");
        if (source == TestBooks.FEATURED) {
            assertFalse(spread.isEmpty(), "the test book's spread line with Latin words is measured");
        }
    }

    @ParameterizedTest
    @MethodSource("gridBooks")
    void punctuationAtTheEdgesOfFullLinesHasItsInkAtTheMargin(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        for (float size : sizes(t)) {
            assertEquals(List.of(), Typesetting.where(t.openingEdges(size), m -> Math.abs(m.value()) > Typesetting.EDGE),
                    "opening marks at the start of a line, ink off the margin at " + size + " pt (em)");
        }
        List<Typesetting.Measured> closing = t.closingEdges(t.bodySize());
        double clean = share(closing, m -> Math.abs(m.value()) <= Typesetting.EDGE);
        assertTrue(clean >= ACHIEVED.get(source).closingEdges(), String.format("%.1f %% of closing edges clean: %s",
                clean * 100, Typesetting.where(closing, m -> Math.abs(m.value()) > Typesetting.EDGE)));
    }

    @ParameterizedTest
    @MethodSource("gridBooks")
    void everyLineKeepsItsHanLatinSpaces(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        // Body text and contents, notes and running heads, captions and table cells.
        List<Float> sizes = List.of(t.bodySize(), t.bodySize() * PdfGlyphs.NOTE_RATIO, t.bodySize() * 0.9f);
        List<Typesetting.Measured> gaps = t.hanWesternGapsEverywhere(sizes);
        assertFalse(gaps.isEmpty(), "no Han–Latin boundary measured");
        assertEquals(List.of(), Typesetting.where(gaps, g -> g.value() < 0.125f - 0.005f), "Han–Latin gaps under ⅛ em");
    }

    @ParameterizedTest
    @MethodSource("gridBooks")
    void theGridBooksKeepTheRulesThatHeldBefore(Path source, Edition edition) throws IOException {
        Typesetting t = typesetting(source, edition);
        for (float size : sizes(t)) {
            assertEquals(List.of(), t.kinsokuViolations(size), "kinsoku at " + size + " pt");
            assertEquals(List.of(), t.loneCharacterLines(size), "lone last characters at " + size + " pt");
            assertEquals(List.of(), t.raggedLines(size, 0.5f), "lines not flush at " + size + " pt");
        }
        assertEquals(List.of(), Typesetting.where(t.adjacentMarkAdvances(t.bodySize()), a -> Math.abs(a.value() - 0.5f) > 0.05f),
                "first marks of pairs not set at half width (em)");
    }

    /** Print: text is solid black or a colour of the design, never a tint of black (K below 100 %). */
    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void thePrintEditionPaintsNoTextInATintOfBlack(Path source) throws IOException {
        List<String> tinted = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(source, Edition.PRINT).toFile())) {
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                final int page = i;
                PDFTextStripper colours = new PDFTextStripper() {
                    {
                        addOperator(new SetNonStrokingColorSpace(this));
                        addOperator(new SetNonStrokingColor(this));
                        addOperator(new SetNonStrokingColorN(this));
                        addOperator(new SetNonStrokingDeviceCMYKColor(this));
                        addOperator(new SetNonStrokingDeviceGrayColor(this));
                        addOperator(new SetNonStrokingDeviceRGBColor(this));
                    }

                    @Override
                    protected void processTextPosition(TextPosition text) {
                        float[] c = getGraphicsState().getNonStrokingColor().getComponents();
                        boolean greyOnly = c.length == 1 || c.length == 4 && c[0] == 0 && c[1] == 0 && c[2] == 0;
                        float ink = c.length == 1 ? 1 - c[0] : c.length == 4 ? c[3] : 1;
                        if (greyOnly && ink > 0.001f && ink < 0.999f && tinted.size() < 5) {
                            tinted.add(String.format("page %d “%s” in %s", page, text.getUnicode(), Arrays.toString(c)));
                        }
                    }
                };
                colours.setStartPage(i);
                colours.setEndPage(i);
                colours.getText(pdf);
            }
        }
        assertEquals(List.of(), tinted);
    }
}
