package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The PDF of the report and of the feature-rich test book, read back with PDFBox. */
class PdfIT {
    /** Where the running head sits: above this distance from the top edge (A4, points). */
    private static final float HEADER_BOTTOM = 70f;
    private static final Pattern MARK_DIGITS = Pattern.compile("\\d+");

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void everyFontIsAnEmbeddedSubset(Path source, Edition edition) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(source, edition).toFile())) {
            List<String> problems = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    boolean embedded = font instanceof PDType0Font type0
                            ? type0.getDescendantFont().isEmbedded() : font.isEmbedded();
                    if (!embedded || !font.getName().matches("[A-Z]{6}\\+.*")) {
                        problems.add(font.getName());
                    }
                }
            }
            assertEquals(List.of(), problems, "fonts not embedded as subsets");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void everyPartIsInTheOutline(Path source, Edition edition) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(source, edition).toFile())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            for (SourceText.Part part : SourceText.read(source).parts()) {
                assertTrue(bookmarks.stream().anyMatch(b -> b.endsWith(part.title())),
                        "no bookmark for " + part.title() + " in " + bookmarks);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void everyPageOfAPartButItsFirstCarriesItsTitle(Path source, Edition edition) throws IOException {
        List<SourceText.Part> parts = SourceText.read(source).parts();
        PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(source, edition).toFile());
        int partIndex = -1;
        int pagesChecked = 0;
        List<String> problems = new ArrayList<>();
        for (PdfGlyphs.Page page : glyphs.pages()) {
            if (page.glyphs().stream().allMatch(g -> g.text().isBlank())) {
                continue; // the print edition's empty left-hand pages carry no head (PrintEditionIT)
            }
            String header = SourceText.squeeze(page.glyphs().stream().filter(g -> g.y() - page.trimTop() < HEADER_BOTTOM)
                    .map(PdfGlyphs.Glyph::text).reduce("", String::concat));
            String body = SourceText.squeeze(page.text());
            // A part opens on the page that starts with its heading.
            if (partIndex + 1 < parts.size() && header.isEmpty()
                    && body.contains(SourceText.squeeze(parts.get(partIndex + 1).title()))
                    && page.opensWith(parts.get(partIndex + 1).title())) {
                partIndex++;
                continue;
            }
            if (partIndex >= 0) {
                pagesChecked++;
                // In print the left-hand pages carry the book's title, and the folio is at the
                // head's outer end (RunningHeadsIT checks where).
                String expected = edition == Edition.PRINT && page.number() % 2 == 0
                        ? SourceText.read(source).title() : parts.get(partIndex).title();
                String words = edition != Edition.PRINT ? header
                        : page.number() % 2 == 0 ? header.replaceAll("^[0-9ivxlcdm]+", "") : header.replaceAll("[0-9ivxlcdm]+$", "");
                if (!words.equals(SourceText.squeeze(expected))) {
                    problems.add("page " + page.number() + ": header \"" + header + "\", expected \"" + expected + "\"");
                }
            }
        }
        assertEquals(parts.size() - 1, partIndex, "not every part was found opening a page");
        assertTrue(pagesChecked > 0, "no running heads were checked");
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void everyParagraphAndFootnoteIsInTheTextExactly(Path source, Edition edition) throws IOException {
        SourceText text = SourceText.read(source);
        PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(source, edition).toFile());
        String body = SourceText.squeeze(glyphs.mainText());
        String notes = SourceText.squeeze(glyphs.noteText());
        List<String> segments = text.paragraphSegments();
        assertFalse(segments.isEmpty());
        assertAll(segments.stream().map(segment -> () ->
                assertTrue(body.contains(segment), "paragraph text not found in the PDF: " + segment)));
        assertAll(text.footnotes().stream().map(note -> () ->
                assertTrue(notes.contains(note), "footnote text not found in the PDF: " + note)));
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void theTextLayerHoldsNoStandInCodePoints(Path source, Edition edition) throws IOException {
        String text = PdfGlyphs.read(TestBooks.pdf(source, edition).toFile()).text();
        List<String> wrong = text.codePoints()
                .filter(c -> (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF)
                        || (c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD || c == 0x200B || c == 0x2E3A || c == '#')
                .mapToObj(c -> String.format("U+%04X", c)).distinct().toList();
        assertEquals(List.of(), wrong, "stand-in or invisible code points in the PDF's text");
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void footnotesAreOnThePagesOfTheirReferences(Path source, Edition edition) throws IOException {
        List<String> notes = SourceText.read(source).footnotes();
        PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(source, edition).toFile());
        float markSize = glyphs.bodySize() * 0.7f;
        List<String> problems = new ArrayList<>();
        List<Integer> marksInOrder = new ArrayList<>();
        List<List<PDRectangle>> links = internalLinks(TestBooks.pdf(source, edition));
        for (PdfGlyphs.Page page : glyphs.pages()) {
            List<PDRectangle> pageLinks = links.get(page.number() - 1);
            // A footnote mark is a small figure that links to its note (unlike the 2 of m²); the
            // print edition has no links, so there any small figure is a candidate.
            // A citation is raised and linked too: its numbers stand in brackets, [3,4], and are
            // passed over with them.
            String marks = page.glyphs().stream()
                    .map(g -> g.size() < markSize && g.text().matches("[\\[\\]]") ? g.text()
                            : g.size() < markSize && g.text().matches("\\d") && (edition == Edition.PRINT
                            || pageLinks.stream().anyMatch(r -> r.contains(g.x() + g.width() / 2, page.height() - g.y() + 1)))
                            ? g.text() : " ")
                    .reduce("", String::concat).replaceAll("\\[[^\\]]*\\]", " ");
            String pageText = SourceText.squeeze(page.text());
            Matcher m = MARK_DIGITS.matcher(marks);
            while (m.find()) {
                int number = Integer.parseInt(m.group());
                // Without links (the print edition) a raised 2 of m² looks like a mark: take the
                // marks in order and pass over figures that are not the next one.
                if (edition == Edition.PRINT && number != marksInOrder.size() + 1) {
                    continue;
                }
                marksInOrder.add(number);
                String note = notes.get(number - 1);
                String start = note.substring(0, Math.min(12, note.length()));
                if (!pageText.contains(start)) {
                    problems.add("footnote " + number + " is referenced on page " + page.number()
                            + " but its text is not there");
                }
            }
        }
        List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, notes.size()).boxed().toList();
        assertEquals(expected, marksInOrder, "footnote marks in the text, in page order");
        assertEquals(List.of(), problems);
    }

    /** Per page, the rectangles of links that lead inside the document. */
    private static List<List<PDRectangle>> internalLinks(Path pdfFile) throws IOException {
        List<List<PDRectangle>> links = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            for (PDPage page : pdf.getPages()) {
                List<PDRectangle> rectangles = new ArrayList<>();
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && !(link.getAction() instanceof PDActionURI)) {
                        rectangles.add(link.getRectangle());
                    }
                }
                links.add(rectangles);
            }
        }
        return links;
    }

    @Test
    void theReportHasThirteenFootnotesAndItsRussianIsCyrillic() throws IOException {
        List<String> notes = SourceText.read(TestBooks.REPORT).footnotes();
        assertEquals(13, notes.size());
        String text = PdfGlyphs.read(TestBooks.pdf(TestBooks.REPORT).toFile()).text();
        assertTrue(text.contains("Генеральный"), "the Russian footnote lost its Cyrillic");
    }

    @Test
    void theReportDeclaresItsLanguageAndTitle() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(TestBooks.REPORT).toFile())) {
            assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
            assertEquals(SourceText.read(TestBooks.REPORT).title(), pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    void theCoverAndTitlePageBreakTheTitleWhereTheAuthorMarkedIt() throws IOException {
        // xml/report.xml: <title>中国理念与<?linebreak?>上海合作组织发展研究报告</title>
        List<String> expected = List.of("中国理念与", "上海合作组织发展研究报告");
        List<PdfGlyphs.Page> pages = PdfGlyphs.read(TestBooks.pdf(TestBooks.REPORT).toFile()).pages();
        for (PdfGlyphs.Page page : pages.subList(0, 2)) {
            assertEquals(expected, page.lines().stream().limit(2).map(line -> SourceText.squeeze(line.text())).toList(),
                    "page " + page.number());
        }
    }
}
