package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Severity;
import dev.hanzi.publisher.pdf.Edition;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The print edition, as a print shop checks it: trim and bleed boxes, a CMYK output intent,
 * crop marks outside the bleed, every part opening on a right-hand page with an empty left-hand
 * page before it where needed, mirrored margins, and no RGB colour in the pages.
 */
class PrintEditionIT {
    private static final float MM = 72f / 25.4f;

    /**
     * What a print shop's preflight would query is said before the file reaches it: an SVG in RGB
     * (HZ-PDF-101), and every raster image printed from fewer than 300 pixels per inch (HZ-PDF-102),
     * at its imagedata, with the resolution the print edition actually gives it, as measured here
     * from the PDF's own images and the size they are drawn at.
     */
    @org.junit.jupiter.api.Test
    void whatAPrintShopWouldQueryIsFlagged() throws Exception {
        Path out = Files.createDirectories(TestBooks.root().resolve("featured")).resolve("flagged-print.pdf");
        List<Diagnostic> warnings = printEditionWarnings(TestBooks.FEATURED, out);
        assertTrue(warnings.stream().anyMatch(w -> w.code() == Code.PDF_SVG_RGB && w.severity() == Severity.WARNING
                && w.file().endsWith("pipeline.svg")), warnings.toString());
        // The test book's three raster images, at the line of their imagedata, each at the
        // resolution its drawing in the PDF gives (pixels over inches drawn).
        List<String> measured = new ArrayList<>();
        for (DrawnImage image : DrawnImage.in(out)) {
            measured.add(image.page() + ":" + Math.round(image.ppi()));
        }
        assertEquals(3, measured.size(), "raster images drawn: " + measured);
        List<Diagnostic> coarse = warnings.stream().filter(w -> w.code() == Code.PDF_IMAGE_RESOLUTION).toList();
        assertEquals(List.of("ch01-basics.xml:101", "ch02-punctuation.xml:119", "ch03-layout.xml:59"),
                coarse.stream().map(w -> Path.of(w.file()).getFileName() + ":" + w.line()).toList(), coarse.toString());
        for (Diagnostic w : coarse) {
            java.util.regex.Matcher said = java.util.regex.Pattern.compile(
                    "prints at (\\d+) ppi on page \\d+ of the print edition \\(its PDF's page (\\d+)\\)").matcher(w.message());
            assertTrue(said.find(), w.toString());
            assertTrue(measured.contains(said.group(2) + ":" + said.group(1)), w + " against the PDF's " + measured);
            assertEquals(Severity.WARNING, w.severity());
        }
        assertTrue(measured.stream().allMatch(m -> Integer.parseInt(m.split(":")[1]) < 300), measured.toString());
    }

    /**
     * One file shown twice, small and then large: the warning is the large one's, at its own
     * imagedata (the n-th placement of a file is the n-th imagedata naming it).
     */
    @org.junit.jupiter.api.Test
    void anImageShownTwiceIsFlaggedWhereItPrintsTooCoarse() throws Exception {
        Path folder = Files.createDirectories(TestBooks.root().resolve("image-twice"));
        Files.createDirectories(folder.resolve("images"));
        javax.imageio.ImageIO.write(new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB), "png",
                folder.resolve("images/chart.png").toFile());
        String figure = "<informalfigure><mediaobject><imageobject><imagedata fileref='images/chart.png' %s/>"
                + "</imageobject></mediaobject></informalfigure>\n";
        // Line 4: 3 cm wide (677 ppi); line 6: 14 cm wide (145 ppi).
        Path book = Files.writeString(folder.resolve("book.xml"), BadInputIT.HEAD + String.format(figure, "width='3cm'")
                + "<para>正文。</para>\n" + String.format(figure, "contentwidth='14cm'") + BadInputIT.TAIL);
        List<Diagnostic> coarse = printEditionWarnings(book, folder.resolve("print.pdf")).stream()
                .filter(w -> w.code() == Code.PDF_IMAGE_RESOLUTION).toList();
        assertEquals(1, coarse.size(), coarse.toString());
        assertEquals(6, coarse.get(0).line(), coarse.toString());
        assertTrue(coarse.get(0).message().contains("prints at 145 ppi"), coarse.toString());
    }

    /** A new book's figure is fine enough for print: no warning, and 300 ppi or more as drawn. */
    @org.junit.jupiter.api.Test
    void aNewBooksFigurePrintsAtThreeHundredPpiOrMore() throws Exception {
        Path book = new dev.hanzi.publisher.cli.BookSkeleton().write(TestBooks.root().resolve("skeleton-print"));
        Path out = book.getParent().resolve("print.pdf");
        List<Diagnostic> warnings = printEditionWarnings(book, out);
        assertEquals(List.of(), warnings);
        List<DrawnImage> images = DrawnImage.in(out);
        assertEquals(1, images.size());
        assertTrue(images.get(0).ppi() >= 300, "the skeleton's figure at " + images.get(0).ppi() + " ppi");
    }

    /** Publishes the book's print edition alone, into {@code out}: the warnings it reports. */
    private static List<Diagnostic> printEditionWarnings(Path book, Path out) throws Exception {
        List<Diagnostic> warnings = new ArrayList<>();
        TestBooks.publisher().publish(new PublishRequest(book, Optional.empty(), Optional.of(out),
                Optional.empty(), Paper.A4, Optional.empty(), Optional.empty()), new PublishListener() {
                    @Override
                    public void stageDone(String stage, java.time.Duration time, String result) {
                    }

                    @Override
                    public void report(Diagnostic diagnostic) {
                        warnings.add(diagnostic);
                    }
                });
        return warnings;
    }

    /** A raster image as the PDF draws it: its page, its pixels, and the size drawn (points). */
    record DrawnImage(int page, int pixelsWide, int pixelsHigh, double width, double height) {
        double ppi() {
            return Math.min(pixelsWide / (width / 72), pixelsHigh / (height / 72));
        }

        static List<DrawnImage> in(Path pdf) throws java.io.IOException {
            List<DrawnImage> images = new ArrayList<>();
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                int[] page = {0};
                org.apache.pdfbox.contentstream.PDFStreamEngine engine = new org.apache.pdfbox.contentstream.PDFStreamEngine() {
                    {
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.Concatenate(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.Save(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.Restore(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.state.SetMatrix(this));
                        addOperator(new org.apache.pdfbox.contentstream.operator.OperatorProcessor(this) {
                            @Override
                            public String getName() {
                                return "Do";
                            }

                            @Override
                            public void process(org.apache.pdfbox.contentstream.operator.Operator operator,
                                    List<org.apache.pdfbox.cos.COSBase> operands) throws java.io.IOException {
                                var name = (org.apache.pdfbox.cos.COSName) operands.get(0);
                                var object = getContext().getResources().getXObject(name);
                                if (object instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                                    var m = getContext().getGraphicsState().getCurrentTransformationMatrix();
                                    images.add(new DrawnImage(page[0], image.getWidth(), image.getHeight(),
                                            Math.hypot(m.getScaleX(), m.getShearY()), Math.hypot(m.getShearX(), m.getScaleY())));
                                } else if (object instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                                    getContext().showForm(form);
                                }
                            }
                        });
                    }
                };
                for (PDPage p : document.getPages()) {
                    page[0]++;
                    engine.processPage(p);
                }
            }
            return images;
        }
    }

    private static PDDocument open(Path source) throws Exception {
        return Loader.loadPDF(TestBooks.pdf(source, Edition.PRINT).toFile());
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void trimAndBleedBoxesAreSet(Path source) throws Exception {
        try (PDDocument pdf = open(source)) {
            for (PDPage page : pdf.getPages()) {
                PDRectangle trim = page.getTrimBox();
                PDRectangle bleed = page.getBleedBox();
                PDRectangle media = page.getMediaBox();
                assertEquals(Paper.A4.widthMm(), (double) Math.round(trim.getWidth() / MM), "trim width, mm");
                assertEquals(Paper.A4.heightMm(), (double) Math.round(trim.getHeight() / MM), "trim height, mm");
                assertEquals(3 * MM, trim.getLowerLeftX() - bleed.getLowerLeftX(), 0.05);
                assertEquals(3 * MM, bleed.getUpperRightY() - trim.getUpperRightY(), 0.05);
                assertTrue(media.getLowerLeftX() < bleed.getLowerLeftX() - 5 * MM, "no room for crop marks");
                assertTrue(media.getUpperRightY() > bleed.getUpperRightY() + 5 * MM, "no room for crop marks");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void aCmykOutputIntentIsDeclared(Path source) throws Exception {
        try (PDDocument pdf = open(source)) {
            List<PDOutputIntent> intents = pdf.getDocumentCatalog().getOutputIntents();
            assertEquals(1, intents.size());
            assertEquals("GTS_PDFX", intents.get(0).getCOSObject().getNameAsString("S"));
            byte[] profile;
            try (var in = intents.get(0).getDestOutputIntent().createInputStream()) {
                profile = in.readAllBytes();
            }
            assertEquals("prtr", new String(profile, 12, 4, StandardCharsets.US_ASCII), "not an output device profile");
            assertEquals("CMYK", new String(profile, 16, 4, StandardCharsets.US_ASCII));
            String version;
            try (var in = pdf.getDocumentCatalog().getMetadata().createInputStream()) {
                version = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(version.contains("PDF/X-4"), "no GTS_PDFXVersion PDF/X-4 in the metadata");
            // PDF/X-4 is based on PDF 1.6: a preflight refuses an older header.
            assertTrue(pdf.getVersion() >= 1.6f, "PDF version " + pdf.getVersion() + " is below PDF/X-4's 1.6");
        }
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void cropMarksStandOutsideTheBleedAtEveryCorner(Path source) throws Exception {
        try (PDDocument pdf = open(source)) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int index : new int[] {0, pdf.getNumberOfPages() - 1}) {
                PDPage page = pdf.getPage(index);
                float scale = 2;
                BufferedImage image = renderer.renderImage(index, scale);
                PDRectangle media = page.getMediaBox();
                PDRectangle bleed = page.getBleedBox();
                PDRectangle trim = page.getTrimBox();
                // Corners: the mark at the trim line, in the band between the media edge and the bleed.
                float[][] corners = {
                    {trim.getLowerLeftX(), trim.getLowerLeftY()}, {trim.getUpperRightX(), trim.getLowerLeftY()},
                    {trim.getLowerLeftX(), trim.getUpperRightY()}, {trim.getUpperRightX(), trim.getUpperRightY()}};
                for (float[] corner : corners) {
                    boolean left = corner[0] == trim.getLowerLeftX();
                    float bandX = left ? (media.getLowerLeftX() + bleed.getLowerLeftX()) / 2
                            : (media.getUpperRightX() + bleed.getUpperRightX()) / 2;
                    assertTrue(darkNear(image, bandX, corner[1], media, scale),
                            "no horizontal crop mark at page " + (index + 1) + " corner " + corner[0] + "," + corner[1]);
                }
            }
        }
    }

    private static boolean darkNear(BufferedImage image, float x, float y, PDRectangle media, float scale) {
        int px = Math.round((x - media.getLowerLeftX()) * scale);
        int py = Math.round((media.getUpperRightY() - y) * scale);
        for (int dy = -3; dy <= 3; dy++) {
            int yy = py + dy;
            if (yy >= 0 && yy < image.getHeight() && px >= 0 && px < image.getWidth()) {
                int rgb = image.getRGB(px, yy);
                int grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
                if (grey < 128) {
                    return true;
                }
            }
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void everyPartOpensOnARightHandPageAndBlankVersosCarryNothing(Path source) throws Exception {
        List<SourceText.Part> parts = SourceText.read(source).parts();
        PdfGlyphs glyphs;
        try (PDDocument pdf = open(source)) {
            glyphs = PdfGlyphs.read(pdf);
        }
        List<Integer> openings = new ArrayList<>();
        int next = 0;
        for (PdfGlyphs.Page page : glyphs.pages()) {
            if (next < parts.size() && page.opensWith(parts.get(next).title())) {
                openings.add(page.number());
                next++;
            }
        }
        assertEquals(parts.size(), openings.size(), "not every part found opening a page");
        for (int opening : openings) {
            assertEquals(1, opening % 2, "a part opens on page " + opening + ", a left-hand page");
        }
        // The blank pages that make the book block up to whole signatures come after the last
        // page with text (PrintCoverIT), on either side.
        int lastWithText = glyphs.pages().stream().filter(p -> p.glyphs().stream().anyMatch(g -> !g.text().isBlank()))
                .mapToInt(PdfGlyphs.Page::number).max().orElseThrow();
        for (PdfGlyphs.Page page : glyphs.pages()) {
            if (page.glyphs().stream().allMatch(g -> g.text().isBlank()) && page.number() < lastWithText) {
                assertEquals(0, page.number() % 2, "an empty right-hand page " + page.number());
                assertTrue(openings.contains(page.number() + 1),
                        "empty page " + page.number() + " is not before an opening");
            }
        }
    }

    /** The report has no images: nothing on its pages may be RGB. (The test book's SVG is RGB,
     *  which the build flags: see aBookWithAnSvgIsFlaggedForThePrintShop.) */
    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#books")
    void facingPagesMirrorTheirMarginsAndNoPageUsesRgb(Path source) throws Exception {
        try (PDDocument pdf = open(source)) {
            PdfGlyphs glyphs = PdfGlyphs.read(pdf);
            Typesetting t = new Typesetting(glyphs);
            List<Typesetting.TextLine> lines = t.lines(t.bodySize());
            float rectoLeft = Typesetting.mode(lines.stream().filter(l -> l.line().page() % 2 == 1 && !l.first())
                    .map(l -> l.line().left()).toList());
            float versoLeft = Typesetting.mode(lines.stream().filter(l -> l.line().page() % 2 == 0 && !l.first())
                    .map(l -> l.line().left()).toList());
            assertTrue(rectoLeft > versoLeft + 2, "the gutter is not on the inside: recto " + rectoLeft + ", verso " + versoLeft);
            if (source.equals(TestBooks.REPORT)) {
                for (PDPage page : pdf.getPages()) {
                    String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
                    assertFalse(content.matches("(?s).*\\s(rg|RG)\\s.*"), "DeviceRGB colour on a page");
                }
            }
            assertNotNull(pdf.getDocumentCatalog().getDocumentOutline());
        }
    }
}
