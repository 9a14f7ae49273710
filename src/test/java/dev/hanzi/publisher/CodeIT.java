package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.messages.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Code in the book (issue 15), read back from the PDF's glyphs and the EPUB's markup: listings
 * in the monospaced face, their columns on a grid of half an em with a Chinese character two
 * columns wide, a line too long for the measure broken with a continuation mark and nothing
 * past the margin, every line of code in both outputs, and the line pass (which spaces running
 * text) leaving code where FOP put it.
 */
class CodeIT {
    static final Path BOOK = Paths.get("src/test/resources/books/technical-vocabulary/book.xml");
    private static final String DB = "http://docbook.org/ns/docbook";
    /** The continuation mark (xsl/common/l10n/zh-CN.xml, code-continuation) and the callout marks. */
    private static final String CONTINUATION = "⏎";
    private static final String MARKS = "[⏎❶-❿⓫-⓴]";
    private static final float TOLERANCE = 0.05f;

    private static PdfGlyphs pdf;
    private static float body;
    private static float codeSize;
    /** The glyphs of the listings: set in the code's size, on the book's text pages. */
    private static List<PdfGlyphs.Line> codeLines;

    @BeforeAll
    static void publish() throws IOException {
        pdf = PdfGlyphs.read(new File(TestBooks.pdf(BOOK).toString()));
        body = pdf.bodySize();
        // theme.xml: code-size 0.9em of the body.
        codeSize = body * 0.9f;
        codeLines = pdf.pages().stream().flatMap(p -> p.lines().stream())
                .filter(line -> line.glyphs().stream().allMatch(g -> Math.abs(g.size() - codeSize) < TOLERANCE))
                .toList();
        assertFalse(codeLines.isEmpty(), "no line of code found in the PDF");
    }

    /** The lines of every listing in the source, as the author wrote them (tabs as they are). */
    private static List<String> sourceLines() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document book = factory.newDocumentBuilder().parse(BOOK.toFile());
        List<String> lines = new ArrayList<>();
        for (String name : List.of("programlisting", "screen", "synopsis")) {
            NodeList listings = book.getElementsByTagNameNS(DB, name);
            for (int i = 0; i < listings.getLength(); i++) {
                for (String line : listings.item(i).getTextContent().split("\n")) {
                    if (!line.isBlank()) {
                        lines.add(line);
                    }
                }
            }
        }
        assertTrue(lines.size() > 15, "the test book has its listings");
        return lines;
    }

    private static String squeeze(String text) {
        return SourceText.squeeze(text.replaceAll(MARKS, ""));
    }

    private static boolean isWide(String s) {
        int c = s.codePointAt(0);
        return Typesetting.isHan(s) || c >= 0xFF00 && c <= 0xFF60 || c >= 0x3000 && c <= 0x303F;
    }

    @Test
    void listingsAreSetInTheMonospacedFaceAHalfEmALatinCharacterAndAnEmAChineseOne() {
        Set<String> codeFonts = codeLines.stream().flatMap(l -> l.glyphs().stream()).map(PdfGlyphs.Glyph::font)
                .collect(Collectors.toSet());
        for (PdfGlyphs.Line line : codeLines) {
            for (PdfGlyphs.Glyph g : line.glyphs()) {
                if (g.text().isBlank() || g.text().matches(MARKS)) {
                    continue;
                }
                float expected = g.size() * (isWide(g.text()) ? 1f : 0.5f);
                if (g.text().codePointAt(0) < 0x7F || Typesetting.isHan(g.text())) {
                    assertEquals(expected, g.width(), TOLERANCE, "width of “" + g.text() + "” in “" + line.text() + "”");
                }
            }
        }
        // Latin letters of running text are in the proportional faces, never in the code's.
        List<PdfGlyphs.Glyph> prose = pdf.pages().stream().flatMap(p -> p.glyphs().stream())
                .filter(g -> Math.abs(g.size() - body) < TOLERANCE && g.text().matches("[il]"))
                .filter(g -> g.width() < g.size() * 0.4f).toList();
        assertFalse(prose.isEmpty(), "no proportional Latin letter in the running text");
        assertTrue(prose.stream().noneMatch(g -> codeFonts.contains(g.font())),
                "a font of the listings also sets proportional text: " + codeFonts);
    }

    /**
     * Every glyph of a listing stands a whole number of half ems from the listing's left edge,
     * and the = and # of the settings (after keys of five Latin letters and of two Chinese
     * characters) stand one above the other.
     */
    @Test
    void columnsAlignAndAChineseCharacterTakesTwo() {
        float column = codeSize / 2;
        float left = (float) codeLines.stream().mapToDouble(PdfGlyphs.Line::left).min().orElseThrow();
        List<String> misplaced = new ArrayList<>();
        for (PdfGlyphs.Line line : codeLines) {
            float lineLeft = line.left();
            for (PdfGlyphs.Glyph g : line.glyphs()) {
                float columns = (g.x() - lineLeft) / column;
                if (Math.abs(columns - Math.round(columns)) > 0.02f) {
                    misplaced.add(g.text() + " at " + columns + " columns in “" + line.text() + "”");
                }
            }
        }
        assertEquals(List.of(), misplaced, "glyphs off the column grid");
        List<PdfGlyphs.Line> settings = codeLines.stream()
                .filter(l -> l.text().replace(" ", "").matches("^(title|paper|字号|columns)=.*")).toList();
        assertEquals(4, settings.size(), "the four settings lines: " + codeLines.stream().map(PdfGlyphs.Line::text).toList());
        List<Float> equals = settings.stream().map(l -> first(l, "=").x()).toList();
        for (float x : equals) {
            assertEquals(equals.get(0), x, TOLERANCE, "the = of the settings: " + equals);
        }
        // "title   = " and "字号    = ": 8 columns before =, the Chinese key two columns a character.
        PdfGlyphs.Line chinese = settings.stream().filter(l -> l.text().startsWith("字")).findFirst().orElseThrow();
        assertEquals(8, (first(chinese, "=").x() - chinese.left()) / column, 0.02, "columns before = after 字号");
        List<Float> hashes = settings.subList(0, 3).stream().map(l -> first(l, "#").x()).toList();
        for (float x : hashes) {
            assertEquals(hashes.get(0), x, TOLERANCE, "the # of the settings: " + hashes);
        }
        assertTrue(left > 0);
    }

    private static PdfGlyphs.Glyph first(PdfGlyphs.Line line, String text) {
        return line.glyphs().stream().filter(g -> g.text().equals(text)).findFirst().orElseThrow(
                () -> new AssertionError("no " + text + " in “" + line.text() + "”"));
    }

    /** The output path is longer than the measure: it is broken, marked, and stays inside. */
    @Test
    void aLongLineBreaksWithAContinuationMarkInsideTheMargin() {
        List<PdfGlyphs.Line> marked = codeLines.stream()
                .filter(l -> l.glyphs().get(l.glyphs().size() - 1).text().equals(CONTINUATION)).toList();
        assertEquals(1, marked.size(), "one broken line: " + marked.stream().map(PdfGlyphs.Line::text).toList());
        PdfGlyphs.Line broken = marked.get(0);
        assertTrue(squeeze(broken.text()).startsWith("output=\"/home/editor/books/"), broken.text());
        // The text area's right edge: where the justified lines of running text end.
        float margin = Typesetting.mode(pdf.pages().get(broken.page() - 1).lines().stream()
                .filter(l -> l.glyphs().stream().allMatch(g -> Math.abs(g.size() - body) < TOLERANCE) && l.glyphs().size() > 30)
                .map(l -> (float) Math.round(l.right() * 2) / 2).toList());
        List<String> outside = codeLines.stream().flatMap(l -> l.glyphs().stream())
                .filter(g -> g.right() > margin + 0.5f).map(g -> g.text() + "@" + g.right()).toList();
        assertEquals(List.of(), outside, "glyphs of code past the margin at " + margin);
        assertTrue(broken.right() > margin - 4 * codeSize, "the broken line fills the measure: " + broken.right() + " / " + margin);
        // The continuation starts the next line at the listing's edge.
        PdfGlyphs.Line next = codeLines.get(codeLines.indexOf(broken) + 1);
        assertEquals(broken.left(), next.left(), TOLERANCE);
        assertTrue(squeeze(next.text()).endsWith("#输出路径很长时自动换行"), next.text());
    }

    @Test
    void everyLineOfCodeIsInThePdfAndTheEpub() throws Exception {
        String inPdf = squeeze(codeLines.stream().map(PdfGlyphs.Line::text).collect(Collectors.joining()));
        String inEpub = squeeze(String.join("", epubPre()));
        assertAll(sourceLines().stream().map(line -> () -> {
            assertTrue(inPdf.contains(squeeze(line)), "not in the PDF's listings: " + line);
            assertTrue(inEpub.contains(squeeze(line)), "not in the EPUB's <pre>: " + line);
        }));
        // The callout marks of the listing and of its list.
        assertTrue(pdf.text().contains("❶") && pdf.text().contains("❸"), "callout marks in the PDF");
    }

    /** Inline code inside Chinese: a quarter em outside it, and no stretch inside it. */
    @Test
    void inlineCodeKeepsItsLettersHalfAnEmApart() {
        List<PdfGlyphs.Line> lines = pdf.pages().stream().flatMap(p -> p.lines().stream())
                .filter(l -> l.text().contains("PublishException")).toList();
        assertFalse(lines.isEmpty());
        PdfGlyphs.Line line = lines.get(0);
        int start = line.text().indexOf("PublishException");
        List<PdfGlyphs.Glyph> word = line.glyphs().subList(start, start + "PublishException".length());
        for (int i = 1; i < word.size(); i++) {
            assertEquals(body / 2, word.get(i).x() - word.get(i - 1).x(), TOLERANCE, "inside PublishException");
        }
        PdfGlyphs.Glyph before = line.glyphs().get(start - 1);
        assertEquals("出", before.text());
        // From the Han character's advance of one em (PDFBox counts the space after a run's
        // last glyph into its width).
        float gap = word.get(0).x() - (before.x() + body);
        assertTrue(gap > body * 0.12f && gap < body * 0.34f, "the space between 出 and the code: " + gap / body + " em");
    }

    /**
     * A line that starts with inline code opening with a mark (/etc, .profile, $HOME, --verbose)
     * starts at the margin: the quarter em before such code after Han is a space the line may
     * break at, which FOP drops there (it was padding at the code's start, which stayed: the line
     * started a quarter em in).
     */
    @Test
    void aLineStartingWithInlineCodeStartsAtTheMargin() {
        List<String> starts = new ArrayList<>();
        for (PdfGlyphs.Page page : pdf.pages()) {
            List<PdfGlyphs.Line> lines = page.lines().stream()
                    .filter(l -> !l.glyphs().isEmpty() && Math.abs(l.glyphs().get(0).size() - body) < TOLERANCE).toList();
            Map<Integer, Long> lefts = lines.stream().collect(Collectors.groupingBy(l -> Math.round(l.glyphs().get(0).x()), Collectors.counting()));
            if (lefts.isEmpty()) {
                continue;
            }
            float margin = lefts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            for (PdfGlyphs.Line line : lines) {
                PdfGlyphs.Glyph first = line.glyphs().get(0);
                if ("/.$-".contains(first.text()) && first.x() - margin < body * 0.6f) {
                    starts.add(String.format("page %d %s %+.2f em", page.number(), line.text().substring(0, Math.min(12, line.text().length())),
                            (first.x() - margin) / body));
                }
            }
        }
        assertFalse(starts.isEmpty(), "no line starts with such code");
        assertEquals(List.of(), starts.stream().filter(s -> !s.matches(".* [+-]0\\.0[0-4] em")).toList(), "all: " + starts);
    }

    /** Listings, callout links, inline images and anchors keep the screen edition PDF/UA-1 and PDF/A-2u. */
    @Test
    void theScreenEditionValidatesWithItsCode() throws Exception {
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U)) {
            assertEquals(java.util.Map.of(), VeraPdf.failedRules(TestBooks.pdf(BOOK), flavour), flavour.toString());
        }
    }

    @Test
    void theEpubHasListingsInPreAndPassesEpubCheck() throws Exception {
        List<EpubChecker.Finding> problems = EpubChecker.check(TestBooks.epub(BOOK)).stream()
                .filter(f -> f.severity() == Severity.FATAL || f.severity() == Severity.ERROR
                        || f.severity() == Severity.WARNING)
                .toList();
        assertEquals(List.of(), problems);
        String css = entry("css/book.css");
        assertTrue(css.contains("\"Noto Sans Mono CJK SC\"") && css.contains("monospace"), "the code's font stack");
        assertTrue(css.contains("white-space: pre-wrap"), "listings wrap");
        assertTrue(css.matches("(?s).*code, kbd, samp \\{ overflow-wrap: break-word; }.*"), "a long word of inline code wraps");
        String chapter = String.join("\n", xhtml());
        assertTrue(chapter.contains("<pre class=\"programlisting\""), "a listing is a <pre>");
        assertTrue(chapter.contains("<span class=\"callout\" id=\"co-title\">❶</span>"), "a callout mark, anchored");
        assertTrue(chapter.contains("#co-title\""), "its explanation links back");
        assertTrue(chapter.contains("<kbd class=\"userinput\">"), "user input");
    }

    private static List<String> epubPre() throws IOException {
        List<String> pre = new ArrayList<>();
        for (String document : xhtml()) {
            var matcher = java.util.regex.Pattern.compile("(?s)<pre[^>]*>(.*?)</pre>").matcher(document);
            while (matcher.find()) {
                pre.add(matcher.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&quot;", "\""));
            }
        }
        return pre;
    }

    private static List<String> xhtml() throws IOException {
        List<String> documents = new ArrayList<>();
        try (ZipFile zip = new ZipFile(TestBooks.epub(BOOK).toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().endsWith(".xhtml")) {
                    documents.add(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return documents;
    }

    private static String entry(String suffix) throws IOException {
        try (ZipFile zip = new ZipFile(TestBooks.epub(BOOK).toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().endsWith(suffix)) {
                    return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + suffix + " in the EPUB");
    }
}
