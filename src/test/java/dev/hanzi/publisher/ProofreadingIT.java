package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
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
        String book = BadInputIT.HEAD
                + "<para>第一行<emphasis>强调</emphasis>之后,还有\r\n"
                + "  第二行<!-- 注释里的,不算 -->也有&#x4E2D;文;以及<![CDATA[数据]]>里的?号\n"
                + "\t\t第三行&amp;之后:“引号”。</para>\n"
                + BadInputIT.TAIL.replace("</chapter>", "</chapter>\n<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='ch2.xml'/>");
        Path source = write(book);
        List<Diagnostic> found = warnings(source);
        List<String> expected = List.of(
                at("book.xml", book, "之后,还"), at("book.xml", book, "文;以"), at("book.xml", book, "里的?号"),
                at("book.xml", book, "之后:“"), at("ch2.xml", chapter, "有(一"), at("ch2.xml", chapter, "处)错"));
        assertEquals(expected, found.stream().map(w -> Path.of(w.file()).getFileName() + ":" + w.line() + ":" + w.column()).toList(),
                found.toString());
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
