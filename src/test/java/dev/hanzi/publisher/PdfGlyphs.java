package dev.hanzi.publisher;

import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of a PDF with their positions, grouped into pages and lines: what every
 * measurement of the typesetting is taken from. Coordinates are in points from the page's
 * top-left corner, as PDFBox's TextPosition gives them.
 */
public final class PdfGlyphs {
    /**
     * One painted character; {@code inkLeft} and {@code inkRight} are where its outline starts and
     * ends (the advance box where the font has no outline for it).
     */
    public record Glyph(String text, float x, float y, float width, float size, String font, float inkLeft,
            float inkRight) {
        public Glyph(String text, float x, float y, float width, float size, String font) {
            this(text, x, y, width, size, font, x, x + width);
        }

        public float right() {
            return x + width;
        }
    }

    /** Glyphs sharing a baseline, left to right. */
    public record Line(int page, float y, List<Glyph> glyphs) {
        public String text() {
            return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        }

        public float left() {
            return glyphs.get(0).x();
        }

        /** Where the last visible glyph ends (a tagged PDF also paints its spaces). */
        public float right() {
            for (int i = glyphs.size() - 1; i >= 0; i--) {
                if (!glyphs.get(i).text().isBlank()) {
                    return glyphs.get(i).right();
                }
            }
            return glyphs.get(0).x();
        }
    }

    /**
     * One page: its size and its glyphs in reading order. Glyph coordinates are measured from
     * the top-left of the visible page; {@code trimTop} is where the trimmed page starts below
     * it (the print edition shows its bleed and crop marks beyond the trim).
     */
    public record Page(int number, float width, float height, List<Glyph> glyphs, float trimTop) {
        public Page(int number, float width, float height, List<Glyph> glyphs) {
            this(number, width, height, glyphs, 0);
        }

        /** Whether a part opens on this page: its title is the first line, or the second under a label. */
        public boolean opensWith(String title) {
            return lines().stream().limit(2)
                    .anyMatch(line -> SourceText.squeeze(line.text()).equals(SourceText.squeeze(title)));
        }

        /** Lines of this page, top to bottom. */
        public List<Line> lines() {
            Map<Integer, List<Glyph>> byBaseline = new HashMap<>();
            List<Integer> order = new ArrayList<>();
            for (Glyph glyph : glyphs) {
                int key = Math.round(glyph.y() * 2);
                Integer match = null;
                for (Integer existing : order) {
                    if (Math.abs(existing - key) <= 1) {
                        match = existing;
                        break;
                    }
                }
                if (match == null) {
                    order.add(key);
                    byBaseline.put(key, new ArrayList<>());
                    match = key;
                }
                byBaseline.get(match).add(glyph);
            }
            return order.stream().sorted()
                    .map(k -> new Line(number, k / 2f, byBaseline.get(k).stream()
                            .sorted(Comparator.comparing(Glyph::x)).toList()))
                    .toList();
        }

        public String text() {
            return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
        }
    }

    private final List<Page> pages;

    private PdfGlyphs(List<Page> pages) {
        this.pages = pages;
    }

    public static PdfGlyphs read(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return read(document);
        }
    }

    /**
     * A hyphen FOP painted where it hyphenated a word at a line's end: not text of the source. A
     * glyph's text is this character in its place (it is painted, and a line's measure counts it;
     * {@link SourceText#squeeze} drops it).
     */
    public static final String HYPHENATION = "\u00AD";

    public static PdfGlyphs read(PDDocument document) throws IOException {
        // Outline extents per font and code, in glyph units (1/1000 em).
        Map<String, float[]> inks = new HashMap<>();
        boolean tagged = document.getDocumentCatalog().getStructureTreeRoot() != null;
        // Where each page's glyphs start among them all.
        List<Integer> pageStarts = new ArrayList<>();
        // The glyphs of every page in order, and the marked sequence with an ActualText each was
        // painted in, if any: a word hyphenated at a page's foot goes on on the next page.
        List<Glyph> glyphs = new ArrayList<>();
        List<ActualText> sequences = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            Map<TextPosition, ActualText> sequenceOf = new java.util.IdentityHashMap<>();
            pageStarts.add(glyphs.size());
            PDFTextStripper stripper = new PDFTextStripper() {
                /** The open marked sequences, innermost first; null for one without an ActualText. */
                private final java.util.Deque<java.util.Optional<ActualText>> open = new java.util.ArrayDeque<>();

                /**
                 * PDFBox gives a sequence's ActualText to its first glyph and drops the others
                 * (the words after a space are lost): the glyphs are read as painted, and the
                 * ActualText kept beside them.
                 */
                @Override
                public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
                    ActualText actual = null;
                    if (properties != null && properties.containsKey(COSName.ACTUAL_TEXT)) {
                        actual = new ActualText(properties.getString(COSName.ACTUAL_TEXT));
                        COSDictionary without = new COSDictionary(properties);
                        without.removeItem(COSName.ACTUAL_TEXT);
                        properties = without;
                    }
                    open.push(java.util.Optional.ofNullable(actual));
                    super.beginMarkedContentSequence(tag, properties);
                }

                @Override
                public void endMarkedContentSequence() {
                    open.poll();
                    super.endMarkedContentSequence();
                }

                @Override
                protected void processTextPosition(TextPosition text) {
                    open.stream().flatMap(java.util.Optional::stream).findFirst().ifPresent(actual -> sequenceOf.put(text, actual));
                    super.processTextPosition(text);
                }

                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        float[] ink = ink(inks, p.getFont(), p.getCharacterCodes());
                        float x = p.getXDirAdj();
                        float em = p.getFontSize() / 1000;
                        glyphs.add(new Glyph(painted(p), x, p.getYDirAdj(), p.getWidthDirAdj(), p.getFontSize(),
                                p.getFont().getName(), ink == null ? x : x + ink[0] * em,
                                ink == null ? x + p.getWidthDirAdj() : x + ink[1] * em));
                        sequences.add(sequenceOf.get(p));
                    }
                }
            };
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            stripper.setSortByPosition(false);
            stripper.getText(document);
        }
        markHyphenation(glyphs, sequences, tagged);
        pageStarts.add(glyphs.size());
        List<Page> pages = new ArrayList<>();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            var page = document.getPage(i - 1);
            var box = page.getCropBox();
            float trimTop = box.getUpperRightY() - page.getTrimBox().getUpperRightY();
            pages.add(new Page(i, box.getWidth(), box.getHeight(), List.copyOf(glyphs.subList(pageStarts.get(i - 1), pageStarts.get(i))), trimTop));
        }
        return new PdfGlyphs(pages);
    }

    /**
     * The text of the glyph painted (its font's ToUnicode), not a marked sequence's ActualText,
     * which PDFBox gives the sequence's first glyph whole and the others as nothing: a line's
     * glyphs are measured one by one.
     */
    private static String painted(TextPosition p) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int code : p.getCharacterCodes()) {
            String unicode = p.getFont().toUnicode(code);
            if (unicode == null) {
                return p.getUnicode();
            }
            text.append(unicode);
        }
        return text.toString();
    }

    /** A marked sequence's ActualText: what a reader of the tagged PDF gets for its glyphs. */
    private record ActualText(String text) {
    }

    /**
     * Marks FOP's hyphens ({@link #HYPHENATION}) among the glyphs of every page, in order. In a
     * tagged PDF they are known: the hyphen that ends a sequence whose ActualText leaves it out
     * (FOP's, for a hyphenated line). An untagged PDF (the print edition) has no such mark, and a
     * hyphen after a letter that ends its line, before a lower-case letter at its size (on the
     * next line, or the next page past the folio), is taken for FOP's; an author's (「post-」
     * before 「commands」) reads as one word too.
     */
    private static void markHyphenation(List<Glyph> glyphs, List<ActualText> sequences, boolean tagged) {
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph g = glyphs.get(i);
            if (!g.text().equals("-")) {
                continue;
            }
            boolean hyphenation;
            if (tagged) {
                ActualText sequence = sequences.get(i);
                hyphenation = sequence != null && !sequence.text().endsWith("-")
                        && (i + 1 == glyphs.size() || sequences.get(i + 1) != sequence);
            } else {
                Glyph next = null;
                for (int j = i + 1; j < glyphs.size() && next == null; j++) {
                    Glyph candidate = glyphs.get(j);
                    if (Math.abs(candidate.size() - g.size()) < 0.05f && !candidate.text().isBlank()) {
                        next = candidate;
                    }
                }
                hyphenation = next != null && startsWith(glyphs.get(i - 1), Character::isLetter)
                        && (Math.abs(next.y() - g.y()) > g.size() / 2 || next.x() < g.x())
                        && startsWith(next, Character::isLowerCase);
            }
            if (hyphenation) {
                glyphs.set(i, new Glyph(HYPHENATION, g.x(), g.y(), g.width(), g.size(), g.font(), g.inkLeft(), g.inkRight()));
            }
        }
    }

    private static boolean startsWith(Glyph glyph, java.util.function.IntPredicate kind) {
        return !glyph.text().isEmpty() && kind.test(glyph.text().codePointAt(0));
    }

    /** Where a glyph's outline starts and ends, in 1/1000 em; null without an outline. */
    private static float[] ink(Map<String, float[]> inks, PDFont font, int[] codes) throws IOException {
        if (codes == null || codes.length != 1 || !(font instanceof PDVectorFont vector)) {
            return null;
        }
        String key = font.getName() + "/" + codes[0];
        if (!inks.containsKey(key)) {
            Rectangle2D bounds = vector.getPath(codes[0]).getBounds2D();
            inks.put(key, bounds.isEmpty() ? null : new float[] {(float) bounds.getMinX(), (float) bounds.getMaxX()});
        }
        return inks.get(key);
    }

    public List<Page> pages() {
        return pages;
    }

    /** The most common glyph size: the body text's. */
    public float bodySize() {
        Map<Float, Long> counts = pages.stream().flatMap(p -> p.glyphs().stream())
                .collect(Collectors.groupingBy(g -> (float) Math.round(g.size() * 10) / 10, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** Footnotes, running heads and folios are set at this fraction of the body size. */
    public static final float NOTE_RATIO = 0.8f;

    /**
     * The main text of the book, as one string: without footnote marks and other small raised
     * figures, and without footnotes, running heads and folios, which interrupt it at page ends.
     */
    public String mainText() {
        float body = bodySize();
        return pages.stream().flatMap(p -> p.glyphs().stream())
                .filter(g -> g.size() >= body * 0.7f && Math.abs(g.size() - body * NOTE_RATIO) > body * 0.02f)
                .map(Glyph::text).collect(Collectors.joining());
    }

    /** The text set at footnote size: footnotes, with running heads and folios among them. */
    public String noteText() {
        float body = bodySize();
        return pages.stream().flatMap(p -> p.glyphs().stream())
                .filter(g -> Math.abs(g.size() - body * NOTE_RATIO) <= body * 0.02f)
                .map(Glyph::text).collect(Collectors.joining());
    }

    public String text() {
        return pages.stream().map(Page::text).collect(Collectors.joining());
    }
}
