package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
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
        assertEquals(List.of(), Typesetting.where(gaps, g -> g.value() < 0.2f || g.value() > 0.34f), "gaps not ≈ 0.25 em");
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
}
