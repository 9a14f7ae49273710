package dev.hanzi.publisher.epub;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.source.BookInfo;
import dev.hanzi.publisher.style.Theme;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The EPUB's cover: a 1600 × 2400 PNG with the title and publisher set in the book's sans face,
 * in the colours of the PDF's cover, so the book has a face on a store shelf.
 */
public final class CoverImage {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 2400;

    private final Color background;
    private final Color ink;
    private final Font bold;
    private final Font regular;

    /** A cover in the theme's accent and paper colours, set in these two fonts (the theme's sans). */
    public CoverImage(Theme theme, Path boldFont, Path regularFont) throws PublishException {
        this.background = Color.decode(theme.screenColour("accent"));
        this.ink = Color.decode(theme.screenColour("paper"));
        this.bold = load(boldFont);
        this.regular = load(regularFont);
    }

    private static Font load(Path file) throws PublishException {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            throw new PublishException(Code.EPB_COVER_FONT, Location.of(file), Map.of("reason", String.valueOf(e.getMessage())), e);
        }
    }

    public byte[] render(BookInfo info) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(background);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ink);
            int y = HEIGHT * 30 / 100;
            for (String line : info.titleLines()) {
                y = drawCentred(g, bold.deriveFont(128f), line, y, 1.35f);
            }
            g.fillRect(WIDTH * 3 / 10, y + 80, WIDTH * 4 / 10, 6);
            if (!info.subtitle().isEmpty()) {
                drawCentred(g, regular.deriveFont(64f), info.subtitle(), y + 120, 1.4f);
            }
            drawCentred(g, regular.deriveFont(72f), info.publisher(), HEIGHT * 82 / 100, 1.4f);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    /**
     * Draws text centred, wrapped to 80% of the width, from below the given baseline; returns the
     * baseline of its last line.
     */
    private static int drawCentred(Graphics2D g, Font font, String text, int top, float leading) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int lineHeight = Math.round(font.getSize2D() * leading);
        int y = top;
        for (String line : wrap(text, metrics, WIDTH * 8 / 10)) {
            y += lineHeight;
            g.drawString(line, (WIDTH - metrics.stringWidth(line)) / 2, y);
        }
        return y;
    }

    /**
     * Splits text into as few lines as fit 80% of the width, of nearly equal length, so a title
     * does not end in a stub; a line never starts with closing punctuation.
     */
    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        int[] codePoints = text.strip().codePoints().toArray();
        int lines = Math.max(1, (int) Math.ceil(metrics.stringWidth(text) / (double) width));
        int perLine = (int) Math.ceil(codePoints.length / (double) lines);
        List<String> result = new ArrayList<>();
        int start = 0;
        while (start < codePoints.length) {
            int end = Math.min(codePoints.length, start + perLine);
            while (end < codePoints.length && "，。、；：？！）》」』”’".indexOf(codePoints[end]) >= 0) {
                end++;
            }
            result.add(new String(codePoints, start, end - start).strip());
            start = end;
        }
        return result;
    }
}
