package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The featured book's index (索引) read back from both PDF editions and the EPUB: its terms in
 * pinyin order under their letters (Latin terms among them, a polyphone placed by its sortas),
 * next levels indented under their term, see and see also; every page number a page where the
 * term's place is (the text around its indexterm in the source is on that page), every place of
 * a term on a listed page, the same page once, adjacent pages merged into a range, a range
 * (startofrange … endofrange) from its first page to its last; in the screen edition each
 * number a link to its page. In the EPUB the same order, each link to an anchor that exists,
 * named by the section it stands in.
 */
class IndexIT {
    private static final Path FOLDER = TestBooks.FEATURED.getParent();
    private static final List<String> CHAPTERS = List.of("ch01-basics.xml", "ch02-punctuation.xml",
            "chapters/ch03-layout.xml", "appendix-glossary.xml");
    private static final String DB = "http://docbook.org/ns/docbook";

    /**
     * The terms in the order a reader of a Chinese index expects, each under its letter: by
     * pinyin letter by letter, Latin terms among them (DocBook between 重复 chóng and 断行 duàn),
     * digits first; 行 read háng where the sortas says so, 重复表头 under C by its sortas
     * (ICU would read 重 zhòng).
     */
    private static final List<String> ORDER = List.of(
            "符号与数字 300dpi", "A A4纸", "B 白边", "B 版心", "B 标点符号", "B 标点挤压", "B 毕昇", "C 重复表头",
            "D DocBook", "D 断行", "E EPUB", "F 方块字", "H 行长", "H 行距", "H 横排", "H 活字印刷",
            "J 交叉引用", "J 激光照排", "J 禁则", "M 梦溪笔谈", "Q 铅字", "S 竖排", "U Unicode", "W 网格",
            "X XSL-FO", "Y 页边", "Y 印张", "Z 中西文混排", "Z 字号");

    /** An entry of the PDF's index: its level (1–3), its path (primary/secondary…), its runs of pages and the rest. */
    private record Entry(int level, String path, List<String> runs, String rest, int page, float y) {
    }

    /** A place of a term in the source: its entry's path and the text beside it (the end of a range's). */
    private record Place(String path, String context, String endContext) {
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void entriesAreInPinyinOrderUnderTheirLetters(Edition edition) throws IOException {
        List<String> lines = new ArrayList<>();
        List<Entry> entries = entries(PdfGlyphs.read(TestBooks.pdf(TestBooks.FEATURED, edition).toFile()), lines);
        List<String> letters = lines.stream().filter(l -> l.matches("[A-Z]|符号与数字")).toList();
        List<String> firstLevel = new ArrayList<>();
        String letter = null;
        for (Entry entry : entries) {
            if (entry.level() == 1) {
                firstLevel.add(entry.path());
            }
        }
        assertEquals(ORDER.stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList(), firstLevel, edition + ": the terms");
        assertEquals(ORDER.stream().map(s -> s.substring(0, s.indexOf(' '))).distinct().toList(), letters,
                edition + ": the letter headings");
        // Each term under its own letter: the heading last seen before it.
        Map<String, String> under = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.matches("[A-Z]|符号与数字")) {
                letter = line;
            } else {
                for (String expected : ORDER) {
                    String term = expected.substring(expected.indexOf(' ') + 1);
                    if (line.startsWith(term) && !under.containsKey(term)) {
                        under.put(term, letter + " " + term);
                    }
                }
            }
        }
        assertEquals(ORDER, List.copyOf(under.values()), edition + ": each term under its letter");
        // Next levels under their term, in pinyin order, indented; a third level under the second.
        assertEquals(List.of("标点符号/间隔号", "标点符号/破折号", "标点符号/全角"), children(entries, "标点符号"), edition.toString());
        assertEquals(List.of("字号/点数制", "字号/号数制", "字号/五号字"), children(entries, "字号"), edition.toString());
        assertEquals(List.of("断行/推出", "断行/推入"), children(entries, "断行"), edition.toString());
        assertEquals(List.of("DocBook/XInclude"), children(entries, "DocBook"), edition.toString());
        assertEquals(List.of("DocBook/XInclude/xml:base"), children(entries, "DocBook/XInclude"), edition.toString());
        // See and see also.
        assertEquals("见页边", entry(entries, "白边").rest(), "a see entry has no pages");
        assertTrue(entry(entries, "白边").runs().isEmpty(), "a see entry has no pages");
        assertEquals("另见横排", entry(entries, "竖排").rest());
        assertEquals("另见禁则", entry(entries, "断行/推入").rest());
    }

    private static List<String> children(List<Entry> entries, String parent) {
        int level = parent.split("/").length + 1;
        return entries.stream().filter(e -> e.level() == level && e.path().startsWith(parent + "/")).map(Entry::path).toList();
    }

    private static Entry entry(List<Entry> entries, String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + path + " in " + entries));
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void everyPageNumberIsAPageWhereTheTermIs(Edition edition) throws IOException, SaxonApiException {
        Path pdfFile = TestBooks.pdf(TestBooks.FEATURED, edition);
        PdfGlyphs glyphs = PdfGlyphs.read(pdfFile.toFile());
        List<Entry> entries = entries(glyphs, new ArrayList<>());
        String[] labels = labels(pdfFile);
        List<Place> places = places();
        int checked = 0;
        for (Entry entry : entries) {
            List<Place> ofEntry = places.stream().filter(p -> p.path().equals(entry.path())).toList();
            if (entry.runs().isEmpty()) {
                assertTrue(ofEntry.stream().allMatch(p -> p.context() == null), entry + " lists no page");
                continue;
            }
            Set<Integer> listed = new HashSet<>();
            int previousLast = -2;
            for (String run : entry.runs()) {
                String[] ends = run.split("–");
                int first = page(labels, ends[0], entry);
                int last = page(labels, ends[ends.length - 1], entry);
                assertTrue(first > previousLast + 1, entry.path() + ": " + entry.runs()
                        + ": runs in page order, each page once, adjacent pages merged");
                assertTrue(ends.length == 1 || last > first, entry.path() + ": a range runs forwards: " + run);
                previousLast = last;
                for (int p = first; p <= last; p++) {
                    listed.add(p);
                }
                int firstPage = first;
                assertTrue(ofEntry.stream().anyMatch(place -> onPage(glyphs, firstPage, place.context())),
                        edition + ": " + entry.path() + " lists page " + ends[0] + ", where none of its places is: " + ofEntry);
                if (ends.length > 1) {
                    int lastPage = last;
                    assertTrue(ofEntry.stream().anyMatch(place -> place.endContext() != null && onPage(glyphs, lastPage, place.endContext())),
                            edition + ": the range of " + entry.path() + " ends on page " + ends[1] + ", where its end is not");
                }
                checked++;
            }
            for (Place place : ofEntry) {
                assertTrue(listed.stream().anyMatch(p -> onPage(glyphs, p, place.context())),
                        edition + ": " + entry.path() + ": the place '" + place.context() + "' is on none of its pages " + entry.runs());
            }
        }
        assertTrue(checked >= 30, "page numbers checked: " + checked);
        List<String> range = entry(entries, "禁则").runs();
        assertEquals(1, range.size(), "the range of 禁则 is one run: " + range);
        assertTrue(range.get(0).contains("–"), "the range of 禁则 from its first page to its last: " + range);
    }

    /** In the screen edition each page number (or range) is a link to the page it names. */
    @Test
    void everyPageNumberLinksToItsPage() throws IOException {
        Path pdfFile = TestBooks.pdf(TestBooks.FEATURED, Edition.SCREEN);
        PdfGlyphs glyphs = PdfGlyphs.read(pdfFile.toFile());
        List<Entry> entries = entries(glyphs, new ArrayList<>());
        String[] labels = labels(pdfFile);
        List<String> linked = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            for (PdfGlyphs.Page page : indexPages(glyphs)) {
                PDPage pdPage = pdf.getPage(page.number() - 1);
                for (PDAnnotation annotation : pdPage.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    String text = page.glyphs().stream()
                            .filter(g -> link.getRectangle().contains(g.x() + g.width() / 2, page.height() - g.y() + 1))
                            .map(PdfGlyphs.Glyph::text).reduce("", String::concat).strip();
                    int target = PdfLinks.destination(pdf, link, "a page number's link").retrievePageNumber();
                    assertEquals(text.split("–")[0], labels[target], "the link " + text + " on page " + page.number()
                            + " goes to the page it names");
                    linked.add(text);
                }
            }
        }
        List<String> runs = entries.stream().flatMap(e -> e.runs().stream()).toList();
        assertEquals(runs, linked, "every page number and range is a link, in the index's order");
    }

    /** The EPUB's index: the same order, every link to an anchor that exists, named by its section. */
    @Test
    void theEpubsIndexLinksToThePlacesOfItsTerms() throws IOException, SaxonApiException {
        Processor processor = new Processor(false);
        DocumentBuilder builder = processor.newDocumentBuilder();
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("h", "http://www.w3.org/1999/xhtml");
        xpath.declareNamespace("epub", "http://www.idpf.org/2007/ops");
        Map<String, XdmNode> documents = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(TestBooks.epub(TestBooks.FEATURED).toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().endsWith(".xhtml")) {
                    documents.put(entry.getName().replaceFirst("^.*/", ""),
                            builder.build(new StreamSource(zip.getInputStream(entry), entry.getName())));
                }
            }
        }
        XdmNode index = documents.values().stream()
                .filter(d -> evaluate(xpath, "exists(//h:section[@epub:type = 'index'])", d).equals("true"))
                .findFirst().orElseThrow(() -> new AssertionError("no index in the EPUB"));
        List<String> terms = new ArrayList<>();
        for (XdmItem term : xpath.evaluate("//h:section[@epub:type = 'index']/h:section/h:ul/h:li/h:span[@class = 'index-term']", index)) {
            terms.add(term.getStringValue());
        }
        assertEquals(ORDER.stream().map(s -> s.substring(s.indexOf(' ') + 1)).toList(), terms, "the terms in pinyin order");
        assertTrue(evaluate(xpath, "string-join(//h:section[@epub:type = 'index']/h:section/(h:h2 | h:h3), ' ')", index)
                .startsWith("符号与数字 A B C D E"), "the letters");
        int links = 0;
        for (XdmItem link : xpath.evaluate("//h:section[@epub:type = 'index']//h:a", index)) {
            String href = ((XdmNode) link).getAttributeValue(new net.sf.saxon.s9api.QName("href"));
            String file = href.substring(0, href.indexOf('#'));
            String id = href.substring(href.indexOf('#') + 1);
            XdmNode document = documents.get(file);
            assertNotNull(document, href + ": no such document");
            String heading = evaluate(xpath, "normalize-space(string-join((//*[@id = '" + id + "']/ancestor-or-self::h:section[h:h2 or h:h3"
                    + " or h:h4 or h:header][1]/(h:h2, h:h3, h:h4, h:header/h:h1)[1])//text()))", document);
            assertFalse(heading.isEmpty(), href + ": no anchor " + id + " in a section of " + file);
            assertTrue(link.getStringValue().replace(" ", "").endsWith(heading.replace(" ", "")),
                    href + ": the link '" + link.getStringValue() + "' names the section its anchor is in: " + heading);
            links++;
        }
        assertTrue(links >= 30, "links: " + links);
    }

    // ------------------------------------------------------------------ reading the PDF's index

    /** The pages of the index: from its title to the last page with text. */
    private static List<PdfGlyphs.Page> indexPages(PdfGlyphs glyphs) {
        List<PdfGlyphs.Page> pages = new ArrayList<>();
        boolean in = false;
        for (PdfGlyphs.Page page : glyphs.pages()) {
            in = in || page.opensWith("索引");
            if (in && !page.glyphs().isEmpty()) {
                pages.add(page);
            }
        }
        assertFalse(pages.isEmpty(), "no page opens with 索引");
        return pages;
    }

    private static final Pattern ENTRY = Pattern.compile("(.+?)((?:\\d+(?:–\\d+)?)(?:，\\d+(?:–\\d+)?)*)?((?:另见|见).*)?");

    /**
     * The entries of the index in reading order (the left column, then the right, page by page),
     * and every line of it squeezed (letters included) into {@code lines}. A line's level is how
     * far it stands in from its column, in ems of the body.
     */
    private static List<Entry> entries(PdfGlyphs glyphs, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        List<String> path = new ArrayList<>();
        float em = glyphs.bodySize();
        for (PdfGlyphs.Page page : indexPages(glyphs)) {
            float gap = columnGap(page);
            for (boolean left : new boolean[] {true, false}) {
                List<PdfGlyphs.Line> column = new ArrayList<>();
                for (PdfGlyphs.Line line : page.lines()) {
                    List<PdfGlyphs.Glyph> side = line.glyphs().stream().filter(g -> (g.x() < gap) == left && !g.text().isBlank()).toList();
                    String text = SourceText.squeeze(side.stream().map(PdfGlyphs.Glyph::text).reduce("", String::concat));
                    // Not the title (across both columns) nor the running head and folio.
                    if (!side.isEmpty() && !text.equals("索引") && !text.matches("\\d+") && !text.startsWith("中文书籍排版")) {
                        column.add(new PdfGlyphs.Line(line.page(), line.y(), side));
                    }
                }
                float start = (float) column.stream().mapToDouble(PdfGlyphs.Line::left).min().orElse(0);
                for (PdfGlyphs.Line line : column) {
                    String text = SourceText.squeeze(line.text());
                    lines.add(text);
                    if (text.matches("[A-Z]|符号与数字")) {
                        continue;
                    }
                    int level = 1 + Math.round((line.left() - start) / em);
                    Matcher m = ENTRY.matcher(text);
                    assertTrue(m.matches(), text);
                    while (path.size() >= level) {
                        path.remove(path.size() - 1);
                    }
                    path.add(m.group(1));
                    entries.add(new Entry(level, String.join("/", path), m.group(2) == null ? List.of() : List.of(m.group(2).split("，")),
                            m.group(3) == null ? "" : m.group(3), page.number(), line.y()));
                }
            }
        }
        return entries;
    }

    /** An x between the two columns: the middle of the widest stretch no glyph covers in the middle of the page. */
    private static float columnGap(PdfGlyphs.Page page) {
        float best = page.width() / 2;
        float bestWidth = 0;
        float runStart = -1;
        for (float x = page.width() * 0.3f; x <= page.width() * 0.7f; x += 0.5f) {
            float at = x;
            boolean covered = page.lines().stream().filter(l -> !SourceText.squeeze(l.text()).equals("索引"))
                    .flatMap(l -> l.glyphs().stream()).anyMatch(g -> !g.text().isBlank() && g.x() <= at && at <= g.right());
            if (!covered && runStart < 0) {
                runStart = x;
            } else if (covered && runStart >= 0) {
                if (x - runStart > bestWidth) {
                    bestWidth = x - runStart;
                    best = (runStart + x) / 2;
                }
                runStart = -1;
            }
        }
        return best;
    }

    /** Each page's number as printed (the PDF's page labels: i, ii … then 1, 2 …). */
    private static String[] labels(Path pdfFile) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            assertNotNull(pdf.getDocumentCatalog().getPageLabels(), "page labels");
            return pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        }
    }

    /** The page (from 1) whose number is printed as {@code label}, in the body (after the front matter's roman numbers). */
    private static int page(String[] labels, String label, Entry entry) {
        for (int i = labels.length - 1; i >= 0; i--) {
            if (labels[i].equals(label)) {
                return i + 1;
            }
        }
        throw new AssertionError(entry + ": no page numbered " + label);
    }

    private static boolean onPage(PdfGlyphs glyphs, int page, String context) {
        return context != null && letters(glyphs.pages().get(page - 1).text()).contains(context);
    }

    private static String letters(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    // ------------------------------------------------------------------ the source's index terms

    /**
     * Every indexterm of the chapters: its entry's path and the six letters of text before it in
     * its paragraph or title (between blocks: the start of the next block), or null for a see
     * term, which has no page; a range's end, the six letters before its endofrange.
     */
    private static List<Place> places() throws SaxonApiException {
        Processor processor = new Processor(false);
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("db", DB);
        String before = "string-join((ancestor::*[self::db:para or self::db:title][1], ..)[1]//text()[. << $t]"
                + "[not(ancestor::db:indexterm or ancestor::db:footnote or ancestor::db:citation or ancestor::db:biblioref)])";
        String next = "string-join(following-sibling::*[1]//text()[not(ancestor::db:indexterm or ancestor::db:footnote or ancestor::db:citation or ancestor::db:biblioref)])";
        List<Place> places = new ArrayList<>();
        for (String chapter : CHAPTERS) {
            XdmNode document = processor.newDocumentBuilder().build(FOLDER.resolve(chapter).toFile());
            for (XdmItem term : xpath.evaluate("//db:indexterm[not(@class = 'endofrange')]", document)) {
                String path = evaluate(xpath, "string-join((db:primary, db:secondary, db:tertiary)/normalize-space(), '/')", term);
                String context = null;
                if (evaluate(xpath, "exists(db:see)", term).equals("false")) {
                    boolean inline = evaluate(xpath, "exists(../text()[normalize-space()]) or exists(parent::db:para | parent::db:title"
                            + " | parent::db:emphasis | parent::db:quote)", term).equals("true");
                    String text = letters(evaluate(xpath, "let $t := . return " + (inline ? before : next), term));
                    context = inline ? text.substring(Math.max(0, text.length() - 6)) : text.substring(0, Math.min(6, text.length()));
                }
                String end = null;
                String id = evaluate(xpath, "string(@xml:id)", term);
                if (!id.isEmpty()) {
                    String last = letters(evaluate(xpath, "string-join(//db:indexterm[@startref = '" + id
                            + "']/preceding-sibling::*[1]//text()[not(ancestor::db:indexterm or ancestor::db:footnote or ancestor::db:citation or ancestor::db:biblioref)])", document));
                    end = last.isEmpty() ? null : last.substring(Math.max(0, last.length() - 6));
                }
                places.add(new Place(path, context, end));
            }
        }
        assertTrue(places.size() >= 30, "index terms in the featured book: " + places.size());
        return places;
    }

    private static String evaluate(XPathCompiler xpath, String expression, XdmItem context) {
        try {
            return xpath.evaluateSingle(expression, context).getStringValue();
        } catch (SaxonApiException e) {
            throw new AssertionError(expression, e);
        }
    }
}
