package dev.hanzi.publisher;

import dev.hanzi.publisher.cli.Main;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.AtomicOutput;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Books with mistakes in them, through the Java API and through the command line: each fails
 * with one clear message that names the file, line and column, writes no output, leaves no
 * temporary file and does not touch an output an earlier good build left.
 */
class BadInputIT {
    static final String HEAD = "<book xmlns='http://docbook.org/ns/docbook' xmlns:xlink='http://www.w3.org/1999/xlink'"
            + " version='5.0' xml:lang='zh-CN'>\n<info><title>书</title></info>\n<chapter xml:id='c1'><title>第一章</title>\n";
    static final String TAIL = "</chapter>\n</book>\n";
    private static final byte[] EARLIER_PDF = "%PDF-1.4 an earlier good build".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    /** A case: its name, the files of the book, and the message expected (a regular expression). */
    static Stream<Arguments> cases() {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] latin1 = (HEAD + "<para>caf\u00e9</para>\n" + TAIL).getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37 + 11);
        }
        return Stream.of(
                Arguments.of("an unclosed element", Map.of("book.xml", HEAD + "<para>没有结束\n" + TAIL),
                        "book\\.xml:\\d+:\\d+: .*\"para\".*"),
                Arguments.of("an undeclared entity", Map.of("book.xml", HEAD + "<para>空&nbsp;格</para>\n" + TAIL),
                        "book\\.xml:4:\\d+: .*\"nbsp\".*"),
                Arguments.of("a stray ampersand", Map.of("book.xml", HEAD + "<para>甲 & 乙</para>\n" + TAIL),
                        "book\\.xml:4:\\d+: .*"),
                Arguments.of("an empty file", Map.of("book.xml", ""), "book\\.xml: the file is empty.*"),
                Arguments.of("a binary file", Map.of("book.xml", binary), "book\\.xml:1:\\d+: .*"),
                Arguments.of("bytes that are not UTF-8", Map.of("book.xml", latin1),
                        "book\\.xml:4:\\d+: bytes that are not UTF-8.*"),
                Arguments.of("the wrong root", Map.of("book.xml",
                        "<article xmlns='http://docbook.org/ns/docbook'><title>文</title></article>\n"),
                        "book\\.xml:1:\\d+: element \"article\" not allowed anywhere; expected element \"book\""),
                Arguments.of("an unknown element", Map.of("book.xml", HEAD + "<para>甲<blink>乙</blink></para>\n" + TAIL),
                        "book\\.xml:4:\\d+: element \"blink\" not allowed .*"),
                Arguments.of("an element in the wrong place", Map.of("book.xml", HEAD + "<chapter><title>套</title><para>乙</para></chapter>\n" + TAIL),
                        "book\\.xml:4:\\d+: element \"chapter\" not allowed .*"),
                Arguments.of("a missing title", Map.of("book.xml", HEAD.replace("<title>第一章</title>", "") + "<para>甲</para>\n" + TAIL),
                        "book\\.xml:\\d+:\\d+: .*\"title\".*"),
                Arguments.of("a dangling xref", Map.of("book.xml", HEAD + "<para>见<xref linkend='nowhere'/>。</para>\n" + TAIL),
                        "book\\.xml:4:\\d+: xref points to \"nowhere\", but no element has xml:id=\"nowhere\""),
                Arguments.of("a dangling link", Map.of("book.xml", HEAD + "<para>见<link linkend='gone'>此</link>。</para>\n" + TAIL),
                        "book\\.xml:4:\\d+: link points to \"gone\".*"),
                Arguments.of("a duplicate id", Map.of("book.xml", HEAD + "<para xml:id='c1'>甲</para>\n" + TAIL),
                        "book\\.xml:4:\\d+: duplicate xml:id \"c1\" \\(first used at book\\.xml:3\\)"),
                Arguments.of("a missing image", Map.of("book.xml", HEAD + figure("images/none.png") + TAIL),
                        "book\\.xml:4:\\d+: image not found: images/none\\.png"),
                Arguments.of("an image format we do not take", Map.of("book.xml", HEAD + figure("images/a.png") + TAIL,
                        "images/a.png", gif), "book\\.xml:4:\\d+: image images/a\\.png is a GIF image; use PNG, JPEG or SVG"),
                Arguments.of("an image that cannot be read", Map.of("book.xml", HEAD + figure("images/a.png") + TAIL,
                        "images/a.png", png), "book\\.xml:4:\\d+: image images/a\\.png cannot be read: .*"),
                Arguments.of("a table entry naming an undeclared column", Map.of("book.xml", HEAD
                        + "<informaltable><tgroup cols='2'><colspec colname='a'/><colspec colname='b'/><tbody><row>"
                        + "<entry namest='a' nameend='c'>甲</entry></row></tbody></tgroup></informaltable>\n" + TAIL),
                        "book\\.xml:4:\\d+: entry nameend=\"c\" names no column: the table's colspecs declare a, b"),
                Arguments.of("a character no font has", Map.of("book.xml", HEAD + "<para>象形</para>\n<para>文字𓀀在此。</para>\n" + TAIL),
                        "book\\.xml:5:\\d+: character U\\+13000 \\(𓀀\\) is not in the book's fonts .*"));
    }

    private static String figure(String fileref) {
        return "<informalfigure><mediaobject><imageobject><imagedata fileref='" + fileref
                + "'/></imageobject></mediaobject></informalfigure>\n";
    }

    private Path write(Map<String, ?> files) throws IOException {
        for (Map.Entry<String, ?> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            if (file.getValue() instanceof byte[] bytes) {
                Files.write(path, bytes);
            } else {
                Files.writeString(path, (String) file.getValue(), StandardCharsets.UTF_8);
            }
        }
        return folder.resolve("book.xml");
    }

    private List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void throughTheApi(String name, Map<String, ?> files, String expected) throws IOException {
        Path source = write(files);
        Path out = Files.createDirectories(folder.resolve("out"));
        Files.write(out.resolve("book.pdf"), EARLIER_PDF);
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(out.resolve("book.pdf")), Optional.of(out.resolve("book.epub")),
                        Paper.A4, Optional.empty()), PublishListener.SILENT));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        String message = Diagnostic.displayName(source.toString()).isEmpty() ? "" : e.diagnostics().get(0).toString();
        assertTrue(message.replace(folder.toString() + "/", "").matches(expected), name + ": " + message);
        assertEquals(List.of("book.pdf"), filesIn(out), "outputs left behind");
        assertArrayEquals(EARLIER_PDF, Files.readAllBytes(out.resolve("book.pdf")), "the earlier output changed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void throughTheCommandLine(String name, Map<String, ?> files, String expected) throws IOException {
        Path source = write(files);
        Path out = Files.createDirectories(folder.resolve("out"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(source.toString(), "--pdf", out.resolve("book.pdf").toString());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, stderr);
        List<String> lines = Arrays.stream(stderr.split("\n")).filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one message, no stack trace: " + stderr);
        assertTrue(lines.get(0).replace(folder.toString() + "/", "").matches(expected), name + ": " + stderr);
        assertEquals(List.of(), filesIn(out), "outputs left behind");
    }

    @Test
    void anUnwritableOutputIsNamed() throws IOException {
        Path source = write(Map.of("book.xml", HEAD + "<para>甲</para>\n" + TAIL));
        Path blocker = Files.writeString(folder.resolve("file"), "a file, not a folder");
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(blocker.resolve("book.pdf")), Optional.empty(), Paper.A4,
                        Optional.empty()), PublishListener.SILENT));
        assertTrue(e.getMessage().matches(".*file/book\\.pdf: cannot write here: .*file is a file, not a folder"), e.getMessage());
    }

    @Test
    void anOutputEqualToTheSourceIsRefused() throws IOException {
        Path source = write(Map.of("book.xml", HEAD + "<para>甲</para>\n" + TAIL));
        String before = Files.readString(source);
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(source), Optional.empty(), Paper.A4, Optional.empty()),
                PublishListener.SILENT));
        assertTrue(e.getMessage().contains("the output would overwrite the source"), e.getMessage());
        assertEquals(before, Files.readString(source));
    }

    @Test
    void aFullDiskLeavesTheEarlierOutputAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("book.pdf");
        Files.write(target, EARLIER_PDF);
        PublishException e = assertThrows(PublishException.class, () -> AtomicOutput.write(target, out -> {
            out.write(new byte[4096]);
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().endsWith("book.pdf: cannot write: No space left on device"), e.getMessage());
        assertEquals(List.of("book.pdf"), filesIn(folder));
        assertArrayEquals(EARLIER_PDF, Files.readAllBytes(target));
    }

    @Test
    void aGoodBookStillBuildsAfterAllThat() throws IOException {
        Path source = write(Map.of("book.xml", HEAD + "<para>甲</para>\n" + TAIL));
        Path pdf = folder.resolve("book.pdf");
        assertFalse(Files.exists(pdf));
        try {
            TestBooks.publisher().publish(new PublishRequest(source, Optional.of(pdf), Optional.empty(), Paper.A4,
                    Optional.empty()), PublishListener.SILENT);
        } catch (PublishException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertTrue(Files.size(pdf) > 1000);
    }
}
