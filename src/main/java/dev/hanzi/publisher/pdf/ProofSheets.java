package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.style.Theme;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Proofs an editor can check at a glance, rendered from the PDF we made: a PNG of every page
 * at screen resolution, a contact sheet of all pages as thumbnails in spreads (page 1 alone on
 * the right, as a bound book opens), and an HTML index linking them.
 */
public final class ProofSheets {
    private static final float PAGE_DPI = 96;
    private static final int THUMB_HEIGHT = 220;
    private static final int SPREADS_PER_ROW = 4;
    private static final int GAP = 24;

    private final Color sheetColour;
    private final String frameColour;

    /** Proofs in the theme's proof colours. */
    public ProofSheets(Theme theme) throws PublishException {
        this.sheetColour = Color.decode(theme.screenColour("proof-sheet"));
        this.frameColour = theme.screenColour("proof-frame");
    }

    /** What was written: the number of page images and the contact sheet's path. */
    public record Proof(int pages, Path contactSheet) {
    }

    /** Proofs of {@code pdf}, which the proofs' index calls {@code name}, into {@code folder}. */
    public Proof write(Path pdf, String name, Path folder) throws PublishException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            Files.createDirectories(folder);
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> thumbnails = new ArrayList<>();
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, PAGE_DPI, ImageType.RGB);
                ImageIO.write(page, "png", folder.resolve(pageName(i + 1)).toFile());
                thumbnails.add(scale(page, THUMB_HEIGHT));
            }
            Path sheet = folder.resolve("contact-sheet.png");
            ImageIO.write(contactSheet(thumbnails), "png", sheet.toFile());
            Files.writeString(folder.resolve("index.html"), index(name, pages),
                    StandardCharsets.UTF_8);
            return new Proof(pages, sheet);
        } catch (IOException e) {
            throw new PublishException(Code.PDF_PROOF_WRITE_FAILED, Location.of(folder), Map.of("reason", String.valueOf(e.getMessage())), e);
        }
    }

    static String pageName(int page) {
        return String.format(Locale.ROOT, "page-%03d.png", page);
    }

    private static BufferedImage scale(BufferedImage page, int height) {
        int width = Math.max(1, page.getWidth() * height / page.getHeight());
        BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumbnail.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(page, 0, 0, width, height, null);
        g.dispose();
        return thumbnail;
    }

    /** Spreads: [blank | 1], [2 | 3], [4 | 5] …, SPREADS_PER_ROW to a row. */
    private BufferedImage contactSheet(List<BufferedImage> pages) {
        int pageWidth = pages.stream().mapToInt(BufferedImage::getWidth).max().orElse(1);
        int spreads = pages.size() / 2 + 1;
        int rows = (spreads + SPREADS_PER_ROW - 1) / SPREADS_PER_ROW;
        int spreadWidth = 2 * pageWidth;
        BufferedImage sheet = new BufferedImage(SPREADS_PER_ROW * (spreadWidth + GAP) + GAP,
                rows * (THUMB_HEIGHT + GAP) + GAP, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(sheetColour);
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        for (int i = 0; i < pages.size(); i++) {
            int pageNumber = i + 1;
            int spread = pageNumber / 2;
            boolean right = pageNumber % 2 == 1;
            int x = GAP + (spread % SPREADS_PER_ROW) * (spreadWidth + GAP) + (right ? pageWidth : 0);
            int y = GAP + (spread / SPREADS_PER_ROW) * (THUMB_HEIGHT + GAP);
            g.drawImage(pages.get(i), x, y, null);
        }
        g.dispose();
        return sheet;
    }

    private String index(String pdfName, int pages) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"UTF-8\"><title>")
                .append(escape(pdfName)).append(" — proof</title>\n<style>body{font-family:sans-serif;margin:1em}"
                        + "img{border:1px solid " + frameColour + ";margin:4px;height:300px}</style></head>\n<body>\n<h1>")
                .append(escape(pdfName)).append(": ").append(pages).append(" pages</h1>\n")
                .append("<p><a href=\"contact-sheet.png\"><img src=\"contact-sheet.png\" alt=\"contact sheet\" "
                        + "style=\"height:auto;max-width:100%\"></a></p>\n<p>\n");
        for (int page = 1; page <= pages; page++) {
            html.append("<a href=\"").append(pageName(page)).append("\"><img src=\"").append(pageName(page))
                    .append("\" alt=\"page ").append(page).append("\"></a>\n");
        }
        return html.append("</p>\n</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
