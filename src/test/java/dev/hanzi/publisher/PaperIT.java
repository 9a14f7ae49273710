package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * The paper reaches the page: the featured book on A5 and on 16 开, in both editions, has pages
 * of exactly that trim size, and its type area stands where the stylesheets derive it from the
 * paper (xsl/fo/theme.xsl: a type area of whole characters by whole lines inside margins that
 * are fractions of the paper's width and height, with the fractions in xsl/common/theme.xml). A parameter lost on
 * the way from the command line to the page masters (the paper left at A4, or the margins taken
 * from another width) shows here, where the A4 books of the other tests cannot show it.
 */
class PaperIT {
    /** Points per millimetre. */
    private static final double MM = 72 / 25.4;
    /** PDF boxes: FOP writes lengths in millipoints, so the box is the paper to a hundredth of a point. */
    private static final double BOX_TOLERANCE = 0.01;
    /** Glyph edges: a glyph's position against the margin. */
    private static final double EDGE_TOLERANCE = 0.5;

    private static double marginInner;
    private static double marginOuter;
    private static double marginPage;
    private static double marginBody;
    private static double lineHeight;
    private static double bodySize;
    private static double smallPaperBodySize;
    private static double smallPaperMm;

    /** The stylesheets' fractions of the paper (and line pitch), from the theme they read them from. */
    @BeforeAll
    static void readTheDerivation() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document theme = factory.newDocumentBuilder().parse(Paths.get("xsl/common/theme.xml").toFile());
        marginInner = themeNumber(theme, "margin-inner");
        marginOuter = themeNumber(theme, "margin-outer");
        marginPage = themeNumber(theme, "margin-page");
        marginBody = themeNumber(theme, "margin-body");
        lineHeight = themeNumber(theme, "line-height");
        bodySize = themeLength(theme, "body-size", "pt");
        smallPaperBodySize = themeLength(theme, "body-size-small-paper", "pt");
        smallPaperMm = themeLength(theme, "small-paper", "mm");
    }

    private static double themeLength(Document theme, String name, String unit) throws Exception {
        String value = XPathFactory.newInstance().newXPath().evaluate("/theme//*[@name='" + name + "']/@value", theme);
        assertTrue(value.endsWith(unit), name + " is not in " + unit);
        return Double.parseDouble(value.substring(0, value.length() - unit.length()));
    }

    /**
     * The type area (issue 13), in points: as many whole characters of the body size as the theme's
     * margins leave room for, the rest of the width shared by the margins in their ratio; as many
     * whole lines as the page's and the body region's margins leave room for, the rest of the
     * height shared above and below.
     */
    record TypeArea(double inner, double outer, double top, double bottom, double size) {
        static TypeArea of(Paper paper) {
            double width = paper.widthMm() * MM;
            double height = paper.heightMm() * MM;
            double size = paper.widthMm() < smallPaperMm ? smallPaperBodySize : bodySize;
            double measure = Math.floor(width * (1 - marginInner - marginOuter) / size) * size;
            double inner = (width - measure) * marginInner / (marginInner + marginOuter);
            double pitch = size * lineHeight;
            double body = height * marginBody;
            double lines = Math.floor((height * (1 - 2 * marginPage) - 2 * body) / pitch);
            double top = (height - lines * pitch) / 2;
            return new TypeArea(inner, width - measure - inner, top, height - top, size);
        }
    }

    /** A number of the theme as the PDF takes it: its pdf value, else the value all outputs share. */
    private static double themeNumber(Document theme, String name) throws Exception {
        var xpath = XPathFactory.newInstance().newXPath();
        String value = xpath.evaluate("/theme//*[@name='" + name + "']/@pdf", theme);
        if (value.isEmpty()) {
            value = xpath.evaluate("/theme//*[@name='" + name + "']/@value", theme);
        }
        assertFalse(value.isEmpty(), "xsl/common/theme.xml has no " + name);
        return Double.parseDouble(value);
    }

    static Stream<Arguments> papersAndEditions() {
        return Stream.of(Paper.A5, Paper.K16).flatMap(paper -> Stream.of(Edition.values())
                .map(edition -> Arguments.of(paper, edition)));
    }

    private static Path pdf(Paper paper, Edition edition) {
        return TestBooks.pdf(TestBooks.FEATURED, edition, paper);
    }

    /** The trimmed page: the whole page on screen, the TrimBox in print (which adds bleed and crop marks). */
    private static PDRectangle trim(PDPage page, Edition edition) {
        return edition == Edition.SCREEN ? page.getMediaBox() : page.getTrimBox();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("papersAndEditions")
    void everyPageIsThePaper(Paper paper, Edition edition) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdf(paper, edition).toFile())) {
            assertTrue(pdf.getNumberOfPages() > 4, "too few pages: " + pdf.getNumberOfPages());
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                PDRectangle box = trim(pdf.getPage(i), edition);
                if (Math.abs(box.getWidth() - paper.widthMm() * MM) > BOX_TOLERANCE
                        || Math.abs(box.getHeight() - paper.heightMm() * MM) > BOX_TOLERANCE) {
                    wrong.add(String.format("page %d is %.3f × %.3f pt", i + 1, box.getWidth(), box.getHeight()));
                }
            }
            assertEquals(List.of(), wrong, String.format("%s is %.3f × %.3f pt (%s × %s mm)", paper.cliName(),
                    paper.widthMm() * MM, paper.heightMm() * MM, paper.widthMm(), paper.heightMm()));
        }
    }

    /**
     * Full lines of body text (a paragraph's lines but its first, indented, and its last, ragged)
     * start at the left margin and end at the right one: the inner margin on the left of a
     * right-hand page and the outer on its right; mirrored on a left-hand page of the print
     * edition (the screen edition's pages all have the gutter on the left).
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("papersAndEditions")
    void fullLinesOfBodyTextSpanTheMeasure(Paper paper, Edition edition) throws IOException {
        double width = paper.widthMm() * MM;
        TypeArea area = TypeArea.of(paper);
        double inner = area.inner();
        double outer = area.outer();
        PdfGlyphs glyphs;
        List<Float> trimLeft = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdf(paper, edition).toFile())) {
            glyphs = PdfGlyphs.read(pdf);
            for (PDPage page : pdf.getPages()) {
                // Glyphs are measured from the visible page (the crop box); the margins from the trim.
                trimLeft.add(trim(page, edition).getLowerLeftX() - page.getCropBox().getLowerLeftX());
            }
        }
        Typesetting t = new Typesetting(glyphs);
        List<Typesetting.TextLine> full = t.lines(t.bodySize()).stream().filter(l -> !l.first() && !l.last()).toList();
        List<String> problems = new ArrayList<>();
        int recto = 0;
        for (Typesetting.TextLine line : full) {
            int page = line.line().page();
            boolean mirrored = edition == Edition.PRINT && page % 2 == 0;
            recto += mirrored ? 0 : 1;
            double left = line.line().left() - trimLeft.get(page - 1);
            double right = line.right() - trimLeft.get(page - 1);
            double expectedLeft = mirrored ? outer : inner;
            double expectedRight = width - (mirrored ? inner : outer);
            // A mark at the edge of a line is trimmed to its ink (issue 13): its ink is at the margin.
            PdfGlyphs.Glyph first = line.line().glyphs().get(0);
            PdfGlyphs.Glyph last = line.line().glyphs().get(line.line().glyphs().size() - 1);
            if (Typesetting.OPENING.contains(first.text())) {
                left = first.inkLeft() - trimLeft.get(page - 1);
            }
            boolean markEnds = Typesetting.CLOSING.contains(last.text()) && line.right() == last.right();
            if (markEnds) {
                right = last.inkRight() - trimLeft.get(page - 1);
            }
            double tolerance = markEnds || Typesetting.OPENING.contains(first.text())
                    ? Typesetting.EDGE * area.size() : EDGE_TOLERANCE;
            if (Math.abs(left - expectedLeft) > tolerance || Math.abs(right - expectedRight) > tolerance) {
                problems.add(String.format("%s spans %.2f to %.2f pt, the measure %.2f to %.2f", line.where(), left, right,
                        expectedLeft, expectedRight));
            }
        }
        assertTrue(recto > 20, "too few full lines of body text on right-hand pages: " + recto);
        assertEquals(List.of(), problems, String.format("%s %s: margins %.1f%% inside, %.1f%% outside of %s mm",
                paper.cliName(), edition.styleName(), marginInner * 100, marginOuter * 100, paper.widthMm()));
    }

    /**
     * The body text stays between the top and bottom margins (the page's margin and the body
     * region's, both fractions of the paper's height), and fills the type area to within a line.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("papersAndEditions")
    void bodyTextFillsTheTypeAreaFromTopToBottom(Paper paper, Edition edition) throws IOException {
        double height = paper.heightMm() * MM;
        TypeArea area = TypeArea.of(paper);
        double top = area.top();
        double bottom = area.bottom();
        PdfGlyphs glyphs;
        try (PDDocument pdf = Loader.loadPDF(pdf(paper, edition).toFile())) {
            glyphs = PdfGlyphs.read(pdf);
        }
        Typesetting t = new Typesetting(glyphs);
        float size = t.bodySize();
        List<String> outside = new ArrayList<>();
        double highest = height;
        double lowest = 0;
        for (Typesetting.TextLine line : t.lines(size)) {
            PdfGlyphs.Page page = glyphs.pages().get(line.line().page() - 1);
            double baseline = line.line().y() - page.trimTop();
            // The glyphs' extent: Noto CJK's ideographic em box is 0.88 em above the baseline and 0.12 below.
            double glyphTop = baseline - 0.88 * size;
            double glyphBottom = baseline + 0.12 * size;
            if (glyphTop < top - EDGE_TOLERANCE || glyphBottom > bottom + EDGE_TOLERANCE) {
                outside.add(String.format("%s from %.2f to %.2f pt, the type area %.2f to %.2f", line.where(), glyphTop,
                        glyphBottom, top, bottom));
            }
            highest = Math.min(highest, glyphTop);
            lowest = Math.max(lowest, glyphBottom);
        }
        assertEquals(List.of(), outside, "body text outside the type area");
        double pitch = size * lineHeight + EDGE_TOLERANCE;
        assertTrue(highest < top + pitch, String.format("no page's text starts within a line of the top margin"
                + " (%.2f pt): the highest line starts at %.2f", top, highest));
        assertTrue(lowest > bottom - pitch, String.format("no page's text reaches within a line of the bottom margin"
                + " (%.2f pt): the lowest line ends at %.2f", bottom, lowest));
    }
}
