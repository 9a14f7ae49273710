package dev.hanzi.publisher.pdf;

import static dev.hanzi.publisher.style.CharacterClasses.CLOSING;
import static dev.hanzi.publisher.style.CharacterClasses.OPENING;
import static dev.hanzi.publisher.style.CharacterClasses.WESTERN_OPENERS;

import dev.hanzi.publisher.pdf.PagePainting.TextRun;
import dev.hanzi.publisher.pdf.PagePainting.Viewport;
import dev.hanzi.publisher.style.Theme;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spaces each justified Chinese line of a page again, in clreq's order (W3C clreq §3.8), once FOP
 * has decided where lines break:
 * <ol>
 * <li>natural widths: Han characters and punctuation one em each (adjacent marks compressed as the
 * stylesheets set them), a quarter em between Han and Latin letters or digits, Latin words as
 * FOP set them;</li>
 * <li>the edges: an opening mark that starts a line has its ink at the margin, a stop or closing
 * mark that ends a full line is trimmed to its ink (or kept, or hung: {@link PunctuationStyle});</li>
 * <li>what is left to fill goes to the spaces between Latin words (up to half an em wide), then to
 * the Han–Latin spaces (⅛ to ⅓ em), and only then between full-width characters, Han and
 * punctuation alike (not inside a compressed pair): spread over every such gap, a line short by
 * one em stays within the grid's 0.03 em. A footnote line that needs more than the grid allows is
 * set ragged-right instead.</li>
 * <li>before Han characters part by more than 0.1 em (the limit), a trimmed mark that
 * ends the line gets its white back where that brings them within it (the step before
 * the Han gaps). Only there: every such edge stands half an em short of the margin, and the
 * issue wants 97 % of them clean. FOP breaks lines counting a mark at a line's edge half wide
 * (the stylesheets' leaders, xsl/fo/cjk.xsl), so nearly every such line is full with its mark
 * trimmed; the lines that are not are those a word too long for the next line's start left
 * short. A body line that needs more still is spread as FOP would have spread it.</li>
 * </ol>
 * A book that wants full-width ends sets punctuation-style = full.
 * <p>
 * A line's measure is its area's, or, for a line that starts where other lines of a narrower
 * block start (a framed box), where most of those lines end.
 * Lengths are in millipoints, as FOP paints them.
 */
final class LineSpacing {
    /**
     * The most justification adds between two Han characters before the mark that ends the line
     * keeps its white (issue 13: never more than a tenth of an em).
     */
    private static final double HAN_STRETCH = 0.10;
    /**
     * A footnote line that needs more than this between Han characters is set ragged-right: notes
     * are short, and a ragged note reads better than one whose characters leave the grid.
     */
    private static final double NOTE_STRETCH = 0.03;
    /** The Han–Latin space: a quarter em, elastic between an eighth and a third. */
    private static final double HAN_LATIN = 0.25;
    private static final double HAN_LATIN_MIN = 0.125;
    private static final double HAN_LATIN_MAX = 1.0 / 3;
    /** The widest a space between Latin words may grow (clreq: half an em). */
    private static final double WORD_SPACE_MAX = 0.5;
    /** A line FOP justified ends this close to its area's end (millipoints). */
    private static final int FLUSH = 600;
    /** Runs on one baseline (millipoints); raised note marks join the line below them. */
    private static final int SAME_BASELINE = 500;
    /** A gap wider than this (em) is a leader or a tab, not text to space: the line is left alone. */
    private static final double LEADER = 1.5;
    /** A note's number is followed by at least this much white (em): its label column. */
    private static final double LABEL_GAP = 1.0;
    /** Han characters this far apart (em) are separated by padding, not by justification. */
    private static final double PADDED = 0.6;

    private final PunctuationStyle style;
    /** Where the marks have their ink in the face the theme measured; other faces: half an em. */
    private final Theme.PunctuationInk ink;
    /** Where the pass moved glyphs on the page, for the links over them (see {@link #moveLink}). */
    private final List<Moved> moved = new ArrayList<>();

    /** A glyph the pass moved: its baseline, its box where FOP put it and its new left edge. */
    private record Moved(double baseline, double x, double width, double size, double newX) {
    }

    LineSpacing(PunctuationStyle style, Theme.PunctuationInk ink) {
        this.style = style;
        this.ink = ink;
    }

    /** A glyph of a line: its run, where FOP put it, its width, and where it goes. */
    private static final class Glyph {
        final TextRun run;
        final int index;
        final char c;
        final double x;
        final double width;
        final boolean main;
        double newX;

        Glyph(TextRun run, int index, double x, boolean main) {
            this.run = run;
            this.index = index;
            this.c = run.text.charAt(index);
            this.x = x;
            this.width = run.font.getCharWidth(c);
            this.main = main;
        }

        double em() {
            return run.size;
        }
    }

    /** The kinds of gap between two glyphs, by what may absorb slack. */
    private enum Gap {
        RIGID, HAN, HAN_LATIN, WORD
    }

    /** Adjusts every justified line among a page's text runs. */
    void adjust(List<TextRun> runs) {
        List<TextRun> adjustable = runs.stream()
                .filter(r -> r.viewport != null && r.dx != null && r.font != null && r.size > 0 && !r.text.isEmpty()
                        && r.text.chars().noneMatch(c -> Character.isSurrogate((char) c)))
                .toList();
        // Lines: runs on one baseline of one area; the size with most characters is the line's.
        Map<String, List<TextRun>> byBaseline = new LinkedHashMap<>();
        for (TextRun run : adjustable) {
            String key = run.viewport.number() + "/" + Math.round((run.originY + run.y) / SAME_BASELINE);
            byBaseline.computeIfAbsent(key, k -> new ArrayList<>()).add(run);
        }
        List<List<TextRun>> lines = new ArrayList<>();
        List<TextRun> raised = new ArrayList<>();
        for (List<TextRun> line : byBaseline.values()) {
            // A line of a listing is the author's: its columns stay where FOP put them.
            if (line.stream().allMatch(r -> r.code)) {
                continue;
            }
            int size = mainSize(line);
            List<TextRun> main = line.stream().filter(r -> r.size == size).toList();
            raised.addAll(line.stream().filter(r -> r.size < size).toList());
            lines.add(new ArrayList<>(main));
        }
        // A footnote mark, a citation's [n] or a trademark's ® raised by more than the rounding of
        // baselines stands on a baseline of its own: it is a raised run all the same, or the line
        // it sits in reads as padded (and the ® would stay where FOP put it while the word and
        // the Han text after it moved: 「Linux®二」 with the quarter em under the ®).
        for (var it = lines.iterator(); it.hasNext();) {
            List<TextRun> line = it.next();
            // (Set smaller than a footnote's text: a folio or a table's figures are not.)
            if (line.stream().allMatch(r -> r.text.chars().allMatch(c -> Character.isDigit(c) || "[],-–\u200B".indexOf(c) >= 0
                    || TRADEMARK.indexOf(c) >= 0))
                    && lines.stream().anyMatch(
                    other -> other != line && line.get(0).size < other.get(0).size * 0.75 && other.get(0).viewport.equals(line.get(0).viewport))) {
                raised.addAll(line);
                it.remove();
            }
        }
        // A smaller run (a footnote mark) belongs to the line whose baseline it stands on or above.
        for (TextRun mark : raised) {
            for (List<TextRun> line : lines) {
                TextRun first = line.get(0);
                double above = (first.originY + first.y) - (mark.originY + mark.y);
                if (first.viewport.equals(mark.viewport) && mark.size < first.size && above >= -SAME_BASELINE
                        && above < first.size * 0.7) {
                    line.add(mark);
                    break;
                }
            }
        }
        if (adjustable.isEmpty()) {
            return;
        }
        // The body's size from running text: a page of listings would otherwise make theirs the body's.
        List<TextRun> prose = adjustable.stream().filter(r -> !r.code).toList();
        int bodySize = mainSize(prose.isEmpty() ? adjustable : prose);
        Map<String, Double> margins = margins(lines);
        Map<String, Double> measures = measures(lines);
        // Found where FOP put them, before the lines move.
        Map<TextRun, List<Integer>> boundarySpaces = new LinkedHashMap<>();
        lines.forEach(line -> boundarySpaces(line, boundarySpaces));
        for (List<TextRun> line : lines) {
            TextRun first = line.get(0);
            adjustLine(line, margins.get(first.viewport.number() + "/" + first.size), measures, first.size < 0.9 * bodySize);
        }
        boundarySpaces.forEach((run, indices) -> indices.stream().sorted(Comparator.reverseOrder()).forEach(run::drop));
    }

    /**
     * The spaces the stylesheets put at Han–Latin boundaries and between a closing and an opening
     * mark so that a line may break there (xsl/fo/cjk.xsl): in the line they are the quarter em
     * or the half em given up, which the line pass sets; in the text layer they are not the
     * author's, who wrote none there (the stylesheets drop any), so they go.
     */
    private static void boundarySpaces(List<TextRun> line, Map<TextRun, List<Integer>> spaces) {
        List<Glyph> all = paintedGlyphs(line);
        for (int i = 1; i + 1 < all.size(); i++) {
            if (boundarySpace(all, i) && all.get(i).run.dx != null) {
                spaces.computeIfAbsent(all.get(i).run, k -> new ArrayList<>()).add(all.get(i).index);
            }
        }
    }

    /**
     * The symbols the stylesheets write after a trademark (common/l10n: trademark-*), before the
     * space to Han text; the service mark's, the letters SM, is Latin to the pass.
     */
    private static final String TRADEMARK = "®™©℠";

    /**
     * A space between a Han character and a Latin letter or digit, either way round, or inline
     * code on either side of it (code that opens or ends with a mark: /etc, $name, rc(8)), or a
     * trademark's symbol before it, or between a closing and an opening mark (where it is the
     * half em they give up).
     */
    private static boolean boundarySpace(List<Glyph> glyphs, int i) {
        // The stylesheets' spaces are inlines of their own: a space an author kept (in an address,
        // say) is part of a longer run.
        if (glyphs.get(i).c != ' ' || glyphs.get(i).run.text.length() != 1 || i == 0 || i + 1 == glyphs.size()) {
            return false;
        }
        char before = glyphs.get(i - 1).c;
        char after = glyphs.get(i + 1).c;
        return han(before) && (opensWestern(glyphs, i + 1) || glyphs.get(i + 1).run.code) || (western(before) || glyphs.get(i - 1).run.code || TRADEMARK.indexOf(before) >= 0) && han(after)
                || CLOSING.indexOf(before) >= 0 || OPENING.indexOf(after) >= 0;
    }

    private static int mainSize(List<TextRun> line) {
        Map<Integer, Integer> characters = new HashMap<>();
        line.forEach(r -> characters.merge(r.size, r.text.length(), Integer::sum));
        return characters.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    /** A line's column and where its first glyph stands (to half a point). */
    private static String startKey(TextRun run, Glyph first) {
        return run.viewport.number() + "/" + run.size + "/" + Math.round(first.x / 500);
    }

    /**
     * Where the lines of a block narrower than its area end (the lines of a framed box, which
     * start and end inside the area): for each start shared by at least two lines that end
     * together short of the area's end, with neither a closing mark (FOP may have set it half
     * wide) nor inline code last (headings that end in a command: nanobsd's 「2.4.1 使用ftp(1)」
     * and 「2.4.2 使用ssh(1)」, of one length on one page, are not a box's lines), and from which
     * no line reaches the area's end, that common end.
     */
    private static Map<String, Double> measures(List<List<TextRun>> lines) {
        Map<String, Map<Long, Integer>> ends = new HashMap<>();
        // Starts that some line goes from to the area's end: the area's own lines (two headings
        // of a length at the margin, 「2.3.1 配置选项」 and 「2.3.2 定制函数」, are not a box, and the
        // body lines there are not to be measured against them).
        java.util.Set<String> full = new java.util.HashSet<>();
        for (List<TextRun> line : lines) {
            List<Glyph> glyphs = glyphs(line);
            if (glyphs.size() < 4) {
                continue;
            }
            Glyph last = glyphs.get(glyphs.size() - 1);
            TextRun first = line.get(0);
            double areaEnd = first.originX + first.viewport.width();
            double end = last.x + last.width;
            String start = startKey(first, glyphs.get(0));
            if (end >= areaEnd - FLUSH - (CLOSING.indexOf(last.c) >= 0 ? last.width : 0)) {
                full.add(start);
            } else if (CLOSING.indexOf(last.c) < 0 && !last.run.code) {
                ends.computeIfAbsent(start, k -> new HashMap<>()).merge(Math.round(end / 100), 1, Integer::sum);
            }
        }
        Map<String, Double> measures = new HashMap<>();
        ends.forEach((start, counts) -> counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= 2 && !full.contains(start)).ifPresent(e -> measures.put(start, 100.0 * e.getKey())));
        return measures;
    }

    /**
     * The start margin of each column of text (an area and a size): where most of its lines
     * start. Body paragraphs indent only their first line; notes continue under their text.
     */
    private static Map<String, Double> margins(List<List<TextRun>> lines) {
        Map<String, Map<Long, Integer>> starts = new HashMap<>();
        for (List<TextRun> line : lines) {
            TextRun first = line.get(0);
            List<Glyph> glyphs = glyphs(line);
            if (!glyphs.isEmpty()) {
                starts.computeIfAbsent(first.viewport.number() + "/" + first.size, k -> new HashMap<>())
                        .merge(Math.round(glyphs.get(0).x / 100), 1, Integer::sum);
            }
        }
        Map<String, Double> margins = new HashMap<>();
        Comparator<Map.Entry<Long, Integer>> commonest = Map.Entry.comparingByValue();
        // Of two starts as common, the leftmost.
        Comparator<Map.Entry<Long, Integer>> leftmost = Map.Entry.<Long, Integer>comparingByKey().reversed();
        starts.forEach((column, counts) -> margins.put(column,
                100.0 * counts.entrySet().stream().max(commonest.thenComparing(leftmost)).orElseThrow().getKey()));
        return margins;
    }

    /**
     * The glyphs of a line in order, without zero-width break characters and without the spaces
     * at Han–Latin boundaries, whose width the line pass sets itself.
     */
    private static List<Glyph> glyphs(List<TextRun> line) {
        List<Glyph> painted = paintedGlyphs(line);
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < painted.size(); i++) {
            if (!boundarySpace(painted, i)) {
                glyphs.add(painted.get(i));
            }
        }
        glyphs.sort(Comparator.comparingDouble(g -> g.x));
        return glyphs;
    }

    /**
     * The painted glyphs of a line in the order FOP painted them (the text's order: a space of
     * minus half an em stands after the mark that follows it), without zero-width break characters.
     */
    private static List<Glyph> paintedGlyphs(List<TextRun> line) {
        int size = line.get(0).size;
        List<Glyph> glyphs = new ArrayList<>();
        for (TextRun run : line) {
            double x = run.originX + run.x + run.offset(0);
            for (int i = 0; i < run.text.length(); i++) {
                Glyph glyph = new Glyph(run, i, x, run.size == size);
                if (glyph.c != '\u200B' && glyph.c != '\u2060') {
                    glyphs.add(glyph);
                }
                x += run.nominalAdvance(i) + run.offset(i + 1);
            }
        }
        return glyphs;
    }

    private void adjustLine(List<TextRun> line, double margin, Map<String, Double> measures, boolean note) {
        List<Glyph> glyphs = glyphs(line);
        TextRun main = line.get(0);
        double em = main.size;
        // A footnote's number stands in its own column: the line to space starts after it, at
        // the margin of the note's text.
        boolean afterLabel = false;
        for (int i = 1; note && i < Math.min(glyphs.size(), 5); i++) {
            Glyph label = glyphs.get(i - 1);
            if (glyphs.get(i).x - (label.x + label.width) > LABEL_GAP * em
                    && glyphs.subList(0, i).stream().allMatch(g -> Character.isDigit(g.c))) {
                glyphs = new ArrayList<>(glyphs.subList(i, glyphs.size()));
                afterLabel = true;
                break;
            }
        }
        if (glyphs.size() < 4) {
            return;
        }
        double areaStart = main.originX;
        // A line that starts where other lines of a narrower block start (a framed box) ends where
        // most of them end; any other line at the end of its area.
        double areaEnd = measures.getOrDefault(startKey(main, glyphs.get(0)), areaStart + main.viewport.width());
        Glyph first = glyphs.get(0);
        Glyph last = glyphs.get(glyphs.size() - 1);
        int n = glyphs.size();
        double[] natural = new double[n];
        Gap[] kind = new Gap[n];
        int hanGaps = 0;
        int hanLatinGaps = 0;
        int wordGaps = 0;
        double wordRoom = Double.MAX_VALUE;
        for (int i = 1; i < n; i++) {
            Glyph a = glyphs.get(i - 1);
            Glyph b = glyphs.get(i);
            double gap = b.x - (a.x + a.width);
            kind[i] = Gap.RIGID;
            if (a.run.code && b.run.code) {
                // Inside inline code nothing moves: the code shifts as a whole with the text
                // around it.
                natural[i] = gap;
                continue;
            }
            if (gap > LEADER * em) {
                // A leader, a tab, or two cells of a table row on one baseline: not running text.
                // (At a code's edge too: handbook-users' 「chpass(1)」 and its description, taken
                // for the quarter em beside code, were drawn together and spread over the row.)
                return;
            }
            if ((a.run.code || b.run.code) && a.main && b.main) {
                // At its edge beside Chinese, the quarter em outside it, as beside a Latin word.
                if ((a.run.code ? cjk(b.c) : cjk(a.c)) && gap > HAN_LATIN_MIN * em / 2) {
                    natural[i] = HAN_LATIN * em;
                    kind[i] = Gap.HAN_LATIN;
                    hanLatinGaps++;
                } else {
                    natural[i] = gap;
                }
                continue;
            }
            // Within a run FOP's justification is its letter-spacing; beyond it, padding.
            boolean padded = a.run != b.run && gap - a.run.letterSpacing > PADDED * em;
            if (a.main && b.main && cjk(a.c) && cjk(b.c) && padded || a.c == '.' && b.c == '.') {
                // Padding (a label before a title) or dot leaders: not running text.
                return;
            }
            if (!a.main || !b.main) {
                natural[i] = gap;
            } else if (cjk(a.c) && cjk(b.c)) {
                // Compressed pairs keep their half em; every other gap closes to the grid, and may
                // open a little when the line needs it.
                natural[i] = gap < -0.25 * em ? -0.5 * em : 0;
                if (natural[i] == 0) {
                    kind[i] = Gap.HAN;
                    hanGaps++;
                }
            } else if (han(a.c) && opensWestern(glyphs, i) || western(a.c) && han(b.c)) {
                natural[i] = HAN_LATIN * em;
                kind[i] = Gap.HAN_LATIN;
                hanLatinGaps++;
            } else if ((cjk(a.c) && western(b.c) || western(a.c) && cjk(b.c)) && Math.abs(gap) < 0.3 * em) {
                // Beside full-width punctuation Latin takes no space: the mark's half is enough.
                natural[i] = 0;
            } else if (a.c == ' ' && western(b.c)) {
                natural[i] = 0;
                kind[i] = Gap.WORD;
                wordGaps++;
                wordRoom = Math.min(wordRoom, Math.max(0, WORD_SPACE_MAX * em - a.width));
            } else {
                natural[i] = gap;
            }
        }
        // The start: an opening mark at the column's margin has its ink pulled to it. (Where the
        // line may break before it, FOP set it half wide: it stands half an em before the margin.)
        // (Where the line may break before it, FOP set its ink at the margin; in full style no.)
        double white = style == PunctuationStyle.FULL ? 0 : inkLeft(first);
        boolean trimmedByBreaker = OPENING.indexOf(first.c) >= 0 && Math.abs(first.x + white - margin) < 300;
        double firstX = first.x + (trimmedByBreaker ? white : 0);
        double pull = 0;
        if (first.main && !first.run.code && OPENING.indexOf(first.c) >= 0 && (afterLabel || Math.abs(firstX - margin) < 300)
                && style != PunctuationStyle.FULL) {
            pull = inkLeft(first) - (firstX - first.x);
        }
        // A closing mark where the line may break after it ends, for FOP, half an em early.
        double end = last.x + last.width;
        double breakerLineEnd = CLOSING.indexOf(last.c) >= 0 ? breakerEnd(last) : end;
        boolean justified = end > areaEnd - FLUSH && end < areaEnd + FLUSH
                || CLOSING.indexOf(last.c) >= 0 && breakerLineEnd > areaEnd - FLUSH && breakerLineEnd < areaEnd + FLUSH;
        if (!justified) {
            if (pull != 0) {
                for (Glyph g : glyphs) {
                    g.newX = g.x - pull;
                }
                write(glyphs);
            }
            return;
        }
        double width = 0;
        for (int i = 0; i < n; i++) {
            width += (i > 0 ? natural[i] : 0) + glyphs.get(i).width;
        }
        double start = first.x - pull;
        // The end: a stop or closing mark ending the line gives up the white after its ink.
        double trim = 0;
        if (last.main && !last.run.code && CLOSING.indexOf(last.c) >= 0) {
            trim = switch (style) {
                case TRIM -> last.width - inkRight(last);
                case HANG -> last.width;
                case FULL -> 0;
            };
        }
        double slack = areaEnd - start + trim - width;
        double[] added = new double[n];
        if (wordGaps > 0 && slack > 0) {
            slack -= spread(kind, added, Gap.WORD, Math.min(wordRoom, slack / wordGaps));
        }
        if (hanLatinGaps > 0) {
            double each = Math.max((HAN_LATIN_MIN - HAN_LATIN) * em,
                    Math.min((HAN_LATIN_MAX - HAN_LATIN) * em, slack / hanLatinGaps));
            slack -= spread(kind, added, Gap.HAN_LATIN, each);
        }
        double hanRoom = hanGaps * HAN_STRETCH * em;
        if (hanGaps > 0 && slack > hanRoom && slack - trim <= hanRoom && trim > 0) {
            // The resort before Han characters part by more than a tenth of an em: the
            // mark that ends the line keeps its white, where that brings them within it (its edge
            // rule leaves 3 % of such lines for this; those that need it are the rare lines a word
            // of code too long for the next line's start left short).
            slack -= trim;
        }
        if (hanGaps > 0 && slack > 0) {
            double each = slack / hanGaps;
            if (each > NOTE_STRETCH * em && note) {
                each = 0;
            }
            slack -= spread(kind, added, Gap.HAN, each);
        }
        if (!note && hanGaps == 0 && slack > 0) {
            // A line of Latin words or digits alone fills as Latin text does: at its spaces.
            slack -= spread(kind, added, wordGaps > 0 ? Gap.WORD : Gap.HAN_LATIN,
                    slack / Math.max(1, wordGaps > 0 ? wordGaps : hanLatinGaps));
        }
        if (slack < -0.02 * em) {
            // Overfull even so: FOP's own spacing stays.
            return;
        }
        double x = start;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                x += natural[i] + added[i];
            }
            glyphs.get(i).newX = x;
            x += glyphs.get(i).width;
        }
        write(glyphs);
    }

    private static double spread(Gap[] kind, double[] added, Gap which, double each) {
        double total = 0;
        for (int i = 1; i < kind.length; i++) {
            if (kind[i] == which) {
                added[i] += each;
                total += each;
            }
        }
        return total;
    }

    /** Writes the glyphs' new positions back into their runs' dx. */
    private void write(List<Glyph> glyphs) {
        for (Glyph g : glyphs) {
            if (Math.abs(g.newX - g.x) >= 1) {
                moved.add(new Moved(g.run.originY + g.run.y, g.x, g.width, g.run.size, g.newX));
            }
        }
        Map<TextRun, List<Glyph>> byRun = new LinkedHashMap<>();
        glyphs.forEach(g -> byRun.computeIfAbsent(g.run, k -> new ArrayList<>()).add(g));
        for (Map.Entry<TextRun, List<Glyph>> entry : byRun.entrySet()) {
            TextRun run = entry.getKey();
            int length = run.text.length();
            double[] old = new double[length];
            double x = run.originX + run.x + run.offset(0);
            for (int i = 0; i < length; i++) {
                old[i] = x;
                x += run.nominalAdvance(i) + run.offset(i + 1);
            }
            double[] moved = new double[length];
            Arrays.fill(moved, Double.NaN);
            entry.getValue().forEach(g -> moved[g.index] = g.newX);
            // Glyphs not on the line's list (zero-width breaks) keep their place after their predecessor.
            for (int i = 0; i < length; i++) {
                if (Double.isNaN(moved[i])) {
                    moved[i] = i == 0 ? old[0] : moved[i - 1] + (old[i] - old[i - 1]);
                }
            }
            int[] dx = new int[length];
            dx[0] = (int) Math.round(moved[0] - (run.originX + run.x));
            for (int i = 1; i < length; i++) {
                dx[i] = (int) Math.round(moved[i] - moved[i - 1] - run.nominalAdvance(i - 1));
            }
            run.dx = dx;
        }
    }

    /**
     * A link's rectangle (millipoints, on the page the pass has just adjusted) over the glyphs
     * that moved: shifted and stretched with them, so that a footnote mark or a cross-reference
     * stays inside its link. A rectangle over no moved glyph stays as it is.
     */
    java.awt.Rectangle moveLink(java.awt.Rectangle link) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double newLeft = Double.MAX_VALUE;
        double newRight = -Double.MAX_VALUE;
        for (Moved m : moved) {
            double centre = m.x() + m.width() / 2;
            boolean inside = centre >= link.getMinX() && centre <= link.getMaxX()
                    && m.baseline() >= link.getMinY() - m.size() * 0.2 && m.baseline() <= link.getMaxY() + m.size() * 0.2;
            if (inside) {
                left = Math.min(left, m.x());
                right = Math.max(right, m.x() + m.width());
                newLeft = Math.min(newLeft, m.newX());
                newRight = Math.max(newRight, m.newX() + m.width());
            }
        }
        if (left == Double.MAX_VALUE) {
            return link;
        }
        int x = (int) Math.round(newLeft - (left - link.getMinX()));
        int end = (int) Math.round(newRight + (link.getMaxX() - right));
        return new java.awt.Rectangle(x, link.y, Math.max(1, end - x), link.height);
    }

    private double inkLeft(Glyph g) {
        double[] edges = ink.family().equals(g.run.family) ? ink.marks().get(g.c) : null;
        return edges == null ? g.width / 2 : edges[0] * g.em();
    }

    private double inkRight(Glyph g) {
        double[] edges = ink.family().equals(g.run.family) ? ink.marks().get(g.c) : null;
        return edges == null ? g.width / 2 : edges[1] * g.em();
    }

    /**
     * Where FOP ended a line that ends with this mark, where the line may break after it: the
     * stylesheets leave its white out of the line (trim), the whole mark (hang) or nothing (full).
     */
    private double breakerEnd(Glyph last) {
        return switch (style) {
            case TRIM -> last.x + inkRight(last);
            case HANG -> last.x;
            case FULL -> last.x + last.width;
        };
    }

    static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    static boolean cjk(char c) {
        return han(c) || CLOSING.indexOf(c) >= 0 || OPENING.indexOf(c) >= 0;
    }

    /** Whether a run of Latin text starts at glyph i: a letter or digit, or opening marks before one. */
    private static boolean opensWestern(List<Glyph> glyphs, int i) {
        int j = i;
        while (j < glyphs.size() && WESTERN_OPENERS.indexOf(glyphs.get(j).c) >= 0) {
            j++;
        }
        return j < glyphs.size() && western(glyphs.get(j).c);
    }

    static boolean western(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return c >= '0' && c <= '9' || Character.isLetter(c) && (script == Character.UnicodeScript.LATIN
                || script == Character.UnicodeScript.GREEK || script == Character.UnicodeScript.CYRILLIC);
    }
}
