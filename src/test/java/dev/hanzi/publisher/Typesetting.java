package dev.hanzi.publisher;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Measures a PDF's typesetting against clreq, from glyph positions: the lines of justified
 * paragraphs, line starts and ends, gaps between scripts, compressed punctuation. Every rule's
 * measurement returns the violations it found, as readable strings.
 */
public final class Typesetting {
    public static final String NO_LINE_START = "，。、；：？！）】》」』〉〕”’…—·";
    public static final String NO_LINE_END = "（【《「『〈〔“‘";
    public static final String CLOSING = "，。、；：？！）》」』】〕〉〗］｝”’";
    public static final String OPENING = "（《「『【〔〈〖［｛“‘";

    /**
     * A line of running text: its glyphs, where it stands in its paragraph, and its right edge
     * (a footnote mark at the end of the line counts: it is smaller, so not among the glyphs).
     */
    public record TextLine(PdfGlyphs.Line line, float size, boolean first, boolean last, float right) {
        public String text() {
            return line.text();
        }

        public String where() {
            return "page " + line.page() + " “" + abbreviate(text()) + "”";
        }
    }

    private final PdfGlyphs pdf;
    private final float body;
    /** The first page measured: running text before it (front matter) is not. */
    private final int firstPage;
    /**
     * The last page measured: the page before the index (索引), whose two columns these
     * measurements of one column of lines would read as lines across the page.
     */
    private final int lastPage;

    public Typesetting(PdfGlyphs pdf) {
        this(pdf, pdf.bodySize(), 1);
    }

    /**
     * Measures running text from the given page on, at the given body size: a document whose
     * front matter outweighs its text (a handbook chapter published with the handbook's legal
     * notices, set smaller) has its body size in its divisions, not in its most common glyph size.
     */
    public Typesetting(PdfGlyphs pdf, float body, int firstPage) {
        this.pdf = pdf;
        this.body = body;
        this.firstPage = firstPage;
        this.lastPage = pdf.pages().stream().filter(page -> page.opensWith("索引")).findFirst()
                .map(page -> page.number() - 1).orElse(pdf.pages().size());
    }

    public float bodySize() {
        return body;
    }

    /**
     * Running-text lines set at the given size in the serif face, in reading order. Body
     * paragraphs open with a 2 em indent; footnotes open at the margin with their number and
     * continue under their text, 1.6 em in.
     */
    public List<TextLine> lines(float size) {
        boolean notes = size < body * 0.9f;
        // The notes' number column: 1.8 em from the 10th note on (footnote.list in attributes.xsl).
        return lines(size, notes ? 0 : 2 * size, notes ? continuationIndent(size) : 0);
    }

    /** Where footnote text continues: the most common indent of note lines from their page's margin. */
    private float continuationIndent(float size) {
        List<Float> indents = new ArrayList<>();
        for (PdfGlyphs.Page page : pdf.pages()) {
            List<Float> lefts = page.lines().stream()
                    .filter(l -> !l.glyphs().isEmpty() && Math.abs(l.glyphs().get(0).size() - size) < 0.05f)
                    .map(PdfGlyphs.Line::left).toList();
            float margin = lefts.stream().min(Float::compare).orElse(0f);
            lefts.stream().map(l -> l - margin).filter(i -> i > 0.5f && i < 3 * size).forEach(indents::add);
        }
        float indent = mode(indents);
        return indent > 0 ? indent : 1.6f * size;
    }

    /** The lines holding running text of the given size in the serif face (and inline code in it), in reading order. */
    private List<PdfGlyphs.Line> rawLines(float size) {
        List<PdfGlyphs.Line> raw = new ArrayList<>();
        for (PdfGlyphs.Page page : pdf.pages().subList(firstPage - 1, lastPage)) {
            // The text's face at its size, and inline code in it: a line may open or end with a
            // path or a command. (Measured from the serif alone, a line opening with code seemed
            // indented, so was skipped, and the line above it taken for its paragraph's last.)
            PdfGlyphs.Page filtered = new PdfGlyphs.Page(page.number(), page.width(), page.height(),
                    page.glyphs().stream().filter(g -> Math.abs(g.size() - size) < 0.05f && g.font().contains("Serif")
                            || isCode(g, size))
                            .toList(), page.trimTop());
            // A line all in bold is a list's term or a run-in heading, not running text: taken
            // for a continuation at the margin it would make the paragraph above it seem unfinished.
            // A line of code alone is a listing's.
            raw.addAll(filtered.lines().stream().filter(l -> l.glyphs().stream()
                    .anyMatch(g -> Math.abs(g.size() - size) < 0.05f && g.font().contains("Serif") && !g.text().isBlank()))
                    .filter(l -> !l.glyphs().stream().filter(g -> !g.text().isBlank()).allMatch(g -> g.font().contains("Bold")))
                    .toList());
        }
        return raw;
    }

    /** The text column's left edge per page parity, for paragraphs with the given first-line indent. */
    private Map<Integer, Float> leftMargins(List<PdfGlyphs.Line> raw, float firstIndent) {
        // The column's edges, per page parity (facing pages may mirror them).
        Map<Integer, Float> left = new TreeMap<>();
        for (int parity = 0; parity < 2; parity++) {
            final int p = parity;
            List<PdfGlyphs.Line> side = raw.stream().filter(l -> l.page() % 2 == p).toList();
            float common = mode(side.stream().map(PdfGlyphs.Line::left).toList());
            // In a short book most lines may be first lines: lines a first-line indent further
            // left show where the margin is.
            boolean indented = firstIndent > 0 && side.stream().anyMatch(l -> Math.abs(l.left() - (common - firstIndent)) < 0.6f);
            float margin = indented ? common - firstIndent : common;
            // On pages of boxed text (notes, tips) the boxes' lines may outnumber the body's: the
            // margin is the leftmost place where a tenth of the lines start.
            Map<Float, Long> starts = side.stream().collect(Collectors.groupingBy(l -> Math.round(l.left() * 2) / 2f,
                    TreeMap::new, Collectors.counting()));
            for (Map.Entry<Float, Long> start : starts.entrySet()) {
                if (start.getKey() < margin - 0.6f && start.getValue() >= Math.max(3, side.size() / 10)) {
                    margin = start.getKey();
                    break;
                }
            }
            left.put(parity, margin);
        }
        return left;
    }

    private List<TextLine> lines(float size, float firstIndent, float continuationIndent) {
        List<PdfGlyphs.Line> raw = rawLines(size);
        Map<Integer, Float> left = leftMargins(raw, firstIndent);
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            PdfGlyphs.Line line = raw.get(i);
            float l = left.get(line.page() % 2);
            boolean first = Math.abs(start(line, size) - (l + firstIndent)) < 0.6f;
            boolean continuation = startsAt(line, l + continuationIndent, size);
            if (!first && !continuation) {
                continue;
            }
            boolean last = true;
            if (i + 1 < raw.size()) {
                PdfGlyphs.Line next = raw.get(i + 1);
                float nl = left.get(next.page() % 2);
                boolean nextContinues = startsAt(next, nl + continuationIndent, size);
                boolean adjacent = next.page() == line.page() ? next.y() - line.y() < size * 2.2f
                        : next.page() == line.page() + 1;
                last = !(nextContinues && adjacent) || interrupted(line, next, size);
            }
            PdfGlyphs.Page page = pdf.pages().get(line.page() - 1);
            float edge = line.right();
            for (PdfGlyphs.Glyph g : page.glyphs()) {
                if (g.size() < size * 0.8f && g.y() < line.y() && g.y() > line.y() - size && g.x() >= line.left()) {
                    edge = Math.max(edge, g.right());
                }
            }
            lines.add(new TextLine(line, size, first, last, edge));
        }
        return lines;
    }

    /**
     * Running-text lines set in from the margin: list items (the first line after its label, ●,
     * 1., ❶, the others under it) and the paragraphs of framed boxes and quotes. A line continues
     * the one above when it starts where that one does, close below it, with no label before it
     * and nothing between. A list item's lines are justified when they reach the body's right
     * margin; a box's, when at least two of its lines end at one edge (its own measure), which
     * its other full lines reach.
     */
    public List<TextLine> setInLines(float size) {
        List<PdfGlyphs.Line> raw = rawLines(size);
        Map<Integer, Float> left = leftMargins(raw, 2 * size);
        Map<Integer, Float> right = rightMargins(lines(size));
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); ) {
            PdfGlyphs.Line first = raw.get(i);
            if (itemStart(first, size) <= left.get(first.page() % 2) + 0.6f) {
                i++;
                continue;
            }
            // The block: this line and those that continue it.
            List<PdfGlyphs.Line> block = new ArrayList<>(List.of(first));
            while (i + block.size() < raw.size() && continues(block.get(block.size() - 1), raw.get(i + block.size()), size)) {
                block.add(raw.get(i + block.size()));
            }
            i += block.size();
            List<PdfGlyphs.Line> full = block.subList(0, block.size() - 1);
            // A box's edge: where most of its full lines end (a line ending in a mark may reach past it).
            float edge = mode(full.stream().map(l -> Math.round(l.right() * 2) / 2f).toList());
            boolean item = labelled(first, size);
            boolean boxed = !item && full.stream().filter(l -> Math.abs(edge - l.right()) < 0.6f * size).count() >= 2;
            for (int j = 0; j < block.size(); j++) {
                PdfGlyphs.Line line = block.get(j);
                boolean last = j == block.size() - 1;
                boolean justified = line.right() >= right.get(line.page() % 2) - 0.6f * size
                        || boxed && line.right() > edge - 0.6f * size;
                if ((item || boxed) && (last || justified)) {
                    lines.add(new TextLine(line, size, j == 0, last, line.right()));
                }
            }
        }
        return lines;
    }

    /** Whether the next line goes on with a list item's line: where it starts, just below it, unlabelled. */
    private boolean continues(PdfGlyphs.Line line, PdfGlyphs.Line next, float size) {
        boolean adjacent = next.page() == line.page() ? next.y() - line.y() < size * 2.2f : next.page() == line.page() + 1;
        return adjacent && Math.abs(itemStart(next, size) - itemStart(line, size)) < 0.6f && !labelled(next, size)
                && !interrupted(line, next, size);
    }

    /**
     * Where the text after a line's label starts: the label a run of glyphs of its kind (at most
     * six), then white of at least {@code gap}; the index of the first glyph of text, or -1 when
     * the line opens with no such label.
     */
    private static int afterLabel(List<PdfGlyphs.Glyph> glyphs, Predicate<String> labelGlyph, float gap) {
        int i = 0;
        while (i < glyphs.size() && i < 6 && !glyphs.get(i).text().isBlank() && labelGlyph.test(glyphs.get(i).text())) {
            i++;
        }
        int text = i;
        while (text < glyphs.size() && glyphs.get(text).text().isBlank()) {
            text++;
        }
        return i > 0 && text < glyphs.size() && glyphs.get(text).x() - glyphs.get(i - 1).right() >= gap ? text : -1;
    }

    /**
     * The label that opens a list item's first line: a bullet or a callout's mark (●, ❶), or an
     * item's number (1. 2）(3)), set apart from the text; the index of its first glyph of text, or -1.
     */
    private static int afterItemLabel(PdfGlyphs.Line line, float size) {
        return afterLabel(line.glyphs(), t -> isLabel(t) || t.matches("[0-9a-zA-Z.．)）(（]"), 0.3f * size);
    }

    /** Where a list item's text starts on the line: after its label, if it opens the item. */
    private float itemStart(PdfGlyphs.Line line, float size) {
        int text = afterItemLabel(line, size);
        return text > 0 ? line.glyphs().get(text).x() : start(line, size);
    }

    /** Whether a label (a bullet, an item's number) opens the line, in it or before it on its baseline. */
    private boolean labelled(PdfGlyphs.Line line, float size) {
        return afterItemLabel(line, size) > 0 || pdf.pages().get(line.page() - 1).glyphs().stream()
                .anyMatch(g -> !g.text().isBlank() && g.size() >= size * 0.85f && Math.abs(g.y() - line.y()) < 1
                        && g.right() < line.left() - 0.4f * size && g.right() > line.left() - 3 * size);
    }

    /**
     * Whether text of another kind stands between two lines of the face measured: a list's term,
     * a heading, code or a table (in another face or size) ends the paragraph above it, though
     * the next line starts at the margin. Across a page: anything at about the text's size below
     * the line or above the next (running heads and folios are smaller).
     */
    private boolean interrupted(PdfGlyphs.Line line, PdfGlyphs.Line next, float size) {
        Predicate<PdfGlyphs.Glyph> text = g -> !g.text().isBlank() && g.size() >= size * 0.85f;
        // A bullet in the text's own face opens the next line: a new item, whatever its width.
        if (!next.glyphs().isEmpty() && BULLETS.contains(next.glyphs().get(0).text())) {
            return true;
        }
        // A references list's number, [n], opens the next entry (GB/T 7714's numbered list): the
        // label stands at the margin, where the entry above it seems to continue.
        if (REFERENCE_LABEL.matcher(SourceText.squeeze(next.text())).lookingAt()) {
            return true;
        }
        // A label before the next line (a bullet, an item's number, a callout's mark) opens a new
        // item: paragraphs of a list or of callouts are not indented, so nothing else tells them.
        if (pdf.pages().get(next.page() - 1).glyphs().stream().filter(text)
                .anyMatch(g -> Math.abs(g.y() - next.y()) < 1 && g.right() < next.left() - 0.4f * size)) {
            return true;
        }
        if (next.page() == line.page()) {
            return pdf.pages().get(line.page() - 1).glyphs().stream().filter(text)
                    .anyMatch(g -> g.y() > line.y() + 1 && g.y() < next.y() - 1);
        }
        return pdf.pages().get(line.page() - 1).glyphs().stream().filter(text).anyMatch(g -> g.y() > line.y() + 1)
                || pdf.pages().get(next.page() - 1).glyphs().stream().filter(text).anyMatch(g -> g.y() < next.y() - 1);
    }

    /**
     * Whether a line starts at the given margin: its first glyph there, or an opening mark whose
     * ink is (a mark at the start of a line is trimmed to its ink, issue 13).
     */
    private boolean startsAt(PdfGlyphs.Line line, float margin, float size) {
        PdfGlyphs.Glyph first = line.glyphs().get(0);
        return Math.abs(start(line, size) - margin) < 0.6f
                || OPENING.contains(first.text()) && Math.abs(first.inkLeft() - margin) <= EDGE * size;
    }

    /** The label of a references list's entry (xsl/fo/bibliography.xsl): [1], [12]. */
    private static final java.util.regex.Pattern REFERENCE_LABEL = java.util.regex.Pattern.compile("\\[\\d+\\]");

    /** The bullets of itemized lists (xsl/common/l10n: list-bullet-1 to 3). */
    private static final String BULLETS = "●○■";

    /**
     * Where a line starts: its first glyph, or a word in another face at the text's size before
     * it (an application's name in the sans, 「NanoBSD映像…」), not a label.
     */
    private float start(PdfGlyphs.Line line, float size) {
        float left = line.left();
        for (PdfGlyphs.Glyph g : pdf.pages().get(line.page() - 1).glyphs()) {
            if (g.x() < left && Math.abs(g.y() - line.y()) < 0.5f && Math.abs(g.size() - size) < 0.05f
                    && !g.text().isBlank() && !g.font().contains("Bold") && !isLabel(g.text())) {
                left = g.x();
            }
        }
        return left;
    }

    /** A callout's or a list's label (❶, ●): it stands before a line, it does not start it. */
    private static boolean isLabel(String text) {
        int c = text.codePointAt(0);
        return c >= 0x2000 && !Character.isLetterOrDigit(c);
    }

    /**
     * A glyph of inline code in running text of the given size: the monospaced face's Latin, half
     * an em wide. (Its PDF name does not say monospaced: Noto's OTFs name it as the sans, and
     * flag every face fixed-pitch. A label in the sans, 附录A in the contents, is not code.)
     */
    static boolean isCode(PdfGlyphs.Glyph g, float size) {
        return !g.font().contains("Serif") && !g.font().contains("Bold") && Math.abs(g.size() - size) < 0.05f
                && Math.abs(g.width() - size / 2) < 0.01f * size;
    }

    /** How far the ink of a mark at a line's edge may stand from the margin (em). */
    public static final float EDGE = 0.15f;
    /** A line whose Han characters are this close to one em apart (median, em) is on the grid. */
    public static final float ON_GRID = 0.03f;

    /** The right margin per page parity: where most justified lines end. */
    private Map<Integer, Float> rightMargins(List<TextLine> lines) {
        Map<Integer, Float> right = new TreeMap<>();
        for (int parity = 0; parity < 2; parity++) {
            final int p = parity;
            right.put(parity, mode(lines.stream().filter(l -> l.line().page() % 2 == p && !l.last())
                    .map(TextLine::right).toList()));
        }
        return right;
    }

    /** The last glyph of a line at the line's own size (a footnote mark after it does not count). */
    private static PdfGlyphs.Glyph lastGlyph(TextLine line) {
        List<PdfGlyphs.Glyph> glyphs = line.line().glyphs();
        for (int i = glyphs.size() - 1; i >= 0; i--) {
            if (!glyphs.get(i).text().isBlank()) {
                return glyphs.get(i);
            }
        }
        return glyphs.get(0);
    }

    /**
     * Justified lines that end short of, or beyond, the right edge (every line but a paragraph's
     * last). A line ending in a stop or closing mark ends where the mark's ink does (trimmed) or
     * its advance (kept full width, or hanging beyond); a footnote line may be set ragged-right
     * when justifying it would space its Han characters apart, so a short note line on the grid
     * is not ragged.
     */
    public List<String> raggedLines(float size, float tolerance) {
        List<TextLine> lines = lines(size);
        boolean notes = size < body * 0.9f;
        // Notes share the body's measure; most of their lines may be set ragged.
        Map<Integer, Float> right = rightMargins(notes ? lines(body) : lines);
        return lines.stream().filter(l -> !l.last())
                .filter(l -> {
                    float margin = right.get(l.line().page() % 2);
                    PdfGlyphs.Glyph last = lastGlyph(l);
                    boolean mark = CLOSING.contains(last.text()) && l.right() == last.right();
                    // A mark at the end: its ink at the margin (trimmed), its half-width box there
                    // (trimmed, where its ink is not known: Typst's PDFs), or its box beyond (hanging).
                    boolean flush = Math.abs(l.right() - margin) <= tolerance
                            || mark && (Math.abs(last.inkRight() - margin) <= EDGE * size
                                    || Math.abs(last.x() + last.width() / 2 - margin) <= tolerance
                                    || Math.abs(last.x() - margin) <= tolerance);
                    boolean setRagged = notes && l.right() < margin && hanAdvanceMedian(l).map(m -> m <= ON_GRID).orElse(true);
                    return !flush && !setRagged;
                })
                .map(l -> String.format("%s ends at %.2f, the measure at %.2f", l.where(), l.right(),
                        right.get(l.line().page() % 2)))
                .toList();
    }

    /** The median of (advance / size − 1) between adjacent Han characters of a line, with at least 8 pairs. */
    private java.util.Optional<Float> hanAdvanceMedian(TextLine line) {
        List<Float> excess = new ArrayList<>();
        List<PdfGlyphs.Glyph> glyphs = line.line().glyphs();
        for (int i = 0; i + 1 < glyphs.size(); i++) {
            if (isHan(glyphs.get(i).text()) && isHan(glyphs.get(i + 1).text())
                    && !markBetween(line, glyphs.get(i), glyphs.get(i + 1))) {
                excess.add((glyphs.get(i + 1).x() - glyphs.get(i).x()) / line.size() - 1);
            }
        }
        if (excess.size() < 8) {
            return java.util.Optional.empty();
        }
        List<Float> sorted = excess.stream().sorted().toList();
        int n = sorted.size();
        return java.util.Optional.of(n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2);
    }

    /**
     * The grid (issue 13): for every justified line with at least 8 adjacent Han pairs, the median
     * of (advance between the two / size − 1), in em. A line is on the grid within {@link #ON_GRID}.
     */
    public List<Measured> gridExcess(float size) {
        return gridExcess(lines(size));
    }

    /**
     * The same for the lines of list items, boxes and quotes ({@link #setInLines}): running text
     * set by the same rules, once left out of the measure; kept apart, so that what their boxes
     * allow does not hide a paragraph of the body spread as far.
     */
    public List<Measured> setInGridExcess(float size) {
        return gridExcess(setInLines(size));
    }

    private List<Measured> gridExcess(List<TextLine> lines) {
        List<Measured> medians = new ArrayList<>();
        for (TextLine line : lines) {
            if (!line.last()) {
                hanAdvanceMedian(line).ifPresent(m -> medians.add(new Measured(line.where(), m)));
            }
        }
        return medians;
    }

    /**
     * Justified lines whose Han characters part past the grid, with the spaces between their
     * Latin words (em, from a word's last glyph to the next word's first, a space glyph between).
     */
    public List<Map.Entry<TextLine, List<Float>>> spreadLinesWithWordSpaces(float size) {
        List<Map.Entry<TextLine, List<Float>>> spread = new ArrayList<>();
        for (TextLine line : lines(size)) {
            if (line.last() || hanAdvanceMedian(line).map(m -> m <= ON_GRID).orElse(true)) {
                continue;
            }
            List<PdfGlyphs.Glyph> glyphs = line.line().glyphs();
            List<Float> spaces = new ArrayList<>();
            for (int i = 1; i + 1 < glyphs.size(); i++) {
                PdfGlyphs.Glyph before = glyphs.get(i - 1);
                PdfGlyphs.Glyph after = glyphs.get(i + 1);
                if (glyphs.get(i).text().isBlank() && isWestern(before.text()) && isWestern(after.text())) {
                    spaces.add((after.x() - before.right()) / size);
                }
            }
            if (!spaces.isEmpty()) {
                spread.add(Map.entry(line, spaces));
            }
        }
        return spread;
    }

    /** Lines continuing a paragraph that open with an opening mark: its ink's distance from the margin, em. */
    public List<Measured> openingEdges(float size) {
        List<TextLine> lines = lines(size);
        boolean notes = size < body * 0.9f;
        float indent = notes ? continuationIndent(size) : 0;
        Map<Integer, Float> left = new TreeMap<>();
        for (int parity = 0; parity < 2; parity++) {
            final int p = parity;
            left.put(parity, mode(lines.stream().filter(l -> l.line().page() % 2 == p && !l.first())
                    .map(l -> l.line().left()).toList()));
        }
        // A note's first line opens after its number, in the column of the note's other lines.
        return lines.stream().filter(l -> !l.first() || notes)
                .map(l -> new Object() {
                    final TextLine line = l;
                    final PdfGlyphs.Glyph opening = l.first() ? afterNoteNumber(l.line().glyphs(), size) : l.line().glyphs().get(0);
                })
                .filter(o -> o.opening != null && OPENING.contains(o.opening.text()))
                .map(o -> new Measured(o.line.where(), (o.opening.inkLeft()
                        - (left.get(o.line.line().page() % 2) + (notes ? 0 : indent))) / size))
                .toList();
    }

    /** The first glyph after a note's number (digits, then more than an em of white); null when there is none. */
    private static PdfGlyphs.Glyph afterNoteNumber(List<PdfGlyphs.Glyph> glyphs, float size) {
        int text = afterLabel(glyphs, t -> t.matches("\\d"), size);
        return text < 0 ? null : glyphs.get(text);
    }

    /** Justified lines that end with a stop or closing mark: its ink's distance from the right margin, em. */
    public List<Measured> closingEdges(float size) {
        List<TextLine> lines = lines(size);
        Map<Integer, Float> right = rightMargins(lines);
        return lines.stream().filter(l -> !l.last() && CLOSING.contains(lastGlyph(l).text()) && l.right() == lastGlyph(l).right())
                .map(l -> new Measured(l.where(), (lastGlyph(l).inkRight() - right.get(l.line().page() % 2)) / size))
                .toList();
    }

    /**
     * Han–Latin gaps in every line set at one of the given sizes, whatever its face: body text,
     * notes and running heads, captions and table cells, the contents (em of the line's size).
     */
    public List<Measured> hanWesternGapsEverywhere(List<Float> sizes) {
        List<Measured> gaps = new ArrayList<>();
        for (PdfGlyphs.Page page : pdf.pages().subList(0, lastPage)) {
            for (PdfGlyphs.Line line : page.lines()) {
                List<PdfGlyphs.Glyph> glyphs = line.glyphs();
                for (int i = 0; i + 1 < glyphs.size(); i++) {
                    PdfGlyphs.Glyph a = glyphs.get(i);
                    PdfGlyphs.Glyph b = glyphs.get(i + 1);
                    boolean sized = sizes.stream().anyMatch(z -> Math.abs(a.size() - z) < 0.05f && Math.abs(b.size() - z) < 0.05f);
                    if (sized && (isHan(a.text()) && opensWestern(glyphs, i + 1) || isWestern(a.text()) && isHan(b.text()))) {
                        gaps.add(new Measured("page " + page.number() + " “" + abbreviate(line.text()) + "” " + a.text()
                                + b.text(), (b.x() - a.right()) / a.size()));
                    }
                }
            }
        }
        return gaps;
    }

    /** Lines starting or ending with a mark that clreq forbids there. */
    public List<String> kinsokuViolations(float size) {
        List<String> violations = new ArrayList<>();
        List<TextLine> lines = lines(size);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (NO_LINE_START.indexOf(text.charAt(0)) >= 0 && !lines.get(i).first()) {
                violations.add(lines.get(i).where() + " starts with " + text.charAt(0));
            }
            if (NO_LINE_END.indexOf(text.charAt(text.length() - 1)) >= 0) {
                violations.add(lines.get(i).where() + " ends with " + text.charAt(text.length() - 1));
            }
            if (i + 1 < lines.size() && !lines.get(i).last()) {
                String next = lines.get(i + 1).text().strip();
                for (String pair : List.of("——", "……")) {
                    if (text.endsWith(pair.substring(1)) && !text.endsWith(pair) && next.startsWith(pair.substring(1))) {
                        violations.add(lines.get(i).where() + " splits " + pair);
                    }
                }
            }
        }
        return violations;
    }

    /** Gaps between Han characters and Latin letters or digits, in em. */
    public List<Measured> hanWesternGaps(float size) {
        return adjacentGaps(size, (a, b) -> (isHan(a) && isWestern(b)) || (isWestern(a) && isHan(b)));
    }

    /** Gaps between full-width punctuation and Latin letters or digits, in em. */
    public List<Measured> punctuationWesternGaps(float size) {
        return adjacentGaps(size, (a, b) -> (isFullWidthMark(a) && isWestern(b)) || (isWestern(a) && isFullWidthMark(b)));
    }

    /** A measurement and where it was taken. */
    public record Measured(String where, float value) {
        @Override
        public String toString() {
            return String.format("%s: %.3f", where, value);
        }
    }

    /** The advance of the first mark of each adjacent pair of full-width marks, in em. */
    /**
     * The same on every line of every page at the given size, whatever it is part of: list
     * items, tables, headings and captions too (lines() takes the running text of paragraphs).
     */
    public List<Measured> adjacentMarkAdvancesEverywhere(float size) {
        List<Measured> advances = new ArrayList<>();
        for (PdfGlyphs.Page page : pdf.pages().subList(firstPage - 1, lastPage)) {
            for (PdfGlyphs.Line line : page.lines()) {
                List<PdfGlyphs.Glyph> glyphs = line.glyphs();
                for (int i = 0; i + 1 < glyphs.size(); i++) {
                    PdfGlyphs.Glyph a = glyphs.get(i);
                    PdfGlyphs.Glyph b = glyphs.get(i + 1);
                    // (A note's raised mark between the two keeps its room.)
                    boolean noteMark = page.glyphs().stream().anyMatch(g -> g.size() < size * 0.8f
                            && g.x() >= a.x() && g.x() < b.x() && g.y() < line.y() && g.y() > line.y() - size);
                    if (isFullWidthMark(a.text()) && isFullWidthMark(b.text()) && (CLOSING.contains(a.text()) || OPENING.contains(b.text()))
                            && Math.abs(a.size() - size) < 0.05f && Math.abs(b.size() - size) < 0.05f && !noteMark) {
                        advances.add(new Measured("page " + page.number() + " “" + abbreviate(line.text().strip()) + "” "
                                + a.text() + b.text(), (b.x() - a.x()) / size));
                    }
                }
            }
        }
        return advances;
    }

    public List<Measured> adjacentMarkAdvances(float size) {
        List<Measured> advances = new ArrayList<>();
        for (TextLine line : lines(size)) {
            List<PdfGlyphs.Glyph> glyphs = line.line().glyphs();
            for (int i = 0; i + 1 < glyphs.size(); i++) {
                String a = glyphs.get(i).text();
                String b = glyphs.get(i + 1).text();
                // Only pairs with an empty half between them can close up (clreq 3.1.6).
                if (isFullWidthMark(a) && isFullWidthMark(b) && (CLOSING.contains(a) || OPENING.contains(b))
                        && !markBetween(line, glyphs.get(i), glyphs.get(i + 1))) {
                    advances.add(new Measured(line.where() + " " + glyphs.get(i).text() + glyphs.get(i + 1).text(),
                            (glyphs.get(i + 1).x() - glyphs.get(i).x()) / size));
                }
            }
        }
        return advances;
    }

    /**
     * Every full-width mark that stands alone between two Han characters inside a line (body,
     * list items and boxes): the advance from the character before it to the one after, in em. A
     * mark that keeps its full width spans two ems with its neighbour, more in a spread line;
     * pinched (Typst and xeCJK take a tight line's slack from lone commas, down to 0.53 em) it
     * spans less. A note's raised mark between them is no neighbour: it adds its own width.
     */
    public List<Measured> loneMarkSpans(float size) {
        List<Measured> spans = new ArrayList<>();
        List<TextLine> all = new ArrayList<>(lines(size));
        all.addAll(setInLines(size));
        for (TextLine line : all) {
            List<PdfGlyphs.Glyph> glyphs = line.line().glyphs();
            for (int i = 1; i + 1 < glyphs.size(); i++) {
                PdfGlyphs.Glyph before = glyphs.get(i - 1);
                PdfGlyphs.Glyph mark = glyphs.get(i);
                PdfGlyphs.Glyph after = glyphs.get(i + 1);
                if (isFullWidthMark(mark.text()) && isHan(before.text()) && isHan(after.text())
                        && Math.abs(mark.size() - size) < 0.05f) {
                    spans.add(new Measured(line.where() + " " + before.text() + mark.text() + after.text(),
                            (after.x() - before.x()) / size));
                }
            }
        }
        return spans;
    }

    /** Last lines of paragraphs with fewer than two characters that are not punctuation (孤字). */
    public List<String> loneCharacterLines(float size) {
        return lines(size).stream().filter(TextLine::last)
                .filter(l -> l.text().codePoints().filter(c -> Character.isLetterOrDigit(c)).count() < 2)
                .map(l -> l.where() + " holds a single character")
                .toList();
    }

    /** Lines of one paragraph set at an uneven pitch (a raised mark pushing a line down). */
    public List<String> unevenLinePitch(float size, float tolerance) {
        List<TextLine> lines = lines(size);
        List<Float> pitches = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).last() && lines.get(i).line().page() == lines.get(i + 1).line().page()) {
                pitches.add(lines.get(i + 1).line().y() - lines.get(i).line().y());
            }
        }
        float pitch = mode(pitches);
        List<String> uneven = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).last() && lines.get(i).line().page() == lines.get(i + 1).line().page()) {
                float gap = lines.get(i + 1).line().y() - lines.get(i).line().y();
                if (Math.abs(gap - pitch) > tolerance) {
                    uneven.add(String.format("%s: next line %.2f pt below, not %.2f", lines.get(i).where(), gap, pitch));
                }
            }
        }
        return uneven;
    }

    private List<Measured> adjacentGaps(float size, java.util.function.BiPredicate<String, String> pair) {
        List<Measured> gaps = new ArrayList<>();
        for (TextLine line : lines(size)) {
            List<PdfGlyphs.Glyph> glyphs = line.line().glyphs();
            for (int i = 0; i + 1 < glyphs.size(); i++) {
                PdfGlyphs.Glyph a = glyphs.get(i);
                PdfGlyphs.Glyph b = glyphs.get(i + 1);
                if (pair.test(a.text(), b.text()) && Math.abs(a.size() - size) < 0.05f && Math.abs(b.size() - size) < 0.05f
                        && !markBetween(line, a, b)) {
                    gaps.add(new Measured(line.where() + " " + a.text() + b.text(), (b.x() - a.right()) / size));
                }
            }
        }
        return gaps;
    }

    /** Whether a footnote mark (a smaller, raised glyph) stands between two glyphs of a line. */
    private boolean markBetween(TextLine line, PdfGlyphs.Glyph a, PdfGlyphs.Glyph b) {
        return pdf.pages().get(line.line().page() - 1).glyphs().stream().anyMatch(g -> g.size() < line.size() * 0.8f
                && g.x() >= a.x() && g.x() < b.x() && g.y() < line.line().y() && g.y() > line.line().y() - line.size());
    }

    public static boolean isHan(String s) {
        return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether Latin text opens at glyph i: a letter or digit, or the marks of an option, a path
     * or a variable before one (-o, --release, ~/.m2, $HOME), which take the quarter em after Han
     * as a letter does.
     */
    static boolean opensWestern(List<PdfGlyphs.Glyph> glyphs, int i) {
        int j = i;
        while (j < glyphs.size() && glyphs.get(j).text().length() == 1 && "-~$/.".contains(glyphs.get(j).text())) {
            j++;
        }
        return j < glyphs.size() && isWestern(glyphs.get(j).text());
    }

    public static boolean isWestern(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c = s.codePointAt(0);
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return (c >= '0' && c <= '9') || (Character.isLetter(c) && (script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.CYRILLIC || script == Character.UnicodeScript.GREEK));
    }

    public static boolean isFullWidthMark(String s) {
        return !s.isEmpty() && (CLOSING + OPENING).indexOf(s.charAt(0)) >= 0;
    }

    static float mode(List<Float> values) {
        return values.stream().collect(Collectors.groupingBy(v -> Math.round(v * 2) / 2f, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<Float, Long>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(0f);
    }

    static String abbreviate(String text) {
        return text.length() <= 16 ? text : text.substring(0, 8) + "…" + text.substring(text.length() - 6);
    }

    static <T> List<T> where(List<T> values, Predicate<T> test) {
        return values.stream().filter(test).toList();
    }
}
