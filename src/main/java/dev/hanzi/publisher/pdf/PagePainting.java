package dev.hanzi.publisher.pdf;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Paint;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fop.accessibility.StructureTreeElement;
import org.apache.fop.fonts.Font;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFException;
import org.apache.fop.render.intermediate.IFPainter;
import org.apache.fop.render.intermediate.IFUtil;
import org.apache.fop.traits.BorderProps;
import org.apache.fop.traits.RuleStyle;
import org.w3c.dom.Document;

/**
 * One page's painting, recorded: every call with the context it was made in (structure
 * element, language, location, foreign attributes), so that it can be replayed unchanged once
 * the text runs' glyph offsets have been adjusted. Text runs also keep what the line pass needs:
 * their font, where their coordinate system stands, and the viewport (block area) they are in.
 */
final class PagePainting implements IFPainter {
    private final IFPainter target;
    private final IFContext context;
    private final FontInfo fontInfo;
    private final List<Call> calls = new ArrayList<>();
    private final List<TextRun> texts = new ArrayList<>();
    /** The images drawn from a file: their URI and printed size (points), page number left to the caller. */
    private final List<ImagePlacement> images = new ArrayList<>();
    private final Deque<AffineTransform> transforms = new ArrayDeque<>();
    private final Deque<Viewport> viewports = new ArrayDeque<>();
    private AffineTransform current = new AffineTransform();
    private String family;
    private String fontStyle;
    private Integer weight;
    private Integer size;
    private int viewportCount;

    PagePainting(IFPainter target, IFContext context, FontInfo fontInfo) {
        this.target = target;
        this.context = context;
        this.fontInfo = fontInfo;
    }

    /** A block area text is laid out in: its number on the page and its width (millipoints). */
    record Viewport(int number, int width) {
    }

    /** A painter call to replay. */
    @FunctionalInterface
    private interface Painting {
        void on(IFPainter painter) throws IFException;
    }

    /** A recorded call and its context. */
    private record Call(Painting painting, StructureTreeElement structure, Locale language, String location,
            boolean hyphenated, Map<?, ?> foreign) {
    }

    /**
     * A text run as FOP painted it. Positions follow PDFPainter.drawTextWithDX: a glyph advances
     * by its width, the run's letter-spacing, word-spacing on a space, and the next glyph's dx.
     */
    static final class TextRun {
        final int x;
        final int y;
        final int letterSpacing;
        final int wordSpacing;
        /** The characters painted; the line pass may take some out (see {@link #drop}). */
        String text;
        final Boolean nextIsSpace;
        /** Where the run's coordinate system stands on the page (millipoints). */
        final double originX;
        final double originY;
        final Font font;
        final String family;
        final int size;
        /**
         * Set in a monospaced font: code (issue 15), whose columns the line pass must not move. Told
         * by the font's widths, not its name: a Latin i as wide as a W.
         */
        final boolean code;
        /** The block area it is in; null when it is rotated or scaled (never adjusted). */
        final Viewport viewport;
        /** Glyph offsets (dx); null when FOP gave full placement adjustments (complex scripts). */
        int[] dx;
        final int[][] placements;

        TextRun(int x, int y, int letterSpacing, int wordSpacing, int[][] dp, String text, Boolean nextIsSpace,
                AffineTransform at, Font font, String family, int size, Viewport viewport) {
            this.x = x;
            this.y = y;
            this.letterSpacing = letterSpacing;
            this.wordSpacing = wordSpacing;
            this.text = text;
            this.nextIsSpace = nextIsSpace;
            this.originX = at.getTranslateX();
            this.originY = at.getTranslateY();
            this.font = font;
            this.family = family;
            this.size = size;
            this.code = font != null && font.getCharWidth('i') > 0 && font.getCharWidth('i') == font.getCharWidth('W');
            boolean translated = at.getType() == AffineTransform.TYPE_IDENTITY
                    || at.getType() == AffineTransform.TYPE_TRANSLATION;
            this.viewport = translated ? viewport : null;
            if (dp == null || IFUtil.isDPOnlyDX(dp)) {
                this.dx = dp == null ? new int[0] : IFUtil.convertDPToDX(dp);
                this.placements = null;
            } else {
                this.dx = null;
                this.placements = dp;
            }
        }

        /** The advance of glyph i without its successor's dx. */
        double nominalAdvance(int i) {
            char c = text.charAt(i);
            return font.getCharWidth(c) + letterSpacing + (wordSpacing != 0 && c == ' ' ? wordSpacing : 0);
        }

        /** The offset of glyph i (dx[i], 0 where FOP wrote none). */
        int offset(int i) {
            return i < dx.length ? dx[i] : 0;
        }

        /**
         * Takes glyph i out of the run, every other glyph staying where it is: the next glyph's
         * offset takes its advance. Only for a run with plain offsets (not complex-script placements).
         */
        void drop(int i) {
            int n = text.length();
            int[] offsets = Arrays.copyOf(dx, n);
            if (i + 1 < n) {
                offsets[i + 1] += offsets[i] + (int) Math.round(nominalAdvance(i));
            }
            int[] kept = new int[n - 1];
            System.arraycopy(offsets, 0, kept, 0, i);
            System.arraycopy(offsets, i + 1, kept, i, n - 1 - i);
            text = text.substring(0, i) + text.substring(i + 1);
            dx = kept;
        }

        void paint(IFPainter painter) throws IFException {
            if (text.isEmpty()) {
                return;
            }
            int[][] dp = placements != null ? placements : dx.length == 0 ? null : IFUtil.convertDXToDP(dx);
            if (nextIsSpace != null) {
                painter.drawText(x, y, letterSpacing, wordSpacing, dp, text, nextIsSpace);
            } else {
                painter.drawText(x, y, letterSpacing, wordSpacing, dp, text);
            }
        }
    }

    List<TextRun> texts() {
        return texts;
    }

    /** Paints the page, in the order and the contexts it was recorded in. */
    void replay() throws IFException {
        for (Call call : calls) {
            if (call.structure() != null) {
                context.setStructureTreeElement(call.structure());
            } else {
                context.resetStructureTreeElement();
            }
            context.setLanguage(call.language());
            context.setLocation(call.location());
            context.setHyphenated(call.hyphenated());
            @SuppressWarnings("unchecked")
            Map<Object, Object> foreign = (Map<Object, Object>) call.foreign();
            context.setForeignAttributes(foreign);
            call.painting().on(target);
        }
    }

    private void record(Painting painting) {
        calls.add(new Call(painting, context.getStructureTreeElement(), context.getLanguage(), context.getLocation(),
                context.isHyphenated(), context.getForeignAttributes()));
    }

    private void push(AffineTransform transform) {
        transforms.push(current);
        current = new AffineTransform(current);
        if (transform != null) {
            current.concatenate(transform);
        }
    }

    private static AffineTransform combined(AffineTransform[] transforms) {
        AffineTransform combined = new AffineTransform();
        for (AffineTransform transform : transforms) {
            combined.concatenate(transform);
        }
        return combined;
    }

    @Override
    public void startViewport(AffineTransform transform, Dimension size, Rectangle clipRect) {
        push(transform);
        viewports.push(new Viewport(++viewportCount, size.width));
        record(p -> p.startViewport(transform, size, clipRect));
    }

    @Override
    public void startViewport(AffineTransform[] transforms, Dimension size, Rectangle clipRect) {
        push(combined(transforms));
        viewports.push(new Viewport(++viewportCount, size.width));
        record(p -> p.startViewport(transforms, size, clipRect));
    }

    @Override
    public void endViewport() {
        current = transforms.pop();
        viewports.pop();
        record(IFPainter::endViewport);
    }

    @Override
    public void startGroup(AffineTransform[] transforms, String layer) {
        push(combined(transforms));
        record(p -> p.startGroup(transforms, layer));
    }

    @Override
    public void startGroup(AffineTransform transform, String layer) {
        push(transform);
        record(p -> p.startGroup(transform, layer));
    }

    @Override
    public void endGroup() {
        current = transforms.pop();
        record(IFPainter::endGroup);
    }

    @Override
    public void setFont(String family, String style, Integer weight, String variant, Integer size, Color color) {
        // FOP sends only what changed; the run's font is the state at the time of drawing.
        this.family = family != null ? family : this.family;
        this.fontStyle = style != null ? style : this.fontStyle;
        this.weight = weight != null ? weight : this.weight;
        this.size = size != null ? size : this.size;
        record(p -> p.setFont(family, style, weight, variant, size, color));
    }

    private void text(int x, int y, int letterSpacing, int wordSpacing, int[][] dp, String text, Boolean nextIsSpace) {
        Font font = family == null ? null : fontInfo.getFontInstance(new FontTriplet(family, fontStyle, weight), size);
        TextRun run = new TextRun(x, y, letterSpacing, wordSpacing, dp, text, nextIsSpace, current, font, family,
                size == null ? 0 : size, viewports.peek());
        texts.add(run);
        record(run::paint);
    }

    @Override
    public void drawText(int x, int y, int letterSpacing, int wordSpacing, int[][] dp, String text) {
        text(x, y, letterSpacing, wordSpacing, dp, text, null);
    }

    @Override
    public void drawText(int x, int y, int letterSpacing, int wordSpacing, int[][] dp, String text,
            boolean nextIsSpace) {
        text(x, y, letterSpacing, wordSpacing, dp, text, nextIsSpace);
    }

    @Override
    public void clipRect(Rectangle rect) {
        record(p -> p.clipRect(rect));
    }

    @Override
    public void clipBackground(Rectangle rect, BorderProps before, BorderProps after, BorderProps start,
            BorderProps end) {
        record(p -> p.clipBackground(rect, before, after, start, end));
    }

    @Override
    public boolean isBackgroundRequired(BorderProps before, BorderProps after, BorderProps start, BorderProps end) {
        return target.isBackgroundRequired(before, after, start, end);
    }

    @Override
    public void fillRect(Rectangle rect, Paint fill) {
        record(p -> p.fillRect(rect, fill));
    }

    @Override
    public void drawBorderRect(Rectangle rect, BorderProps before, BorderProps after, BorderProps start,
            BorderProps end, Color innerBackgroundColor) {
        record(p -> p.drawBorderRect(rect, before, after, start, end, innerBackgroundColor));
    }

    @Override
    public void drawLine(Point start, Point end, int width, Color color, RuleStyle style) {
        record(p -> p.drawLine(start, end, width, color, style));
    }

    @Override
    public void drawImage(String uri, Rectangle rect) {
        // The printed size: the rectangle in the coordinates the image is drawn in, millipoints.
        double scaleX = Math.hypot(current.getScaleX(), current.getShearY());
        double scaleY = Math.hypot(current.getShearX(), current.getScaleY());
        images.add(new ImagePlacement(uri, 0, "", rect.width * scaleX / 1000, rect.height * scaleY / 1000));
        record(p -> p.drawImage(uri, rect));
    }

    /** The images drawn from a file on this page, their page left to the document (0, ""). */
    List<ImagePlacement> images() {
        return images;
    }

    @Override
    public void drawImage(Document doc, Rectangle rect) {
        record(p -> p.drawImage(doc, rect));
    }
}
