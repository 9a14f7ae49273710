package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.cli.Main;
import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.diagnostics.Severity;
import dev.hanzi.publisher.output.AtomicOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Books with mistakes in them, through the Java API and through the command line: each fails
 * with one diagnostic of the catalogue that names the file, line and column, writes no output,
 * leaves no temporary file and does not touch an output an earlier good build left. The tests
 * assert the diagnostic's code and location, not its wording; where the catalogue's message has
 * parameters, that they were filled in with the right values. Every case goes through the one
 * shared Publisher (TestBooks.publisher()), as a long-running process would run them.
 */
class BadInputIT {
    static final String HEAD = "<book xmlns='http://docbook.org/ns/docbook' xmlns:xlink='http://www.w3.org/1999/xlink'"
            + " version='5.0' xml:lang='zh-CN'>\n<info><title>书</title></info>\n<chapter xml:id='c1'><title>第一章</title>\n";
    static final String TAIL = "</chapter>\n</book>\n";
    private static final byte[] EARLIER_PDF = "%PDF-1.4 an earlier good build".getBytes(StandardCharsets.US_ASCII);
    /** In a parameter's expected value: the book's main file, as diagnostics name it. */
    private static final String BOOK = "$BOOK";

    @TempDir
    Path folder;

    /**
     * What a case must report: the catalogue entry and the line of book.xml (0: the file as a
     * whole). {@code parameters}, when given, are the values the entry's message must be filled
     * with; {@code mentions}, for a message that is the XML parser's or validator's own
     * ({@code {detail}}), are the names it must mention.
     */
    record Expected(Code code, int line, Map<String, String> parameters, List<String> mentions) {
        static Expected of(Code code, int line, String... mentions) {
            return new Expected(code, line, null, List.of(mentions));
        }

        static Expected filled(Code code, int line, String... keysAndValues) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                parameters.put(keysAndValues[i], keysAndValues[i + 1]);
            }
            return new Expected(code, line, parameters, List.of());
        }

        @Override
        public String toString() {
            return code.id() + " at line " + line;
        }
    }

    /** A case: its name, the files of the book, and the diagnostic expected. */
    static Stream<Arguments> cases() {
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
        byte[] latin1 = (HEAD + "<para>caf\u00e9</para>\n" + TAIL).getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 37 + 11);
        }
        return Stream.of(
                // The parser: the book is not well-formed XML (the end tag on line 5 does not match).
                Arguments.of("an unclosed element", Map.of("book.xml", HEAD + "<para>没有结束\n" + TAIL),
                        Expected.of(Code.SRC_NOT_WELL_FORMED, 5, "para")),
                Arguments.of("an undeclared entity", Map.of("book.xml", HEAD + "<para>空&nbsp;格</para>\n" + TAIL),
                        Expected.of(Code.SRC_UNDECLARED_ENTITY, 4, "nbsp")),
                Arguments.of("a stray ampersand", Map.of("book.xml", HEAD + "<para>甲 & 乙</para>\n" + TAIL),
                        Expected.of(Code.SRC_NOT_WELL_FORMED, 4)),
                Arguments.of("an empty file", Map.of("book.xml", ""), Expected.of(Code.SRC_EMPTY, 0)),
                // Random bytes fail the UTF-8 decoder before the parser sees them as not XML.
                Arguments.of("a binary file", Map.of("book.xml", binary), Expected.of(Code.SRC_NOT_UTF8, 1)),
                Arguments.of("bytes that are not UTF-8", Map.of("book.xml", latin1), Expected.of(Code.SRC_NOT_UTF8, 4)),
                // The root: a book or an article of DocBook, nothing else.
                Arguments.of("the wrong root", Map.of("book.xml",
                        "<chapter xmlns='http://docbook.org/ns/docbook'><title>文</title><para>甲</para></chapter>\n"),
                        Expected.filled(Code.SRC_ROOT, 1, "name", "<chapter>")),
                Arguments.of("a root without the DocBook namespace", Map.of("book.xml",
                        "<book><info><title>书</title></info><chapter><title>文</title><para>甲</para></chapter></book>\n"),
                        Expected.of(Code.SRC_ROOT, 1, "<book>", "xmlns=")),
                // DOCTYPEs: DocBook's is ignored (ValidationIT), with an internal subset it is refused,
                // and an entity passed over under it is still undeclared.
                Arguments.of("DocBook's DOCTYPE with an internal subset", Map.of("book.xml",
                        "<!DOCTYPE book PUBLIC '-//OASIS//DTD DocBook XML V5.0//EN' 'docbook.dtd' [<!ENTITY co '公司'>]>\n"
                                + HEAD + "<para>&co;</para>\n" + TAIL),
                        Expected.of(Code.SRC_DOCTYPE, 1)),
                Arguments.of("another DOCTYPE", Map.of("book.xml",
                        "<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Strict//EN' 'xhtml1-strict.dtd'>\n" + HEAD
                                + "<para>甲</para>\n" + TAIL),
                        Expected.of(Code.SRC_DOCTYPE, 1)),
                Arguments.of("an entity under DocBook's DOCTYPE", Map.of("book.xml",
                        "<!DOCTYPE book PUBLIC '-//OASIS//DTD DocBook XML V5.0//EN' 'docbook.dtd'>\n"
                                + HEAD + "<para>空&nbsp;格</para>\n" + TAIL),
                        Expected.of(Code.SRC_UNDECLARED_ENTITY, 5, "nbsp")),
                // The schema: DocBook 5.1. Elements outside it, or where it does not allow them.
                Arguments.of("an unknown element", Map.of("book.xml", HEAD + "<para>甲<blink>乙</blink></para>\n" + TAIL),
                        Expected.of(Code.SRC_INVALID, 4, "\"blink\"")),
                Arguments.of("an element in the wrong place", Map.of("book.xml", HEAD + "<chapter><title>套</title><para>乙</para></chapter>\n" + TAIL),
                        Expected.of(Code.SRC_INVALID, 4, "\"chapter\"")),
                Arguments.of("a missing title", Map.of("book.xml", HEAD.replace("<title>第一章</title>", "") + "<para>甲</para>\n" + TAIL),
                        Expected.of(Code.SRC_INVALID, 4, "\"title\"")),
                // BookChecker: the rules beyond the schema.
                Arguments.of("a dangling xref", Map.of("book.xml", HEAD + "<para>见<xref linkend='nowhere'/>。</para>\n" + TAIL),
                        Expected.filled(Code.CHK_DANGLING_LINKEND, 4, "element", "xref", "linkend", "nowhere")),
                // DocBook's Schematron rules that the layout depends on.
                Arguments.of("a table in a table's entry", Map.of("book.xml", HEAD
                        + "<informaltable><tgroup cols='1'><tbody><row><entry>\n<informaltable><tgroup cols='1'><tbody>"
                        + "<row><entry>甲</entry></row></tbody></tgroup></informaltable></entry></row></tbody></tgroup>"
                        + "</informaltable>\n" + TAIL),
                        Expected.filled(Code.CHK_NESTED_BLOCK, 5, "inner", "informaltable", "outer", "entry")),
                Arguments.of("a note in a footnote", Map.of("book.xml", HEAD + "<para>甲<footnote><para>注</para>\n"
                        + "<note><para>乙</para></note></footnote></para>\n" + TAIL),
                        Expected.filled(Code.CHK_NESTED_BLOCK, 5, "inner", "note", "outer", "footnote")),
                Arguments.of("a footnoteref to a paragraph", Map.of("book.xml", HEAD + "<para xml:id='p1'>甲</para>\n"
                        + "<para>乙<footnoteref linkend='p1'/></para>\n" + TAIL),
                        Expected.filled(Code.CHK_FOOTNOTEREF_TARGET, 5, "linkend", "p1", "target", "para")),
                Arguments.of("a book without a title", Map.of("book.xml", HEAD.replace("<info><title>书</title></info>", "")
                        + "<para>甲</para>\n" + TAIL), Expected.filled(Code.CHK_NO_TITLE, 1, "name", "book")),
                Arguments.of("a dangling link", Map.of("book.xml", HEAD + "<para>见<link linkend='gone'>此</link>。</para>\n" + TAIL),
                        Expected.filled(Code.CHK_DANGLING_LINKEND, 4, "element", "link", "linkend", "gone")),
                Arguments.of("a duplicate id", Map.of("book.xml", HEAD + "<para xml:id='c1'>甲</para>\n" + TAIL),
                        Expected.filled(Code.CHK_DUPLICATE_ID, 4, "id", "c1", "first", BOOK + ":3")),
                Arguments.of("a missing image", Map.of("book.xml", HEAD + figure("images/none.png") + TAIL),
                        Expected.filled(Code.CHK_IMAGE_NOT_FOUND, 4, "fileref", "images/none.png")),
                Arguments.of("an image format we do not take", Map.of("book.xml", HEAD + figure("images/a.png") + TAIL,
                        "images/a.png", gif),
                        Expected.filled(Code.CHK_IMAGE_FORMAT, 4, "fileref", "images/a.png", "format", "a GIF image")),
                Arguments.of("an image that cannot be read", Map.of("book.xml", HEAD + figure("images/a.png") + TAIL,
                        "images/a.png", png), Expected.of(Code.CHK_IMAGE_DAMAGED, 4, "images/a.png")),
                Arguments.of("a table entry naming an undeclared column", Map.of("book.xml", HEAD
                        + "<informaltable><tgroup cols='2'><colspec colname='a'/><colspec colname='b'/><tbody><row>"
                        + "<entry namest='a' nameend='c'>甲</entry></row></tbody></tgroup></informaltable>\n" + TAIL),
                        Expected.filled(Code.CHK_UNDECLARED_COLUMN, 4, "attribute", "nameend", "name", "c", "declared", "a, b")),
                Arguments.of("a character no font has", Map.of("book.xml", HEAD + "<para>象形</para>\n<para>文字<emphasis>甲</emphasis>𓀀在此。</para>\n" + TAIL),
                        Expected.of(Code.CHK_GLYPH_MISSING, 5, "U+13000", "(𓀀)")),
                // The book's ISBN with a wrong check digit (978-7-115-42817-2 is right; ISBN-10 7-302-09876-X).
                Arguments.of("an ISBN-13 with a wrong check digit", Map.of("book.xml", HEAD.replace("<title>书</title></info>",
                        "<title>书</title>\n<biblioid class='isbn'>ISBN 978-7-115-42817-9</biblioid></info>") + "<para>甲。</para>\n" + TAIL),
                        Expected.of(Code.CHK_ISBN, 3, "978-7-115-42817-9", "2")),
                Arguments.of("an ISBN-10 with a wrong check digit", Map.of("book.xml", HEAD.replace("<title>书</title></info>",
                        "<title>书</title>\n<biblioid class='isbn'>7-302-09876-5</biblioid></info>") + "<para>甲。</para>\n" + TAIL),
                        Expected.of(Code.CHK_ISBN, 3, "7-302-09876-5", "X")),
                // An index range whose end names no start (the start's id is mistyped).
                Arguments.of("an index range's end without its start", Map.of("book.xml", HEAD
                        + "<para>甲<indexterm class='startofrange' xml:id='r-1'><primary>甲</primary></indexterm>。</para>\n"
                        + "<para>乙<indexterm class='endofrange' startref='r-2'/>。</para>\n" + TAIL),
                        Expected.of(Code.CHK_INDEX_STARTREF, 5, "r-2")));
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

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The diagnostic is the expected entry of the catalogue, at the expected place in the book. */
    private static void assertReports(Expected expected, Path source, Diagnostic d, String name) {
        String what = name + ": " + d;
        assertEquals(expected.code(), d.code(), what);
        assertEquals(Severity.ERROR, d.severity(), what);
        assertEquals(source.toAbsolutePath().normalize(), Path.of(d.file()).toAbsolutePath().normalize(), what);
        assertEquals(expected.line(), d.line(), what);
        // Every position has a column, a missing glyph's too (the character's own, check/SourcePositions).
        if (expected.line() > 0) {
            assertTrue(d.column() > 0, "no column: " + what);
        }
        if (expected.code() == Code.CHK_GLYPH_MISSING) {
            // The character's own column, after the inline element before it (its paragraph's is 1).
            String line = readLines(source).get(d.line() - 1);
            assertEquals(line.indexOf("𓀀") + 1, d.column(), what);
        }
        if (expected.parameters() != null) {
            Map<String, String> parameters = new LinkedHashMap<>();
            expected.parameters().forEach((key, value) ->
                    parameters.put(key, value.replace(BOOK, Location.displayName(source.toString()))));
            assertEquals(expected.code().format(parameters), d.message(), name + ": the parameters filled in");
        }
        for (String mention : expected.mentions()) {
            assertTrue(d.message().contains(mention), name + ": " + mention + " not named in " + d);
        }
    }

    /** The command line's line for a diagnostic: {@code file:line:col: error HZ-XXX-000: message}. */
    private static Pattern printed(Expected expected, Path source) {
        String where = Pattern.quote(Location.displayName(source.toString()))
                + (expected.line() > 0 ? ":" + expected.line() + ":\\d+" : "");
        return Pattern.compile(where + ": error " + Pattern.quote(expected.code().id()) + ": \\S.*");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void throughTheApi(String name, Map<String, ?> files, Expected expected) throws IOException {
        Path source = write(files);
        Path out = Files.createDirectories(folder.resolve("out"));
        Files.write(out.resolve("book.pdf"), EARLIER_PDF);
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(out.resolve("book.pdf")), Optional.empty(),
                        Optional.of(out.resolve("book.epub")), Paper.A4, Optional.empty(), Optional.empty()),
                PublishListener.SILENT));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertReports(expected, source, d, name);
        // What the command line prints for it: one line, located, with the code.
        assertTrue(printed(expected, source).matcher(d.toString()).matches(), name + ": printed as " + d);
        assertEquals(List.of("book.pdf"), filesIn(out), "outputs left behind");
        assertArrayEquals(EARLIER_PDF, Files.readAllBytes(out.resolve("book.pdf")), "the earlier output changed");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void throughTheCommandLine(String name, Map<String, ?> files, Expected expected) throws IOException {
        Path source = write(files);
        Path out = Files.createDirectories(folder.resolve("out"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestBooks::publisher)
                .run(source.toString(), "--pdf", out.resolve("book.pdf").toString());
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, stderr);
        List<String> lines = Arrays.stream(stderr.split("\n")).filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "one message, no stack trace: " + stderr);
        assertTrue(printed(expected, source).matcher(lines.get(0)).matches(), name + ": " + stderr);
        for (String mention : expected.mentions()) {
            assertTrue(lines.get(0).contains(mention), name + ": " + mention + " not named in " + stderr);
        }
        assertEquals(List.of(), filesIn(out), "outputs left behind");
    }

    @Test
    void anUnwritableOutputIsNamed() throws IOException {
        Path source = write(Map.of("book.xml", HEAD + "<para>甲</para>\n" + TAIL));
        Path blocker = Files.writeString(folder.resolve("file"), "a file, not a folder");
        Path pdf = blocker.resolve("book.pdf");
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(pdf), Optional.empty(), Optional.empty(), Paper.A4,
                        Optional.empty(), Optional.empty()), PublishListener.SILENT));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(Code.OUT_PARENT_IS_FILE, d.code(), d.toString());
        assertEquals(Location.of(pdf), d.location(), d.toString());
        assertEquals(Code.OUT_PARENT_IS_FILE.format(Map.of("folder", blocker.toAbsolutePath())), d.message(),
                "the file in the way is named");
    }

    @Test
    void anOutputEqualToTheSourceIsRefused() throws IOException {
        Path source = write(Map.of("book.xml", HEAD + "<para>甲</para>\n" + TAIL));
        String before = Files.readString(source);
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.of(source), Optional.empty(), Optional.empty(), Paper.A4,
                        Optional.empty(), Optional.empty()), PublishListener.SILENT));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        assertEquals(Code.OUT_OVERWRITES_SOURCE, e.diagnostics().get(0).code(), e.getMessage());
        assertEquals(Location.of(source), e.diagnostics().get(0).location(), e.getMessage());
        assertEquals(before, Files.readString(source));
    }

    @Test
    void aPrintEditionEqualToTheSourceIsRefusedToo() throws IOException {
        Path source = write(Map.of("book.xml", HEAD + "<para>甲</para>\n" + TAIL));
        String before = Files.readString(source);
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(
                new PublishRequest(source, Optional.empty(), Optional.of(source), Optional.empty(), Paper.A4,
                        Optional.empty(), Optional.empty()), PublishListener.SILENT));
        assertEquals(Code.OUT_OVERWRITES_SOURCE, e.diagnostics().get(0).code(), e.getMessage());
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
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(Code.OUT_WRITE_FAILED, d.code(), d.toString());
        assertEquals(Location.of(target), d.location(), d.toString());
        assertEquals(Code.OUT_WRITE_FAILED.format(Map.of("reason", "No space left on device")), d.message(),
                "the system's reason is passed on");
        assertEquals(List.of("book.pdf"), filesIn(folder));
        assertArrayEquals(EARLIER_PDF, Files.readAllBytes(target));
    }

    @Test
    void aGoodBookStillBuildsAfterAllThat() throws IOException {
        Path source = write(Map.of("book.xml", HEAD + "<para>甲</para>\n" + TAIL));
        Path pdf = folder.resolve("book.pdf");
        assertFalse(Files.exists(pdf));
        try {
            TestBooks.publisher().publish(new PublishRequest(source, Optional.of(pdf), Optional.empty(), Optional.empty(),
                    Paper.A4, Optional.empty(), Optional.empty()), PublishListener.SILENT);
        } catch (PublishException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        assertTrue(Files.size(pdf) > 1000);
    }
}
