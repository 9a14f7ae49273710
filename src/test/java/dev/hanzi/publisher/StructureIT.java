package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.adobe.epubcheck.messages.Severity;
import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The divisions of issue 15 on the page and in the EPUB: an article published as one document
 * (title block, numbered sections, its title and current section in the running head, no part
 * pages) and a book of every division (parts with opening pages, dedication, acknowledgements,
 * glossary, sections five deep, sect1–sect5, credits and revision history).
 */
class StructureIT {
    static final Path ARTICLE = Paths.get("src/test/resources/books/article/article.xml");
    static final Path STRUCTURE = Paths.get("src/test/resources/books/structure/book.xml");
    /** Where the running head sits: above this distance from the top of the trimmed page (A4, points). */
    private static final float HEADER_BOTTOM = 70f;
    private static final String TITLE = "在持续集成中构建中文电子书";
    private static final Processor PROCESSOR = new Processor(false);

    // ------------------------------------------------------------------ the article

    @Test
    void theArticlesOutlineIsItsTitleAndItsNumberedSections() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(ARTICLE).toFile())) {
            List<String> outline = outline(pdf.getDocumentCatalog().getDocumentOutline(), "");
            assertEquals(List.of(TITLE, "1 引言", "2 流水线的结构", " 2.1 载入与校验", "  2.1.1 错误信息的格式",
                    "  2.1.2 包含文件的边界", " 2.2 转换", "3 中文排版的难点", " 3.1 字格", " 3.2 禁则", " 附记：标点的宽度",
                    "4 测量结果", " 4.1 规模", "5 结语"), outline.stream().map(StructureIT::visible).toList(),
                    "bookmarks from the sections (one space a level), the bridgehead left out");
        }
    }

    @Test
    void theArticleOpensWithItsTitleBlockAndNumbersItsSections() throws IOException {
        PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(ARTICLE).toFile());
        PdfGlyphs.Page first = glyphs.pages().get(0);
        assertTrue(first.opensWith(TITLE), "page 1 opens with the article's title: " + first.lines().get(0).text());
        String page1 = SourceText.squeeze(first.text());
        for (String expected : List.of("一条流水线的设计与测量", "周明远", "青岚大学信息学院", "陈若兰", "东湖出版技术实验室",
                "内容提要", "修订历史", "补充测量数据")) {
            assertTrue(page1.contains(SourceText.squeeze(expected)), expected + " in the title block on page 1");
        }
        assertEquals(1, first.lines().stream().filter(l -> SourceText.squeeze(l.text()).equals("周明远")).count(),
                "each author named once in the title block");
        List<String> headings = new ArrayList<>();
        for (PdfGlyphs.Page page : glyphs.pages()) {
            for (PdfGlyphs.Line line : page.lines()) {
                headings.add(SourceText.squeeze(line.text()));
            }
        }
        for (String heading : List.of("1引言", "2.1载入与校验", "2.1.1错误信息的格式", "3.2禁则", "附记：标点的宽度", "5结语")) {
            assertTrue(headings.contains(heading), "a heading line " + heading);
        }
        assertFalse(glyphs.pages().stream().anyMatch(p -> !p.lines().isEmpty()
                && SourceText.squeeze(p.lines().get(0).text()).matches("第.部分")), "no part pages");
        assertTrue(glyphs.pages().size() >= 3, "the article runs over several pages: " + glyphs.pages().size());
    }

    /**
     * The running head of every page after the first is the article's title and the first-level
     * section the page is in: the one continued from the page before, or the first that starts on
     * the page.
     */
    @Test
    void theArticlesRunningHeadIsItsTitleAndTheCurrentSection() throws IOException {
        for (Edition edition : Edition.values()) {
            PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(ARTICLE, edition).toFile());
            List<String> sections = List.of("1引言", "2流水线的结构", "3中文排版的难点", "4测量结果", "5结语");
            String current = null;
            Set<String> seen = new LinkedHashSet<>();
            for (PdfGlyphs.Page page : glyphs.pages()) {
                String header = header(page);
                List<String> startingHere = page.lines().stream().map(l -> SourceText.squeeze(l.text()))
                        .filter(sections::contains).toList();
                if (page.number() == 1) {
                    assertEquals("", header, edition + ": the first page has no running head");
                } else if (!page.lines().isEmpty()) {
                    assertTrue(header.startsWith(TITLE), edition + " page " + page.number() + ": head " + header);
                    String section = header.substring(TITLE.length());
                    List<String> allowed = new ArrayList<>();
                    if (current != null) {
                        allowed.add(current);
                    }
                    if (!startingHere.isEmpty()) {
                        allowed.add(startingHere.get(0));
                    }
                    assertTrue(allowed.contains(section), edition + " page " + page.number() + ": head section " + section
                            + ", expected one of " + allowed);
                    seen.add(section);
                }
                if (!startingHere.isEmpty()) {
                    current = startingHere.get(startingHere.size() - 1);
                }
            }
            assertTrue(seen.size() >= 2, edition + ": the head follows the sections: " + seen);
        }
    }

    @Test
    void theArticlesEpubIsOneDocumentWithItsSectionsInTheNavigation() throws Exception {
        Path epub = TestBooks.epub(ARTICLE);
        assertNoEpubCheckProblem(epub);
        XdmNode opf = entry(epub, "OEBPS/content.opf");
        assertEquals(List.of("周明远 aut", "陈若兰 aut"), strings(opf,
                "for $c in //dc:creator return normalize-space($c) || ' ' || //opf:meta[@refines = '#' || $c/@id][@property = 'role']"));
        assertEquals(List.of(TITLE), strings(opf, "//dc:title/string()"));
        XdmNode nav = entry(epub, "OEBPS/nav.xhtml");
        assertEquals(List.of("1 引言", "2 流水线的结构", "2.1 载入与校验", "2.2 转换", "3 中文排版的难点", "3.1 字格", "3.2 禁则",
                "附记：标点的宽度", "4 测量结果", "4.1 规模", "5 结语"),
                strings(nav, "//h:nav[@epub:type = 'toc']//h:a/normalize-space()"));
        assertEquals(List.of("OEBPS/article.xhtml", "OEBPS/nav.xhtml"), strings(opf,
                "//opf:itemref/(let $id := @idref return 'OEBPS/' || //opf:item[@id = $id]/@href)"),
                "the spine: the article and the navigation, no cover or title page");
        XdmNode article = entry(epub, "OEBPS/article.xhtml");
        assertEquals(2, count(article, "//h:header[@class = 'article-title']//h:p[@class = 'author-name']"));
        assertEquals(2, count(article, "//h:table[@class = 'revhistory']/h:tbody/h:tr"));
    }

    @Test
    void theArticlesScreenEditionIsPdfUa() throws Exception {
        assertEquals(java.util.Map.of(), VeraPdf.failedRules(TestBooks.pdf(ARTICLE), PDFAFlavour.PDFUA_1));
    }

    // ------------------------------------------------------------------ the book of every division

    @Test
    void theBooksOutlineNestsChaptersInPartsAndSectionsFiveDeep() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(TestBooks.pdf(STRUCTURE).toFile())) {
            List<String> outline = outline(pdf.getDocumentCatalog().getDocumentOutline(), "").stream()
                    .map(StructureIT::visible).toList();
            assertEquals(List.of("目录", "献辞", "前言", "第一部分 结构的层次", "第二部分 结构之外", "附录A 元素一览", "术语表", "致谢"),
                    outline.stream().filter(b -> !b.startsWith(" ")).toList(), "the top level");
            for (String nested : List.of(" 第一章 节的嵌套", "  第一层的节", "   第二层的节", "    第三层的节", "     第四层的节",
                    "      第五层的节", " 第二章 编号的节元素", "      sect5的标题", "  本章术语", " 第三章 不编号的标题", "  简单的节")) {
                assertTrue(outline.contains(nested), "\"" + nested + "\" in the outline: " + outline);
            }
            assertFalse(outline.stream().anyMatch(b -> b.contains("桥接标题")), "no bookmark for a bridgehead");
        }
    }

    @Test
    void aPartOpensOnARightHandPageOfItsOwn() throws IOException {
        for (Edition edition : Edition.values()) {
            PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(STRUCTURE, edition).toFile());
            for (String[] part : new String[][] {{"第一部分", "结构的层次", "节的嵌套"}, {"第二部分", "结构之外", "不编号的标题"}}) {
                PdfGlyphs.Page opening = glyphs.pages().stream().filter(p -> !p.lines().isEmpty()
                        && SourceText.squeeze(p.lines().get(0).text()).equals(part[0])).findFirst()
                        .orElseThrow(() -> new AssertionError(edition + ": no page opens with " + part[0]));
                assertEquals(part[1], SourceText.squeeze(opening.lines().get(1).text()), edition + ": the part's title");
                assertEquals("", header(opening), edition + ": no running head on a part's page");
                assertFalse(SourceText.squeeze(opening.text()).contains(part[2]), edition + ": the chapter opens on a page of its own");
                if (edition == Edition.PRINT) {
                    assertEquals(1, opening.number() % 2, part[0] + " on a right-hand page (page " + opening.number() + ")");
                }
            }
        }
    }

    @Test
    void headingsShrinkWithTheirDepth() throws IOException {
        PdfGlyphs glyphs = PdfGlyphs.read(TestBooks.pdf(STRUCTURE).toFile());
        List<Float> sizes = new ArrayList<>();
        for (String heading : List.of("第一层的节", "第二层的节", "第三层的节", "第四层的节", "第五层的节")) {
            sizes.add(glyphs.pages().stream().flatMap(p -> p.lines().stream())
                    .filter(l -> SourceText.squeeze(l.text()).equals(heading)).findFirst()
                    .orElseThrow(() -> new AssertionError("no heading line " + heading)).glyphs().get(0).size());
        }
        for (int i = 1; i < sizes.size(); i++) {
            assertTrue(sizes.get(i) <= sizes.get(i - 1) + 0.01, "level " + (i + 1) + " no larger than level " + i + ": " + sizes);
        }
        assertTrue(sizes.get(0) > sizes.get(2) + 1, "the first level clearly larger than the third: " + sizes);
        String front = SourceText.squeeze(glyphs.pages().get(1).text());
        for (String party : List.of("林书远", "苏白", "何晓青", "江远")) {
            assertEquals(1, count(front, party), party + " named once on the title page: " + front);
        }
    }

    @Test
    void theBooksEpubNestsItsPartsAndCreditsItsParties() throws Exception {
        Path epub = TestBooks.epub(STRUCTURE);
        assertNoEpubCheckProblem(epub);
        XdmNode opf = entry(epub, "OEBPS/content.opf");
        assertEquals(List.of("creator 林书远 aut", "creator 苏白 aut", "creator 何晓青 edt", "contributor 江远 pfr"), strings(opf,
                "for $c in //(dc:creator | dc:contributor) return local-name($c) || ' ' || normalize-space($c) || ' ' "
                + "|| //opf:meta[@refines = '#' || $c/@id][@property = 'role']"));
        XdmNode nav = entry(epub, "OEBPS/nav.xhtml");
        assertEquals(List.of("献辞", "前言", "第一部分 结构的层次", "第二部分 结构之外", "附录A 元素一览", "术语表", "致谢"),
                strings(nav, "//h:nav[@epub:type = 'toc']/h:ol/h:li/h:a/normalize-space()"));
        assertEquals(List.of("第一章 节的嵌套", "第二章 编号的节元素"),
                strings(nav, "//h:li[h:a = '第一部分 结构的层次']/h:ol/h:li/h:a/normalize-space()"));
        XdmNode glossary = entry(epub, "OEBPS/glossary.xhtml");
        assertEquals(List.of("部分", "章", "桥接标题"), strings(glossary, "//h:dl[@class = 'glossary']/h:dt/normalize-space()"));
        XdmNode copyright = entry(epub, "OEBPS/copyright.xhtml");
        assertEquals(2, count(copyright, "//h:table[@class = 'revhistory']/h:tbody/h:tr"));
        assertTrue(strings(copyright, "//h:dd/normalize-space()").contains("978-7-000-00000-1"), "the ISBN");
    }

    @Test
    void theBooksScreenEditionIsPdfUa() throws Exception {
        assertEquals(java.util.Map.of(), VeraPdf.failedRules(TestBooks.pdf(STRUCTURE), PDFAFlavour.PDFUA_1));
    }

    // ------------------------------------------------------------------ helpers

    /** The outline as lines, each indented by one space a level. */
    private static List<String> outline(PDOutlineNode node, String indent) {
        List<String> lines = new ArrayList<>();
        if (node == null) {
            return lines;
        }
        for (PDOutlineItem item : node.children()) {
            lines.add(indent + item.getTitle());
            lines.addAll(outline(item, indent + " "));
        }
        return lines;
    }

    private static String visible(String text) {
        return text.replaceAll("[\u200B\u2060]", "");
    }

    /** The words of the running head, without the folio the print edition sets at its outer end (RunningHeadsIT). */
    private static String header(PdfGlyphs.Page page) {
        return SourceText.squeeze(page.glyphs().stream().filter(g -> g.y() - page.trimTop() < HEADER_BOTTOM)
                .map(PdfGlyphs.Glyph::text).reduce("", String::concat)).replaceAll("^\\d+|\\d+$", "");
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    private static void assertNoEpubCheckProblem(Path epub) {
        List<EpubChecker.Finding> problems = EpubChecker.check(epub).stream()
                .filter(f -> f.severity() == Severity.FATAL || f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
                .toList();
        assertEquals(List.of(), problems, "EPUBCheck");
    }

    private static XdmNode entry(Path epub, String name) throws IOException, SaxonApiException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var entry = zip.getEntry(name);
            assertTrue(entry != null, name + " in the EPUB");
            String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            return PROCESSOR.newDocumentBuilder().build(new StreamSource(new StringReader(text), "file:/" + name));
        }
    }

    private static List<String> strings(XdmNode node, String expression) throws SaxonApiException {
        XPathCompiler xpath = PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("h", "http://www.w3.org/1999/xhtml");
        xpath.declareNamespace("epub", "http://www.idpf.org/2007/ops");
        xpath.declareNamespace("opf", "http://www.idpf.org/2007/opf");
        xpath.declareNamespace("dc", "http://purl.org/dc/elements/1.1/");
        List<String> values = new ArrayList<>();
        for (XdmItem item : xpath.evaluate(expression, node)) {
            values.add(item.getStringValue());
        }
        return values;
    }

    private static int count(XdmNode node, String expression) throws SaxonApiException {
        return Integer.parseInt(strings(node, "count(" + expression + ")").get(0));
    }
}
