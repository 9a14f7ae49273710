package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slips a proofreader would mark, caught as warnings at their line: half-width marks in Chinese text. */
class ProofreadingIT {
    @TempDir
    Path folder;

    private List<Diagnostic> warnings(Path source) throws Exception {
        List<Diagnostic> warnings = new ArrayList<>();
        TestBooks.publisher().publish(new PublishRequest(source, Optional.empty(), Optional.empty(),
                Optional.of(folder.resolve("out.epub")), Paper.A4, Optional.empty(), Optional.of(TestBooks.BUILD_DATE)),
                new PublishListener() {
                    @Override
                    public void stageDone(String stage, Duration time, String result) {
                    }

                    @Override
                    public void report(Diagnostic diagnostic) {
                        warnings.add(diagnostic);
                    }
                });
        return warnings.stream().filter(w -> w.code() == Code.CHK_HALFWIDTH_PUNCTUATION).toList();
    }

    @Test
    void aHalfWidthMarkBetweenChineseCharactersIsAWarningAtItsLine() throws Exception {
        Path source = write(BadInputIT.HEAD
                + "<para>他在讲话时指出:“要合作。”又说(大意)如此。</para>\n"
                + "<para>命令 ls -l;pwd 与网址 http://a.b/c:d 不算。English, fine. <phrase xml:lang=\"en\">中,文</phrase></para>\n"
                + BadInputIT.TAIL);
        List<Diagnostic> found = warnings(source);
        assertEquals(List.of(":", "(", ")"), found.stream().map(w -> w.message().replaceAll("^a half-width \"(.)\".*", "$1")).toList(),
                found.toString());
        for (Diagnostic warning : found) {
            assertEquals(4, warning.line(), warning.toString());
            assertEquals("book.xml", Path.of(warning.file()).getFileName().toString());
        }
    }

    /**
     * At the mark itself, not at its paragraph's start: Saxon knows where an element's start tag
     * ends, not where its text is, and a slip on a paragraph's third line, after an inline
     * element or a character reference, or in an included file was reported at the paragraph's
     * first line, column 1.
     */
    @Test
    void eachSlipIsReportedAtItsLineAndColumn() throws Exception {
        String chapter = "<chapter xmlns='http://docbook.org/ns/docbook' version='5.0' xml:id='c2'><title>第二章</title>\n"
                + "<para>包含的文件\n  里也有(一处)错误。</para></chapter>\n";
        Files.writeString(folder.resolve("ch2.xml"), chapter);
        Files.writeString(folder.resolve("phrase.xml"), "<phrase xmlns='http://docbook.org/ns/docbook'>片段</phrase>");
        String book = BadInputIT.HEAD
                + "<para>第一行<emphasis>强调</emphasis>之后,还有\r\n"
                + "  第二行<!-- 注释里的,不算 -->也有&#x4E2D;文;以及<![CDATA[数\r\n据]]>里的?号\n"
                + "\t\t第三行&amp;之后:“引号”。<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='phrase.xml'>"
                + "<xi:fallback>无</xi:fallback></xi:include>引入后!再</para>\n"
                + BadInputIT.TAIL.replace("</chapter>", "</chapter>\n<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='ch2.xml'/>");
        Path source = write(book);
        List<Diagnostic> found = warnings(source);
        List<String> expected = List.of(
                at("book.xml", book, "之后,还"), at("book.xml", book, "文;以"), at("book.xml", book, "里的?号"),
                at("book.xml", book, "之后:“"), at("book.xml", book, "入后!再"), at("ch2.xml", chapter, "有(一"),
                at("ch2.xml", chapter, "处)错"));
        assertEquals(expected, found.stream().map(w -> Path.of(w.file()).getFileName() + ":" + w.line() + ":" + w.column()).toList(),
                found.toString());
    }

    /**
     * A paragraph of 100,000 slips (a pasted list of ASCII commas), each at its own column, found
     * in one walk of the paragraph: the walk once began again at the paragraph's start for each
     * slip, and such a paragraph took minutes and gigabytes to check. The same where each slip
     * follows an inline element, whose text is asked for in between.
     */
    @Test
    void aParagraphOfManySlipsIsWalkedOnce() throws Exception {
        int slips = 100_000;
        int inline = 500;
        Path source = write(BadInputIT.HEAD + "<para>" + "中,".repeat(slips) + "中</para>\n"
                + "<para>" + "<emphasis>强</emphasis>中,文".repeat(inline) + "</para>\n" + BadInputIT.TAIL);
        PublishRequest strict = new PublishRequest(source, Optional.empty(), Optional.empty(), Optional.of(folder.resolve("out.epub")),
                Paper.A4, Optional.empty(), Optional.of(TestBooks.BUILD_DATE), true);
        PublishException refused = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(PublishException.class, () -> TestBooks.publisher().publish(strict, new PublishListener() {
                    @Override
                    public void stageDone(String stage, Duration time, String result) {
                    }

                    @Override
                    public void report(Diagnostic diagnostic) {
                    }
                })));
        List<Diagnostic> found = refused.diagnostics().stream().filter(d -> d.code() == Code.CHK_HALFWIDTH_PUNCTUATION).toList();
        assertEquals(slips + inline, found.size());
        for (int k = 0; k < slips; k++) {
            // <para> is six characters, and the k-th comma follows k pairs and a 中.
            assertEquals(4, found.get(k).line());
            assertEquals(8 + 2 * k, found.get(k).column(), found.get(k).toString());
        }
        for (int k = 0; k < inline; k++) {
            // Each comma is the 24th of 25 characters: <emphasis>强</emphasis>中,文
            Diagnostic d = found.get(slips + k);
            assertEquals(5, d.line());
            assertEquals(6 + 25 * k + 24, d.column(), d.toString());
        }
    }

    /** Where the ASCII mark in {@code context} stands in {@code text}: file:line:column, counted here. */
    private static String at(String file, String text, String context) {
        int index = text.indexOf(context);
        assertEquals(-1, text.indexOf(context, index + 1), context + " is unique");
        int mark = index + (int) context.chars().takeWhile(c -> c > 0x7F).count();
        String before = text.substring(0, mark).replace("\r\n", "\n");
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        return file + ":" + line + ":" + (before.length() - before.lastIndexOf('\n'));
    }

    @Test
    void theReportHasNoSuchSlip() throws Exception {
        assertEquals(List.of(), warnings(TestBooks.REPORT));
    }

    private Path write(String xml) throws IOException {
        return Files.writeString(folder.resolve("book.xml"), xml);
    }
}
