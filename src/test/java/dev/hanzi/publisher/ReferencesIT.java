package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.messages.Severity;
import dev.hanzi.publisher.pdf.Edition;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.junit.jupiter.api.Test;

/**
 * The references test book (src/test/resources/books/references): its bibliography as GB/T
 * 7714-2015 prints it, read back from the PDF's text in the order of first citation; each [n] in
 * the text a link to the page and line of its entry; its tables' rules as the PDF draws them
 * (three lines by default, the author's frame and row rules on the second); the EPUB's
 * citations and entries, and EPUBCheck.
 */
class ReferencesIT {
    static final Path BOOK = Paths.get("src/test/resources/books/references/book.xml");

    /** The entries as the book's citations number them, written as GB/T 7714 prints them. */
    private static final List<String> ENTRIES = List.of(
            "[1] 袁训来, 陈哲, 肖书海, 等. 蓝田生物群: 一个认识多细胞生物起源和早期演化的新窗口[J]. 科学通报, 2012, 55(34): 3219-3227.",
            "[2] KNUTH D E. The art of computer programming[M]. 3rd ed. Reading: Addison-Wesley, 1997.",
            "[3] 中国互联网络信息中心. 第29次中国互联网络发展状况统计报告[EB/OL]. (2012-01-16)[2024-05-01]. "
                    + "https://www.cnnic.net.cn/n4/2022/0401/c88-801.html.",
            "[4] 马欢. 人类活动影响下海河流域典型区水循环变化分析[D]. 北京: 清华大学, 2011: 27.",
            "[5] 程根伟. 1998年长江洪水的成因与减灾对策[M]//许厚泽, 赵其国. 长江流域洪涝灾害与科技对策. 北京: 科学出版社, 1999: 32-36.",
            "[6] BAKER S K, JACKSON M E, LEE A, et al. Photocatalysis on titania surfaces[J]. Journal of Catalysis, 1999, "
                    + "183(2): 245-258. DOI:10.1006/jcat.1999.2404.",
            "[7] 王夫之. 宋论[M]. 刻本. 金陵: 湘乡曾国荃, 1865 (清同治四年).",
            "[8] 陈登原. 国史旧闻: 第1卷[M]. 北京: 中华书局, 2000: 29.",
            "[9] 全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015.");


    // ------------------------------------------------------------------ the entries

    /**
     * The featured book's references (src/test/resources/books/featured/bibliography.xml), every
     * one cited from the preface, the chapters or the colophon, so numbered in that order: 等
     * after three Chinese editors, an access date, a DOI, et al. after three Western authors,
     * editions, standards by role, two bibliomixed as written.
     */
    static final List<String> FEATURED_ENTRIES = List.of(
            "[1] 董福兴, 陈奕钧, 刘庆, 等. 中文排版需求[EB/OL]. (2023-05-01)[2024-03-15]. https://www.w3.org/TR/clreq/.",
            "[2] 张秀民. 中国印刷史[M]. 上海: 上海人民出版社, 1989.",
            "[3] KNUTH D E, PLASS M F. Breaking paragraphs into lines[J]. Software: Practice and Experience, 1981, "
                    + "11(11): 1119-1184. DOI:10.1002/spe.4380111102.",
            "[4] KNUTH D E. Digital typography[M]. Stanford: CSLI Publications, 1999.",
            "[5] 中华人民共和国国家质量监督检验检疫总局, 中国国家标准化管理委员会. 标点符号用法: GB/T 15834—2011[S]. "
                    + "北京: 中国标准出版社, 2012.",
            "[6] 中华人民共和国国家质量监督检验检疫总局, 中国国家标准化管理委员会. 出版物上数字用法: GB/T 15835—2011[S]. "
                    + "北京: 中国标准出版社, 2011.",
            "[7] LUNDE K. CJKV information processing[M]. 2nd ed. Sebastopol: O’Reilly Media, 2009.",
            "[8] BRINGHURST R. The elements of typographic style[M]. 4th ed. Seattle: Hartley & Marks, 2012.",
            "[9] MITTELBACH F, GOOSSENS M, BRAAMS J, et al. The LaTeX companion[M]. 2nd ed. Boston: Addison-Wesley, 2004.",
            "[10] 中华人民共和国国家质量监督检验检疫总局. 图书在版编目数据: GB/T 12451—2001[S]. 北京: 中国标准出版社, 2001.",
            "[11] 全国信息与文献标准化技术委员会. 信息与文献 参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015.");

    /** The citations of the featured book in reading order, as the numbers its links carry. */
    private static final List<String> FEATURED_CITATIONS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "1", "9", "10", "11");

    @Test
    void theBibliographyPrintsEveryEntryByGbt7714InTheOrderOfFirstCitation() throws IOException {
        assertEntriesPrinted(BOOK, ENTRIES, List.of("[2] KNUTH D E. The art of computer programming[M]. 3rd ed.",
                "[6] BAKER S K, JACKSON M E, LEE A, et al."));
    }

    @Test
    void theFeaturedBooksReferencesArePrintedByGbt7714InTheOrderOfFirstCitation() throws IOException {
        assertEntriesPrinted(TestBooks.FEATURED, FEATURED_ENTRIES, List.of("[3] KNUTH D E, PLASS M F. Breaking paragraphs",
                "[9] MITTELBACH F, GOOSSENS M, BRAAMS J, et al."));
    }

    /**
     * In both editions, from the page that opens with 参考文献 on: every entry, each after the one
     * before; lines starting as given (the spaces of GB/T 7714 are in the text layer as well).
     */
    private static void assertEntriesPrinted(Path book, List<String> entries, List<String> lineStarts) throws IOException {
        for (Edition edition : Edition.values()) {
            PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(book, edition).toFile());
            PdfGlyphs.Page first = glyphs.pages().stream().filter(p -> p.opensWith("参考文献")).findFirst()
                    .orElseThrow(() -> new AssertionError(edition + ": no page opens with 参考文献"));
            String text = SourceText.squeeze(String.join("", glyphs.pages().stream()
                    .filter(p -> p.number() >= first.number()).map(PdfGlyphs.Page::text).toList()));
            int from = 0;
            for (String entry : entries) {
                int at = text.indexOf(SourceText.squeeze(entry), from);
                assertTrue(at >= from, edition + ": not printed (or not in its place after the one before): " + entry
                        + "\nin " + text);
                from = at + 1;
            }
            List<String> lines = glyphs.pages().stream().filter(p -> p.number() >= first.number())
                    .flatMap(p -> p.lines().stream()).map(ReferencesIT::spaced).toList();
            for (String start : lineStarts) {
                assertTrue(lines.stream().anyMatch(l -> l.startsWith(start)), edition + ": no line starts " + start
                        + " in " + lines);
            }
        }
    }

    /** A line's text with a space wherever its glyphs stand apart (more than a sixth of their size). */
    private static String spaced(PdfGlyphs.Line line) {
        StringBuilder text = new StringBuilder();
        PdfGlyphs.Glyph previous = null;
        for (PdfGlyphs.Glyph glyph : line.glyphs()) {
            if (glyph.text().isBlank()) {
                continue;
            }
            if (previous != null && glyph.x() - previous.right() > glyph.size() / 6) {
                text.append(' ');
            }
            text.append(glyph.text());
            previous = glyph;
        }
        return text.toString();
    }

    // ------------------------------------------------------------------ the citations

    @Test
    void everyCitationIsItsEntrysNumberLinkedToThePageAndLineOfTheEntry() throws IOException {
        Path pdfFile = TestBooks.pdf(BOOK, Edition.SCREEN);
        PdfGlyphs glyphs = PdfGlyphs.read(pdfFile.toFile());
        List<String> labels = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            for (PdfGlyphs.Page page : glyphs.pages()) {
                if (!page.text().contains("古生物学的老问题")) {
                    continue;
                }
                PDPage pdPage = pdf.getPage(page.number() - 1);
                for (PDAnnotation annotation : pdPage.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    // A citation links its number inside the brackets, an xref the whole [n].
                    String label = page.glyphs().stream()
                            .filter(g -> link.getRectangle().contains(g.x() + g.width() / 2, page.height() - g.y() + 1))
                            .map(PdfGlyphs.Glyph::text).reduce("", String::concat).replaceAll("[\\[\\]]", "");
                    if (!label.matches("\\d+")) {
                        continue;
                    }
                    labels.add(label);
                    PDPageDestination destination = PdfLinks.destination(pdf, link, "a citation's link");
                    int target = destination.retrievePageNumber() + 1;
                    PdfGlyphs.Page entryPage = glyphs.pages().get(target - 1);
                    int n = Integer.parseInt(label);
                    String entryStart = SourceText.squeeze(ENTRIES.get(n - 1)).substring(0, 12);
                    PdfGlyphs.Line line = entryPage.lines().stream()
                            .filter(l -> SourceText.squeeze(l.text()).startsWith(entryStart)).findFirst()
                            .orElseThrow(() -> new AssertionError(label + " on page " + page.number() + " leads to page "
                                    + target + ", which does not hold the entry " + entryStart));
                    if (destination instanceof PDPageXYZDestination xyz && xyz.getTop() > 0) {
                        float top = entryPage.height() - xyz.getTop();
                        assertTrue(top <= line.y() && line.y() - top < 2 * glyphs.bodySize(),
                                label + " leads to " + top + " pt from the top, its entry's line is at " + line.y());
                    }
                }
            }
        }
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "1", "3", "1", "6"), labels,
                "the citations, biblioref and xref of the chapter, numbered in the order they are first cited;"
                        + " then [1-3] and [1,6], each number a link");
        String chapter = SourceText.squeeze(glyphs.pages().stream().filter(p -> p.text().contains("古生物学的老问题"))
                .map(PdfGlyphs.Page::text).findFirst().orElseThrow());
        assertTrue(chapter.contains("连接[1-3]，") && chapter.contains("隔开[1,6]。"), "citations side by side are one: " + chapter);
    }

    /**
     * The featured book: in the screen edition each citation's number (a link glyph run after '[' or ',',
     * so a footnote's mark is not taken for one) leads to the page and line of its entry; the
     * numbers in reading order; in both editions citations side by side printed as one, [3,4].
     */
    @Test
    void theFeaturedBooksCitationsLinkToTheirEntries() throws IOException {
        for (Edition edition : Edition.values()) {
            Path pdfFile = TestBooks.pdf(TestBooks.FEATURED, edition);
            PdfGlyphs glyphs = PdfGlyphs.read(pdfFile.toFile());
            int bibliography = glyphs.pages().stream().filter(p -> p.opensWith("参考文献")).findFirst().orElseThrow().number();
            List<String> labels = new ArrayList<>();
            try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
                for (PdfGlyphs.Page page : glyphs.pages()) {
                    List<PdfGlyphs.Glyph> all = page.glyphs();
                    for (PDAnnotation annotation : pdf.getPage(page.number() - 1).getAnnotations()) {
                        if (!(annotation instanceof PDAnnotationLink link)) {
                            continue;
                        }
                        List<PdfGlyphs.Glyph> inside = all.stream()
                                .filter(g -> link.getRectangle().contains(g.x() + g.width() / 2, page.height() - g.y() + 1)).toList();
                        String label = inside.stream().map(PdfGlyphs.Glyph::text).reduce("", String::concat);
                        int index = inside.isEmpty() ? 0 : all.indexOf(inside.get(0));
                        if (!label.matches("\\d+") || index == 0 || !all.get(index - 1).text().matches("[\\[,]")) {
                            continue;
                        }
                        labels.add(label);
                        PDPageDestination destination = PdfLinks.destination(pdf, link, "a citation's link");
                        int target = destination.retrievePageNumber() + 1;
                        assertTrue(target >= bibliography, edition + ": [" + label + "] on page " + page.number()
                                + " leads to page " + target + ", before the bibliography (page " + bibliography + ")");
                        String entryStart = SourceText.squeeze(FEATURED_ENTRIES.get(Integer.parseInt(label) - 1)).substring(0, 8);
                        PdfGlyphs.Page entryPage = glyphs.pages().get(target - 1);
                        PdfGlyphs.Line line = entryPage.lines().stream()
                                .filter(l -> SourceText.squeeze(l.text()).startsWith(entryStart)).findFirst()
                                .orElseThrow(() -> new AssertionError(edition + ": [" + label + "] on page " + page.number()
                                        + " leads to page " + target + ", which does not hold the entry " + entryStart));
                        if (destination instanceof PDPageXYZDestination xyz && xyz.getTop() > 0) {
                            float top = entryPage.height() - xyz.getTop();
                            assertTrue(top <= line.y() && line.y() - top < 2 * glyphs.bodySize(),
                                    edition + ": [" + label + "] leads to " + top + " pt from the top, its entry's line is at " + line.y());
                        }
                    }
                }
            }
            // The print edition (PDF/X) has no link annotations; its citations are checked as printed text.
            assertEquals(edition == Edition.SCREEN ? FEATURED_CITATIONS : List.of(), labels,
                    edition + ": the citations in reading order, each number a link");
            String text = SourceText.squeeze(String.join("", glyphs.pages().stream().map(PdfGlyphs.Page::text).toList()));
            for (String cited : List.of("中文排版需求[1]。", "反复使用[2]。", "逐行地做决定[3,4]。", "并没有详细的要求[5,6]，",
                    "能不能挤压的[7]。", "《中文排版需求》[1]中的", "许多做法[9]。", "GB/T12451[10]，", "GB/T7714[11]，")) {
                assertTrue(text.contains(cited), edition + ": not printed: " + cited);
            }
        }
    }

    // ------------------------------------------------------------------ the tables' rules

    /** A stroked line: horizontal (y fixed) or vertical (x fixed), in points from the page's top-left. */
    private record Rule(boolean horizontal, float at, float from, float to, float width) {
    }

    /**
     * Every straight horizontal or vertical line FOP strokes on a page (it draws borders so), in
     * the coordinates PDFBox gives text: from the crop box's top-left corner.
     */
    private static List<Rule> rules(PDPage page) throws IOException {
        List<Rule> rules = new ArrayList<>();
        float height = page.getCropBox().getUpperRightY();
        float left = page.getCropBox().getLowerLeftX();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private final List<Point2D> path = new ArrayList<>();
            private Point2D current = new Point2D.Float();

            @Override
            public void moveTo(float x, float y) {
                path.add(null);
                path.add(new Point2D.Float(x, y));
                current = new Point2D.Float(x, y);
            }

            @Override
            public void lineTo(float x, float y) {
                path.add(new Point2D.Float(x, y));
                current = new Point2D.Float(x, y);
            }

            @Override
            public void strokePath() {
                float width = getGraphicsState().getLineWidth()
                        * (float) Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY());
                for (int i = 1; i < path.size(); i++) {
                    Point2D a = path.get(i - 1);
                    Point2D b = path.get(i);
                    if (a == null || b == null) {
                        continue;
                    }
                    if (Math.abs(a.getY() - b.getY()) < 0.01) {
                        rules.add(new Rule(true, height - (float) a.getY(), (float) Math.min(a.getX(), b.getX()) - left,
                                (float) Math.max(a.getX(), b.getX()) - left, width));
                    } else if (Math.abs(a.getX() - b.getX()) < 0.01) {
                        rules.add(new Rule(false, (float) a.getX() - left, height - (float) Math.max(a.getY(), b.getY()),
                                height - (float) Math.min(a.getY(), b.getY()), width));
                    }
                }
                path.clear();
            }

            @Override
            public void endPath() {
                path.clear();
            }

            @Override
            public void fillPath(int windingRule) {
                path.clear();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                strokePath();
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            }

            @Override
            public void drawImage(PDImage pdImage) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                current = new Point2D.Float(x3, y3);
            }

            @Override
            public Point2D getCurrentPoint() {
                return current;
            }

            @Override
            public void closePath() {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }
        };
        engine.processPage(page);
        return rules;
    }

    /**
     * The horizontal rules between two lines of text (the caption, the text after the table), as
     * their widths from top to bottom: one entry per y, the widths of its segments (FOP strokes a
     * rule cell by cell) all alike.
     */
    private static List<Float> horizontalRules(List<Rule> rules, float below, float above) {
        Map<Integer, List<Float>> byY = new TreeMap<>();
        for (Rule rule : rules) {
            if (rule.horizontal() && rule.at() > below && rule.at() < above) {
                byY.computeIfAbsent(Math.round(rule.at() * 4), k -> new ArrayList<>()).add(rule.width());
            }
        }
        List<Float> widths = new ArrayList<>();
        for (List<Float> segments : byY.values()) {
            assertTrue(segments.stream().distinct().count() == 1, "one rule, segments of different widths: " + segments);
            widths.add(segments.get(0));
        }
        return widths;
    }

    @Test
    void aTableHasThreeRulesUnlessItsAuthorAsksForMore() throws IOException {
        for (Edition edition : Edition.values()) {
            Path pdfFile = TestBooks.pdf(BOOK, edition);
            PdfGlyphs glyphs = PdfGlyphs.read(pdfFile.toFile());
            try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
                PdfGlyphs.Page page1 = pageWith(glyphs, "表1-1");
                List<Rule> rules1 = rules(pdf.getPage(page1.number() - 1));
                float caption1 = lineStarting(page1.lines(), "表1-1").y();
                float after1 = lineStarting(page1.lines(), "作者需要网格时").y();
                assertEquals(List.of(1f, 0.5f, 1f), horizontalRules(rules1, caption1, after1 - glyphs.bodySize()),
                        edition + ": table 1-1, a three-line table: a thick rule above, a thin one under the head, a thick one below");
                assertEquals(0, rules1.stream().filter(r -> !r.horizontal() && r.from() > caption1 && r.to() < after1).count(),
                        edition + ": table 1-1 has no vertical rule");

                PdfGlyphs.Page page2 = pageWith(glyphs, "表1-2");
                List<Rule> rules2 = rules(pdf.getPage(page2.number() - 1));
                float caption2 = lineStarting(page2.lines(), "表1-2").y();
                float bottom2 = lineStarting(page2.lines(), "OL").y() + 2 * glyphs.bodySize();
                assertEquals(List.of(1f, 0.5f, 0.3f, 0.3f, 0.3f, 1f), horizontalRules(rules2, caption2, bottom2),
                        edition + ": table 1-2 (frame='all' rowsep='1'): the frame, the head's rule, a rule between body rows");
                Map<Float, Long> verticals = new TreeMap<>();
                rules2.stream().filter(r -> !r.horizontal() && r.from() > caption2 && r.to() < bottom2)
                        .forEach(r -> verticals.merge(r.width(), 1L, Long::sum));
                assertEquals(List.of(0.3f, 0.5f), new ArrayList<>(verticals.keySet()),
                        edition + ": table 1-2: the frame's sides and the first column's colsep");
                long sides = rules2.stream().filter(r -> !r.horizontal() && r.from() > caption2 && r.to() < bottom2
                        && r.width() == 0.5f).map(r -> Math.round(r.at())).distinct().count();
                assertEquals(2, sides, edition + ": a frame rule at the left and at the right");
            }
        }
    }

    private static PdfGlyphs.Page pageWith(PdfGlyphs glyphs, String lineStart) {
        return glyphs.pages().stream().filter(p -> p.lines().stream()
                .anyMatch(l -> SourceText.squeeze(l.text()).startsWith(lineStart))).findFirst()
                .orElseThrow(() -> new AssertionError("no page has a line starting " + lineStart));
    }

    private static PdfGlyphs.Line lineStarting(List<PdfGlyphs.Line> lines, String start) {
        return lines.stream().filter(l -> SourceText.squeeze(l.text()).startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starts with " + start));
    }

    // ------------------------------------------------------------------ the EPUB

    @Test
    void theEpubLinksEachCitationToItsEntryAndPassesEpubCheck() throws IOException, SaxonApiException {
        Path epub = TestBooks.epub(BOOK);
        List<EpubChecker.Finding> problems = EpubChecker.check(epub).stream()
                .filter(f -> f.severity() == Severity.FATAL || f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .toList();
        assertEquals(List.of(), problems);

        Map<String, XdmNode> documents = documents(epub);
        XdmNode bibliography = documents.get("OEBPS/references.xhtml");
        assertTrue(bibliography != null, "the bibliography is a document of its own: " + documents.keySet());
        List<String> entries = Xhtml.strings(bibliography, "//h:ol[@class = 'bibliography']/h:li/normalize-space()");
        assertEquals(ENTRIES, entries);
        XdmNode chapter = documents.get("OEBPS/ch-sources.xhtml");
        List<String> citations = Xhtml.strings(chapter, "//h:a[@role = 'doc-biblioref']/(@href || ' ' || normalize-space())");
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "[8]", "9", "1", "3", "1", "6"),
                citations.stream().map(c -> c.split(" ")[1]).toList(),
                "the numbers in the order they are first cited, an xref's with its brackets");
        for (String citation : citations) {
            String[] hrefAndLabel = citation.split(" ");
            String id = hrefAndLabel[0].substring(hrefAndLabel[0].indexOf('#') + 1);
            assertEquals("references.xhtml", hrefAndLabel[0].substring(0, hrefAndLabel[0].indexOf('#')));
            assertEquals(List.of("[" + hrefAndLabel[1].replaceAll("[\\[\\]]", "") + "]"), Xhtml.strings(bibliography,
                    "//h:li[@id = '" + id + "']/h:span[@class = 'bibliography-label']/string()"), citation);
        }
        assertEquals(List.of("head-rule", "head-rule"),
                Xhtml.strings(chapter, "//h:div[@id = 'tab-three-line']//h:th/@class/string()"));
        assertEquals(0, Xhtml.strings(chapter, "//h:div[@id = 'tab-three-line']//h:td/@class").size(),
                "the three-line table has no rule on its body cells");
        assertEquals(List.of("frame-top frame-bottom frame-left frame-right framed"),
                Xhtml.strings(chapter, "//h:div[@id = 'tab-ruled']/h:table/@class/string()"));
    }

    /** The featured book's EPUB: the entries as in the PDF, each citation an href to its entry's [n]. */
    @Test
    void theFeaturedBooksEpubLinksEachCitationToItsEntry() throws IOException, SaxonApiException {
        Map<String, XdmNode> documents = documents(TestBooks.epub(TestBooks.FEATURED));
        XdmNode bibliography = documents.get("OEBPS/bibliography.xhtml");
        assertTrue(bibliography != null, "the bibliography is a document of its own: " + documents.keySet());
        assertEquals(FEATURED_ENTRIES, Xhtml.strings(bibliography, "//h:ol[@class = 'bibliography']/h:li/normalize-space()"));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("OEBPS/preface.xhtml", List.of("1"));
        expected.put("OEBPS/ch-basics.xhtml", List.of("2", "3", "4"));
        expected.put("OEBPS/ch-punct.xhtml", List.of("5", "6", "7", "8", "1"));
        expected.put("OEBPS/colophon.xhtml", List.of("9", "10", "11"));
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Map.Entry<String, XdmNode> document : documents.entrySet()) {
            for (String citation : Xhtml.strings(document.getValue(), "//h:a[@role = 'doc-biblioref']/(@href || ' ' || normalize-space())")) {
                String[] hrefAndLabel = citation.split(" ");
                found.computeIfAbsent(document.getKey(), k -> new ArrayList<>()).add(hrefAndLabel[1]);
                assertEquals("bibliography.xhtml", hrefAndLabel[0].substring(0, hrefAndLabel[0].indexOf('#')), citation);
                String id = hrefAndLabel[0].substring(hrefAndLabel[0].indexOf('#') + 1);
                assertEquals(List.of("[" + hrefAndLabel[1] + "]"), Xhtml.strings(bibliography,
                        "//h:li[@id = '" + id + "']/h:span[@class = 'bibliography-label']/string()"), citation + " resolves");
            }
        }
        assertEquals(expected.keySet().stream().sorted().toList(), found.keySet().stream().sorted().toList());
        expected.forEach((document, labels) -> assertEquals(labels, found.get(document), document));
    }

    private static Map<String, XdmNode> documents(Path epub) throws IOException, SaxonApiException {
        Map<String, XdmNode> documents = new LinkedHashMap<>();
        DocumentBuilder builder = Xhtml.PROCESSOR.newDocumentBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().endsWith(".xhtml")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        documents.put(entry.getName(), builder.build(new javax.xml.transform.stream.StreamSource(
                                new java.io.StringReader(xml))));
                    }
                }
            }
        }
        return documents;
    }
}
