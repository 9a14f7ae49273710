package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.check.BookChecker;
import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.diagnostics.Severity;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.source.LoadedBook;
import dev.hanzi.publisher.source.SourceLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.sf.saxon.s9api.Processor;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation that fits real books (issue 15): valid DocBook 5.1 that the stylesheets do not
 * render in their own way publishes its text with one warning per element name; a strict build
 * makes every warning, ours and the typesetting's, an error and writes nothing; the slips real
 * books carry (a locale name for a language, an included chapter without a language, DocBook's
 * DOCTYPE) are read sensibly with a warning; an article is a root the loader and the checks
 * accept. Each test reads the real outputs back: the PDF's text and language, the EPUB's XHTML.
 */
class ValidationIT {
    private static final String DB = "http://docbook.org/ns/docbook";
    /** What the stylesheets add between characters for FOP's line breaking; not text a reader sees. */
    private static final String INVISIBLE = "[\\s\u200B\u2060\u00AD]";
    private static final byte[] EARLIER_PDF = "%PDF-1.4 an earlier good build".getBytes(StandardCharsets.US_ASCII);

    /**
     * Elements of DocBook 5.1 that no stylesheet renders in its own way (issue 15 names others):
     * a message set, block by block, and hardware, inline in a paragraph, twice. The remark is
     * metadata; the book's own text around them must all be there.
     */
    private static final String UNRENDERED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <book xmlns="http://docbook.org/ns/docbook" version="5.1" xml:lang="zh-CN">
              <info><title>回退之书</title><author><orgname>测试出版社</orgname></author><pubdate>2021</pubdate></info>
              <chapter xml:id="c1">
                <title>第一章</title>
                <para>本机使用<hardware>网卡甲乙</hardware>连接。</para>
                <msgset>
                  <title>消息一览</title>
                  <msgentry>
                    <msg><msgmain><msgtext><para>磁盘已满丙丁</para></msgtext></msgmain></msg>
                    <msgexplan><para>删除文件戊己</para></msgexplan>
                  </msgentry>
                </msgset>
                <para>再用<hardware>显卡庚辛</hardware>。<remark>不该出现的批注</remark></para>
              </chapter>
            </book>
            """;
    /** The lines of UNRENDERED where each element first starts. */
    private static final Map<String, Integer> FIRST_LINES = Map.of("hardware", 6, "msgset", 7, "msgentry", 9,
            "msg", 10, "msgmain", 10, "msgtext", 10, "msgexplan", 11);

    @TempDir
    Path folder;

    private final List<Diagnostic> warnings = Collections.synchronizedList(new ArrayList<>());
    private final PublishListener listener = new PublishListener() {
        @Override
        public void stageDone(String stage, java.time.Duration time, String result) {
        }

        @Override
        public void report(Diagnostic warning) {
            warnings.add(warning);
        }
    };

    private Path write(String name, String xml) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, xml);
    }

    private PublishRequest request(Path source, boolean strict) {
        return new PublishRequest(source, Optional.of(folder.resolve("out/book.pdf")), Optional.empty(),
                Optional.of(folder.resolve("out/book.epub")), Paper.A4, Optional.empty(),
                Optional.of(TestBooks.BUILD_DATE), strict);
    }

    private void publish(Path source) {
        try {
            TestBooks.publisher().publish(request(source, false), listener);
        } catch (PublishException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll(INVISIBLE, "");
        }
    }

    /** Every content document of the EPUB, by name. */
    private static Map<String, String> xhtml(Path epub) throws IOException {
        Map<String, String> documents = new TreeMap<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml") || entry.getName().endsWith(".opf")) {
                    documents.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return documents;
    }

    private List<Diagnostic> warningsOf(Code code) {
        return warnings.stream().filter(d -> d.code() == code).toList();
    }

    // ---- the fallback

    @Test
    void anUnrenderedElementPublishesItsTextWithOneWarningPerName() throws IOException {
        Path source = write("book.xml", UNRENDERED);
        publish(source);

        String pdf = pdfText(folder.resolve("out/book.pdf"));
        String epub = xhtml(folder.resolve("out/book.epub")).values().stream()
                .map(x -> x.replaceAll("<[^>]+>", "")).collect(Collectors.joining("\n"));
        for (String text : List.of("本机使用网卡甲乙连接", "消息一览", "磁盘已满丙丁", "删除文件戊己", "再用显卡庚辛")) {
            assertTrue(pdf.contains(text), "the PDF lacks " + text + ":\n" + pdf);
            assertTrue(epub.contains(text), "the EPUB lacks " + text);
        }
        assertFalse(pdf.contains("不该出现的批注"), "a remark is printed in the PDF");
        assertFalse(epub.contains("不该出现的批注"), "a remark is printed in the EPUB");
        // Inline where it stands among words: in the paragraph's own block and p, not one of its own.
        String chapter = xhtml(folder.resolve("out/book.epub")).entrySet().stream()
                .filter(e -> e.getValue().contains("网卡甲乙")).findFirst().orElseThrow().getValue();
        assertTrue(chapter.matches("(?s).*<p>本机使用<span>网卡甲乙</span>连接。</p>.*"), chapter);
        assertTrue(chapter.matches("(?s).*<div><p class=\"list-title\">消息一览</p>.*"), chapter);
        assertTrue(EpubChecker.check(folder.resolve("out/book.epub")).isEmpty(),
                "EPUBCheck: " + EpubChecker.check(folder.resolve("out/book.epub")));

        // One warning per element name for both outputs, at its first place in the book.
        List<Diagnostic> fallbacks = warningsOf(Code.STY_FALLBACK);
        Map<String, Diagnostic> byName = new TreeMap<>();
        for (Diagnostic d : fallbacks) {
            String name = d.message().replaceAll("^element <([a-z]+)>.*", "$1");
            assertEquals(null, byName.put(name, d), "a second warning for " + name + ": " + fallbacks);
        }
        assertEquals(new TreeMap<>(FIRST_LINES).keySet(), byName.keySet(), fallbacks.toString());
        for (Map.Entry<String, Diagnostic> entry : byName.entrySet()) {
            Diagnostic d = entry.getValue();
            assertEquals(Severity.WARNING, d.severity(), d.toString());
            assertEquals(source.toAbsolutePath().normalize(), Path.of(d.file()).toAbsolutePath().normalize(), d.toString());
            assertEquals(FIRST_LINES.get(entry.getKey()), d.line(), d.toString());
            assertTrue(d.column() > 0, d.toString());
        }
        assertEquals(Code.STY_FALLBACK.format(Map.of("name", "hardware", "kind", "an inline")), byName.get("hardware").message());
        assertEquals(Code.STY_FALLBACK.format(Map.of("name", "msgset", "kind", "a block")), byName.get("msgset").message());
        assertEquals(fallbacks.size(), warnings.size(), "other warnings: " + warnings);
    }

    @Test
    void aStrictBuildMakesTheFallbackAnErrorAndWritesNothing() throws IOException {
        Path source = write("book.xml", UNRENDERED);
        Path out = Files.createDirectories(folder.resolve("out"));
        Files.write(out.resolve("book.pdf"), EARLIER_PDF);
        PublishException e = assertThrows(PublishException.class,
                () -> TestBooks.publisher().publish(request(source, true), listener));
        assertEquals(List.of(), warnings, "a strict build reports no warning");
        assertEquals(FIRST_LINES.size(), e.diagnostics().size(), e.getMessage());
        for (Diagnostic d : e.diagnostics()) {
            assertEquals(Code.STY_FALLBACK, d.code(), d.toString());
            assertEquals(Severity.ERROR, d.severity(), d.toString());
            assertTrue(d.toString().contains(": error HZ-STY-020: element <"), d.toString());
        }
        assertArrayEquals(EARLIER_PDF, Files.readAllBytes(out.resolve("book.pdf")), "the earlier PDF changed");
        try (var files = Files.list(out)) {
            assertEquals(List.of("book.pdf"), files.map(p -> p.getFileName().toString()).toList(), "an output was written");
        }
    }

    @Test
    void aStrictBuildMakesATypesettingWarningAnError() throws IOException {
        // FOP's overfull line (as WorkflowIT sees it as a warning): an error in a strict build.
        Path source = write("book.xml", BadInputIT.HEAD + "<para>正文。</para>\n<para>"
                + "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3) + "</para>\n" + BadInputIT.TAIL);
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(folder.resolve("out/book.pdf")), Optional.empty(), Optional.empty(),
                        Paper.A5, Optional.empty(), Optional.of(TestBooks.BUILD_DATE), true), listener));
        assertEquals(List.of(), warnings);
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(Code.PDF_LAYOUT_WARNING, d.code(), d.toString());
        assertEquals(Severity.ERROR, d.severity(), d.toString());
        assertEquals(5, d.line(), d.toString());
        assertFalse(Files.exists(folder.resolve("out/book.pdf")), "a strict build wrote the PDF");
    }

    // ---- slips read sensibly

    @Test
    void aLocaleNameIsReadAsItsLanguageTag() throws IOException {
        Path source = write("book.xml", BadInputIT.HEAD.replace("xml:lang='zh-CN'", "xml:lang='ZH_cn'")
                + "<para>语言标签。</para>\n<para xml:lang='en_us'>English words.</para>\n" + BadInputIT.TAIL);
        publish(source);
        List<Diagnostic> slips = warningsOf(Code.SRC_LANGUAGE_TAG);
        assertEquals(List.of(Code.SRC_LANGUAGE_TAG.format(Map.of("value", "ZH_cn", "tag", "zh-CN")),
                Code.SRC_LANGUAGE_TAG.format(Map.of("value", "en_us", "tag", "en-US"))),
                slips.stream().map(Diagnostic::message).toList());
        assertEquals(List.of(1, 5), slips.stream().map(Diagnostic::line).toList());
        assertEquals(slips.size(), warnings.size(), "other warnings: " + warnings);
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("out/book.pdf").toFile())) {
            assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
        }
        Map<String, String> epub = xhtml(folder.resolve("out/book.epub"));
        String opf = epub.entrySet().stream().filter(e -> e.getKey().endsWith(".opf")).findFirst().orElseThrow().getValue();
        assertTrue(opf.contains("<dc:language>zh-CN</dc:language>"), opf);
        assertFalse(String.join("", epub.values()).contains("_"), "a locale name in the EPUB");
        String chapter = epub.values().stream().filter(x -> x.contains("English words.")).findFirst().orElseThrow();
        assertTrue(chapter.contains("lang=\"en-US\""), chapter);
    }

    @Test
    void anIncludedChapterWithoutALanguageTakesTheBooks() throws IOException {
        write("chapters/ch02.xml", "<chapter xmlns='" + DB + "' xml:id='c2'>\n  <title>第二章</title>\n"
                + "  <para>未写语言的一章。</para>\n</chapter>\n");
        Path source = write("book.xml", BadInputIT.HEAD + "<para>甲。</para>\n" + "</chapter>\n"
                + "<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='chapters/ch02.xml'/>\n</book>\n");
        publish(source);
        List<Diagnostic> inherited = warningsOf(Code.SRC_LANGUAGE_INHERITED);
        assertEquals(1, inherited.size(), warnings.toString());
        Diagnostic d = inherited.get(0);
        assertEquals(folder.resolve("chapters/ch02.xml").toAbsolutePath().normalize(),
                Path.of(d.file()).toAbsolutePath().normalize(), d.toString());
        assertEquals(1, d.line(), d.toString());
        assertEquals(Code.SRC_LANGUAGE_INHERITED.format(Map.of("name", "chapter", "tag", "zh-CN")), d.message());
        assertEquals(1, warnings.size(), "other warnings: " + warnings);
        String chapter = xhtml(folder.resolve("out/book.epub")).values().stream()
                .filter(x -> x.contains("未写语言的一章")).findFirst().orElseThrow();
        assertTrue(chapter.contains("xml:lang=\"zh-CN\""), chapter);
        assertTrue(pdfText(folder.resolve("out/book.pdf")).contains("未写语言的一章"));
    }

    @Test
    void aDoctypeNamingDocBooksDtdIsIgnoredWithAWarning() throws IOException {
        Path source = write("book.xml", "<?xml version='1.0' encoding='UTF-8'?>\n"
                + "<!DOCTYPE book PUBLIC \"-//OASIS//DTD DocBook XML V5.0//EN\" "
                + "\"http://www.oasis-open.org/docbook/xml/5.0/dtd/docbook.dtd\">\n"
                + BadInputIT.HEAD + "<para>有文档类型声明的书。</para>\n" + BadInputIT.TAIL);
        publish(source);
        assertEquals(List.of(Code.SRC_DOCTYPE_IGNORED), warnings.stream().map(Diagnostic::code).toList(), warnings.toString());
        assertEquals(2, warnings.get(0).line());
        assertTrue(warnings.get(0).message().contains("-//OASIS//DTD DocBook XML V5.0//EN"), warnings.get(0).message());
        assertTrue(pdfText(folder.resolve("out/book.pdf")).contains("有文档类型声明的书"));
    }

    // ---- the roots

    /**
     * An article is a root the loader and the checks accept (its layout is another part of
     * issue 15); a chapter is not a book.
     */
    @Test
    void anArticleIsARootAndAChapterIsNot() throws Exception {
        SourceLoader loader = new SourceLoader(new Processor(false), Installation.locate());
        Path article = write("article.xml", "<article xmlns='" + DB + "' version='5.1' xml:lang='zh-CN'>\n"
                + "<info><title>一篇文章</title></info>\n<section><title>一节</title><para>正文。</para></section>\n</article>\n");
        LoadedBook book = loader.load(article);
        assertEquals("article", book.document().children().iterator().next().getNodeName().getLocalName());
        assertEquals(List.of(), book.warnings());
        BookChecker.Checked checked = new BookChecker(codePoint -> List.of()).check(book);
        assertEquals(List.of(), checked.warnings());

        Path chapter = write("chapter.xml", "<chapter xmlns='" + DB + "' version='5.1'>\n<title>章</title><para>正文。</para>\n</chapter>\n");
        PublishException e = assertThrows(PublishException.class, () -> loader.load(chapter));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(Code.SRC_ROOT, d.code());
        assertEquals(1, d.line());
        assertEquals(Code.SRC_ROOT.format(Map.of("name", "<chapter>")), d.message());
    }
}
