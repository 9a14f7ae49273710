package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.diagnostics.Severity;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Files from elsewhere: nothing outside the book's folder is read, nothing is fetched, nothing
 * expands without end, and a failed build changes no output. Each refusal is one diagnostic of the
 * catalogue, asserted by its code and its place in the book; each legitimate book publishes.
 *
 * <p>Every test runs beside a named pipe outside the book's folder ({@link Fifo}: CI runs as root,
 * so permissions prove nothing; anything that opens the pipe for reading is recorded) and a
 * listener on the loopback address ({@link LoopbackListener}); after every test, neither may
 * have been touched. The hostile books point at both, and at a regular outside file whose
 * secret string must appear in no message and no output. Every build writes over earlier
 * outputs with known bytes: a refused build leaves them byte for byte and leaves no temporary
 * ({@code .part}) file.
 */
class HostileInputIT {
    /** In an outside file: must never appear in a message or an output. */
    private static final String SECRET = "TOP-SECRET-CONTENT";
    /** In a case's text: replaced by the named pipe's file: URI. */
    private static final String PIPE = "$PIPE";
    /** In a case's text: replaced by http://127.0.0.1:PORT/ of the loopback listener. */
    private static final String LOOPBACK = "$LOOPBACK/";
    private static final byte[] EARLIER_PDF = "%PDF-1.4 an earlier good build".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EARLIER_PRINT = "%PDF-1.4 an earlier print edition".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EARLIER_EPUB = "PK an earlier EPUB".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EARLIER_PROOF = "<html>an earlier proof</html>".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    /** The book's folder, folder/book; its main file is book.xml. */
    private Path book;
    private Path source;
    /** Beside the book, never to be read: the pipe and the secret files. */
    private Path outside;
    private Fifo pipe;
    private final List<Fifo> pipesInside = new ArrayList<>();
    private LoopbackListener listener;
    /** The outputs of the build, with earlier outputs in them. */
    private Path out;
    /** The stages the last build finished. */
    private final List<String> stages = Collections.synchronizedList(new ArrayList<>());
    private final List<Diagnostic> warnings = Collections.synchronizedList(new ArrayList<>());
    /** What the book holds encoded (an SVG in a data: URL): a message may name what it refers to. */
    private final StringBuilder embedded = new StringBuilder();

    /** The shared publisher is made before the first test, whose time limit is not for making it. */
    @BeforeAll
    static void sharedPublisher() {
        TestBooks.publisher();
    }

    @BeforeEach
    void setUp() throws Exception {
        book = Files.createDirectories(folder.resolve("book"));
        source = book.resolve("book.xml");
        outside = Files.createDirectories(folder.resolve("outside"));
        pipe = Fifo.create(outside.resolve("pipe"));
        listener = new LoopbackListener();
        Files.writeString(outside.resolve("secret.xml"), "<chapter xmlns='http://docbook.org/ns/docbook'><title>外</title><para>"
                + SECRET + "</para></chapter>");
        Files.write(outside.resolve("secret.png"), png(1, 1));
        Files.writeString(outside.resolve("secret.svg"), svg("<g id='x'><text x='1' y='9'>" + SECRET + "</text></g>"));
        Files.writeString(outside.resolve("secret.properties"), "font-size = 11\n" + SECRET + " = 1\n");
        out = Files.createDirectories(folder.resolve("out"));
        Files.write(out.resolve("book.pdf"), EARLIER_PDF);
        Files.write(out.resolve("book-print.pdf"), EARLIER_PRINT);
        Files.write(out.resolve("book.epub"), EARLIER_EPUB);
        Files.write(Files.createDirectories(out.resolve("proof")).resolve("index.html"), EARLIER_PROOF);
    }

    /** Nothing opened the pipes, nothing connected to the listener; both are released whatever happened. */
    @AfterEach
    void nothingOutsideWasReadNorFetched() throws Exception {
        int opened = pipe.timesOpened();
        List<Integer> openedInside = pipesInside.stream().map(Fifo::timesOpened).toList();
        List<String> connections = listener.connections();
        try {
            pipe.close();
            for (Fifo inside : pipesInside) {
                inside.close();
            }
        } finally {
            listener.close();
        }
        assertEquals(0, opened, "the named pipe outside the book's folder was opened for reading");
        assertTrue(openedInside.stream().allMatch(n -> n == 0), "a named pipe inside the book's folder was opened: " + openedInside);
        assertEquals(List.of(), connections, "the publisher connected to the loopback listener");
    }

    // ---- helpers

    /** The case's text with the pipe's URI and the listener's address filled in. */
    private String filled(String text) {
        return text.replace(PIPE, pipe.uri()).replace(LOOPBACK, listener.url(""));
    }

    private static String figure(String fileref) {
        return "<informalfigure><mediaobject><imageobject><imagedata fileref='" + fileref
                + "'/></imageobject></mediaobject></informalfigure>\n";
    }

    /** A book whose line 4 is {@code line4} (one line). */
    private static String bookWith(String line4) {
        return BadInputIT.HEAD + line4 + "\n" + BadInputIT.TAIL;
    }

    static String svg(String body) {
        return "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'"
                + " width='10' height='10' viewBox='0 0 10 10'>" + body + "</svg>";
    }

    /** A real PNG of this size, made by ImageIO. */
    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", bytes);
        return bytes.toByteArray();
    }

    /** A 1 × 1 PNG whose header declares width × height pixels (its IHDR patched, CRC and all). */
    static byte[] pngDeclaring(int width, int height) throws IOException {
        byte[] png = png(1, 1);
        ByteBuffer buffer = ByteBuffer.wrap(png);
        // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), 5 more bytes, CRC.
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return png;
    }

    private PublishListener recording() {
        stages.clear();
        warnings.clear();
        return new PublishListener() {
            @Override
            public void stageDone(String stage, Duration time, String result) {
                stages.add(stage);
            }

            @Override
            public void report(Diagnostic diagnostic) {
                warnings.add(diagnostic);
            }
        };
    }

    private PublishRequest request(boolean print, boolean proof, boolean strict) {
        return new PublishRequest(source, Optional.of(out.resolve("book.pdf")),
                print ? Optional.of(out.resolve("book-print.pdf")) : Optional.empty(), Optional.of(out.resolve("book.epub")),
                Paper.A4, proof ? Optional.of(out.resolve("proof")) : Optional.empty(), Optional.of(TestBooks.BUILD_DATE), strict);
    }

    /** Every file under the output folder and its bytes: the earlier outputs, and nothing else. */
    private Map<String, byte[]> outputs() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path file : all.filter(p -> !p.equals(out)).toList()) {
                files.put(out.relativize(file).toString(), Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
            }
        }
        return files;
    }

    private void assertEarlierOutputsUntouched() throws IOException {
        Map<String, byte[]> now = outputs();
        assertEquals(Set.of("book.pdf", "book-print.pdf", "book.epub", "proof", "proof/index.html"), now.keySet(),
                "an output or a temporary file was left behind");
        assertArrayEquals(EARLIER_PDF, now.get("book.pdf"), "the earlier screen PDF changed");
        assertArrayEquals(EARLIER_PRINT, now.get("book-print.pdf"), "the earlier print PDF changed");
        assertArrayEquals(EARLIER_EPUB, now.get("book.epub"), "the earlier EPUB changed");
        assertArrayEquals(EARLIER_PROOF, now.get("proof/index.html"), "the earlier proof changed");
    }

    /**
     * No message names an outside secret or FOP's failure on a file, and a message names a file:
     * URI only where the book wrote it (a refused reference is named as written).
     */
    private void assertMessagesAreTheBooks(PublishException e) throws IOException {
        StringBuilder written = new StringBuilder(embedded);
        try (Stream<Path> files = Files.walk(book)) {
            for (Path file : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                written.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).append('\n');
            }
        }
        for (Diagnostic d : e.diagnostics()) {
            String printed = d.toString();
            assertFalse(printed.contains(SECRET) || printed.contains(Fifo.CONTENT), "an outside file's content: " + printed);
            assertFalse(printed.contains("FOP failed: file"), "FOP's message, not the book's: " + printed);
            java.util.regex.Matcher uri = Pattern.compile("file:/[^\\s,;)\"']*").matcher(d.message());
            while (uri.find()) {
                assertTrue(written.toString().contains(uri.group()), "a file: URI the book did not write: " + printed);
            }
        }
    }

    /** Writes the book, publishes it over earlier outputs; it must be refused and change nothing. */
    private PublishException refused(String xml) throws IOException {
        Files.writeString(source, filled(xml), StandardCharsets.UTF_8);
        return refused(request(false, false, false));
    }

    private PublishException refused(PublishRequest request) throws IOException {
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(request, recording()));
        assertEarlierOutputsUntouched();
        assertMessagesAreTheBooks(e);
        return e;
    }

    /** As {@link #refused}, and found by the checks: no stylesheet, FOP or EPUB stage ran. */
    private PublishException refusedBeforeFop(String xml) throws IOException {
        PublishException e = refused(xml);
        assertEquals(List.of(), stages, "refused only after these stages");
        return e;
    }

    /** The one diagnostic of the refusal: this entry of the catalogue, in the book's main file, at this line. */
    private Diagnostic assertRefused(PublishException e, Code code, int line) {
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertAt(d, code, source, line);
        return d;
    }

    private static void assertAt(Diagnostic d, Code code, Path file, int line) {
        assertEquals(code, d.code(), d.toString());
        assertEquals(Severity.ERROR, d.severity(), d.toString());
        assertEquals(file.toAbsolutePath().normalize(), Path.of(d.file()).toAbsolutePath().normalize(), d.toString());
        assertEquals(line, d.line(), d.toString());
        if (line > 0) {
            assertTrue(d.column() > 0, "no column: " + d);
        }
    }

    /** Writes the book and publishes it over earlier outputs: it must publish, with nothing outside in it. */
    private void published(String xml) throws IOException {
        Files.writeString(source, filled(xml), StandardCharsets.UTF_8);
        try {
            TestBooks.publisher().publish(request(false, false, false), recording());
        } catch (PublishException e) {
            throw new AssertionError("a legitimate book was refused:\n" + e.getMessage(), e);
        }
        Map<String, byte[]> now = outputs();
        assertEquals(Set.of("book.pdf", "book-print.pdf", "book.epub", "proof", "proof/index.html"), now.keySet(),
                "a temporary file was left behind");
        assertFalse(java.util.Arrays.equals(EARLIER_PDF, now.get("book.pdf")), "the PDF was not written");
        assertFalse(java.util.Arrays.equals(EARLIER_EPUB, now.get("book.epub")), "the EPUB was not written");
        String everything = pdfText(out.resolve("book.pdf")) + String.join("\n", epubTexts(out.resolve("book.epub")).values());
        assertFalse(everything.contains(SECRET) || everything.contains(Fifo.CONTENT), "an outside file was published");
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Every entry of the EPUB as text. */
    private static Map<String, String> epubTexts(Path epub) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                texts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }

    private static String withoutSpace(String text) {
        return text.replaceAll("\\s+", "");
    }

    // ---- the harness

    /** The detectors detect: a read of a named pipe and a connection to a listener are recorded; both end. */
    @Test
    void theHarnessSeesAReadAndAConnection() throws Exception {
        Fifo probe = Fifo.create(outside.resolve("probe"));
        LoopbackListener probeListener = new LoopbackListener();
        try {
            assertEquals(Fifo.CONTENT, assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> Files.readString(probe.path(), StandardCharsets.US_ASCII)));
            try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(),
                    java.net.URI.create(probeListener.url("")).getPort())) {
                socket.getOutputStream().write("GET /x HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (probeListener.connections().isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
            }
            assertEquals(1, probe.timesOpened(), "the read of the pipe was not recorded");
            assertEquals(1, probeListener.connections().size(), "the connection was not recorded");
        } finally {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                probe.close();
                probeListener.close();
            });
        }
        // Opened by close(), to release the watcher: not counted.
        assertEquals(1, probe.timesOpened(), "close() counted as a read");
    }

    // ---- the book's own XML

    @Test
    void anExternalEntityIsNeverExpanded() throws IOException {
        PublishException e = refused("<!DOCTYPE book [<!ENTITY x SYSTEM '" + outside.resolve("secret.xml").toUri()
                + "'><!ENTITY y SYSTEM '" + PIPE + "'>]>\n" + BadInputIT.HEAD + "<para>&x;&y;</para>\n" + BadInputIT.TAIL);
        assertRefused(e, Code.SRC_DOCTYPE, 1);
    }

    @Test
    void anExternalDtdIsNeverFetched() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            PublishException e = refused("<!DOCTYPE book SYSTEM '" + LOOPBACK + "book.dtd'>\n"
                    + BadInputIT.HEAD + "<para>甲</para>\n" + BadInputIT.TAIL);
            assertRefused(e, Code.SRC_DOCTYPE, 1);
        });
    }

    /**
     * DocBook's own DOCTYPE, as editors write it, is ignored with a warning: its DTD (here on the
     * loopback listener, which must see no connection) is never fetched.
     */
    @Test
    void docBooksDtdIsNeverFetchedEither() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            published("<!DOCTYPE book PUBLIC '-//OASIS//DTD DocBook XML V5.0//EN' '" + LOOPBACK + "docbook.dtd'>\n"
                    + BadInputIT.HEAD + "<para>甲</para>\n" + BadInputIT.TAIL);
            assertEquals(List.of(Code.SRC_DOCTYPE_IGNORED), warnings.stream().map(Diagnostic::code).toList(), warnings.toString());
            assertEquals(1, warnings.get(0).line());
        });
    }

    /** DocBook's DOCTYPE with an entity declared in it: refused as any internal subset. */
    @Test
    void docBooksDoctypeDeclaringAnEntityIsRefused() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            PublishException e = refused("<!DOCTYPE book PUBLIC '-//OASIS//DTD DocBook XML V5.0//EN' '" + LOOPBACK
                    + "docbook.dtd' [<!ENTITY x SYSTEM '" + PIPE + "'>]>\n" + BadInputIT.HEAD + "<para>&x;</para>\n"
                    + BadInputIT.TAIL);
            assertRefused(e, Code.SRC_DOCTYPE, 1);
        });
    }

    @Test
    void anEntityExpansionBombIsRefusedAtOnce() {
        StringBuilder bomb = new StringBuilder("<!DOCTYPE book [<!ENTITY a0 'lol'>");
        for (int i = 1; i < 12; i++) {
            bomb.append("<!ENTITY a").append(i).append(" '").append(("&a" + (i - 1) + ";").repeat(10)).append("'>");
        }
        bomb.append("]>\n").append(BadInputIT.HEAD).append("<para>&a11;</para>\n").append(BadInputIT.TAIL);
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        // Expanded, the bomb is 10^11 characters: minutes and far more memory than the test has.
        // Refused, it takes the time of writing and checking the test's own earlier outputs.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            PublishException e = refused(bomb.toString());
            assertRefused(e, Code.SRC_DOCTYPE, 1);
        });
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - used < 256L * 1024 * 1024, "memory grew by " + (after - used));
    }

    // ---- XIncludes

    @ParameterizedTest
    @ValueSource(strings = {"/etc/hostname", "../outside/secret.xml", "../outside/pipe", PIPE, "http://192.0.2.1/chapter.xml",
            LOOPBACK + "chapter.xml", "file:///etc/hostname"})
    void xincludeStaysInsideTheBooksFolder(String href) throws IOException {
        PublishException e = refusedBeforeFop("<book xmlns='http://docbook.org/ns/docbook' xmlns:xi='http://www.w3.org/2001/XInclude'"
                + " version='5.0' xml:lang='zh-CN'>\n<info><title>书</title></info>\n<xi:include href='" + href + "'/>\n</book>\n");
        Diagnostic d = assertRefused(e, Code.SRC_XI_OUTSIDE, 3);
        assertEquals(Code.SRC_XI_OUTSIDE.format(Map.of("href", filled(href))), d.message(), "the href is named");
    }

    /** An include of a symbolic link in the book's folder (a file, or a file in a linked folder) that leads outside. */
    @ParameterizedTest
    @ValueSource(strings = {"secret.xml", "pipe", "parts/secret.xml", "parts/pipe"})
    void xincludeThroughASymbolicLinkIsRefused(String target) throws IOException {
        String href;
        if (target.startsWith("parts/")) {
            Files.createSymbolicLink(book.resolve("parts"), outside);
            href = target;
        } else {
            Files.createSymbolicLink(book.resolve("chapter.xml"), outside.resolve(target));
            href = "chapter.xml";
        }
        PublishException e = refusedBeforeFop("<book xmlns='http://docbook.org/ns/docbook' xmlns:xi='http://www.w3.org/2001/XInclude'"
                + " version='5.0' xml:lang='zh-CN'>\n<info><title>书</title></info>\n<xi:include href='" + href + "'/>\n</book>\n");
        Diagnostic d = assertRefused(e, Code.SRC_XI_LINK_OUTSIDE, 3);
        assertEquals(Code.SRC_XI_LINK_OUTSIDE.format(Map.of("href", href)), d.message(), "the href is named");
    }

    // ---- images

    @ParameterizedTest
    @ValueSource(strings = {"/etc/hostname", "../outside/secret.png", "../outside/pipe", PIPE, "http://192.0.2.1/a.png",
            LOOPBACK + "a.png", "file:///etc/hostname"})
    void imagesStayInsideTheBooksFolder(String fileref) throws IOException {
        PublishException e = refusedBeforeFop(bookWith(figure(fileref).strip()));
        Diagnostic d = assertRefused(e, Code.CHK_IMAGE_OUTSIDE, 4);
        assertEquals(Code.CHK_IMAGE_OUTSIDE.format(Map.of("fileref", filled(fileref))), d.message(), "the fileref is named");
    }

    /** An image that is a symbolic link leading outside, or sits in a linked folder that does. */
    @ParameterizedTest
    @ValueSource(strings = {"secret.png", "pipe", "images/secret.png", "images/pipe"})
    void anImageThroughASymbolicLinkIsRefused(String target) throws IOException {
        String fileref;
        if (target.startsWith("images/")) {
            Files.createSymbolicLink(book.resolve("images"), outside);
            fileref = target;
        } else {
            Files.createDirectories(book.resolve("images"));
            Files.createSymbolicLink(book.resolve("images/a.png"), outside.resolve(target));
            fileref = "images/a.png";
        }
        PublishException e = refusedBeforeFop(bookWith(figure(fileref).strip()));
        Diagnostic d = assertRefused(e, Code.CHK_IMAGE_LINK_OUTSIDE, 4);
        assertEquals(Code.CHK_IMAGE_LINK_OUTSIDE.format(Map.of("fileref", fileref)), d.message(), "the fileref is named");
    }

    /** A named pipe in the book's folder is not a file: refused without opening it (which would hang). */
    @Test
    void anImageThatIsANamedPipeIsNeverOpened() throws Exception {
        Files.createDirectories(book.resolve("images"));
        pipesInside.add(Fifo.create(book.resolve("images/a.png")));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            PublishException e = refusedBeforeFop(bookWith(figure("images/a.png").strip()));
            Diagnostic d = assertRefused(e, Code.CHK_IMAGE_NOT_A_FILE, 4);
            assertEquals(Code.CHK_IMAGE_NOT_A_FILE.format(Map.of("fileref", "images/a.png")), d.message());
        });
    }

    /** The routes by which an SVG can refer to a file or a URL ({@code T}), each with the reference it names. */
    static Stream<Arguments> svgRoutes() {
        Map<String, String[]> routes = new java.util.LinkedHashMap<>();
        routes.put("image xlink:href", new String[] {"<image xlink:href='@T@' width='5' height='5'/>", "@T@"});
        routes.put("image href (SVG 2)", new String[] {"<image href='@T@' width='5' height='5'/>", "@T@"});
        routes.put("use", new String[] {"<use xlink:href='@T@#x'/>", "@T@#x"});
        routes.put("feImage", new String[] {"<filter id='f'><feImage xlink:href='@T@'/></filter>"
                + "<rect width='5' height='5' filter='url(#f)'/>", "@T@"});
        routes.put("fill=url()", new String[] {"<rect width='5' height='5' fill='url(@T@)'/>", "@T@"});
        routes.put("style=url()", new String[] {"<rect width='5' height='5' style='fill: url(\"@T@\")'/>", "@T@"});
        routes.put("<style> url()", new String[] {"<style>rect { fill: url(@T@); }</style><rect width='5' height='5'/>", "@T@"});
        routes.put("<style> @import url()", new String[] {"<style>@import url(@T@);</style><rect width='5' height='5'/>", "@T@"});
        routes.put("<style> @import string", new String[] {"<style>@import '@T@';</style><rect width='5' height='5'/>", "@import"});
        // An SVG in a data: URL, itself with an image that reaches out: encoded once the target is known.
        routes.put("data: SVG with an image", new String[] {"<image width='5' height='5' xlink:href='" + DATA_SVG
                + "<image xlink:href=\"@T@\" width=\"5\" height=\"5\"/>" + END_DATA + "'/>", "@T@"});
        List<Arguments> cases = new ArrayList<>();
        // The SVG is images/a.svg: ../../outside is beside the book's folder.
        for (String target : List.of(PIPE, "../../outside/pipe", "../../outside/secret.svg", LOOPBACK + "x.svg")) {
            routes.forEach((name, route) -> cases.add(Arguments.of(name + " → " + target, route[0].replace("@T@", target),
                    route[1].replace("@T@", target))));
        }
        return cases.stream();
    }

    private static final String DATA_SVG = "{data:svg ";
    private static final String END_DATA = " data:svg}";

    /** The SVG's body with every {@code {data:svg BODY data:svg}} made a data: URL of an SVG with that body. */
    private String withDataUrls(String body) {
        int start = body.indexOf(DATA_SVG);
        if (start < 0) {
            return body;
        }
        int end = body.indexOf(END_DATA, start);
        String inner = svg(body.substring(start + DATA_SVG.length(), end));
        embedded.append(inner).append('\n');
        return body.substring(0, start) + "data:image/svg+xml;base64,"
                + Base64.getEncoder().encodeToString(inner.getBytes(StandardCharsets.UTF_8))
                + withDataUrls(body.substring(end + END_DATA.length()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("svgRoutes")
    void anSvgThatReachesOutIsRefused(String name, String body, String reference) throws IOException {
        Files.createDirectories(book.resolve("images"));
        Files.writeString(book.resolve("images/a.svg"), withDataUrls(filled(svg(body))));
        PublishException e = refusedBeforeFop(bookWith(figure("images/a.svg").strip()));
        assertFalse(e.diagnostics().isEmpty());
        Set<String> messages = new LinkedHashSet<>();
        for (Diagnostic d : e.diagnostics()) {
            assertAt(d, Code.CHK_SVG_REFERENCE, source, 4);
            messages.add(d.message());
        }
        assertTrue(messages.contains(Code.CHK_SVG_REFERENCE.format(Map.of("fileref", "images/a.svg",
                "reference", filled(reference)))), name + ": the reference is not named in " + messages);
    }

    /**
     * An SVG that declares entities is refused, whatever they name; nothing they name is loaded.
     * (Fails while ImageFormats.damage parses SVGs with a reader that refuses every DOCTYPE: a
     * second, wrong diagnostic, CHK_IMAGE_DAMAGED "not well-formed", follows the right one.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"<!ENTITY x SYSTEM '" + PIPE + "'>", "<!ENTITY x SYSTEM '" + LOOPBACK + "x.ent'>",
            "<!ENTITY x SYSTEM '../../outside/secret.xml'>", "<!ENTITY x 'text'>",
            "<!ENTITY % p SYSTEM '" + LOOPBACK + "p.ent'> %p;"})
    void anSvgThatDeclaresEntitiesIsRefused(String declaration) throws IOException {
        Files.createDirectories(book.resolve("images"));
        String body = declaration.contains("%p") ? "" : "<text x='1' y='9'>&x;</text>";
        Files.writeString(book.resolve("images/a.svg"), filled("<?xml version='1.0'?>\n<!DOCTYPE svg [" + declaration + "]>\n"
                + svg(body)));
        PublishException e = refusedBeforeFop(bookWith(figure("images/a.svg").strip()));
        assertRefused(e, Code.CHK_SVG_UNREADABLE, 4);
    }

    /**
     * A plain DOCTYPE (as drawing programs write it) is legitimate: the SVG publishes, and its DTD
     * is never loaded. (Fails while ImageFormats.damage refuses every SVG with a DOCTYPE as
     * damaged, CHK_IMAGE_DAMAGED, though SvgPolicy lets it through.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"PUBLIC '-//W3C//DTD SVG 1.1//EN' '" + LOOPBACK + "svg11.dtd'", "SYSTEM '" + LOOPBACK + "svg.dtd'",
            "SYSTEM '" + PIPE + "'"})
    void anSvgWithADoctypePublishesWithoutItsDtd(String externalId) throws IOException {
        Files.createDirectories(book.resolve("images"));
        Files.writeString(book.resolve("images/a.svg"), filled("<?xml version='1.0'?>\n<!DOCTYPE svg " + externalId + ">\n"
                + svg("<rect width='5' height='5' fill='#c00'/>")));
        published(bookWith(figure("images/a.svg").strip()));
    }

    /**
     * typography.properties is the book's file too: a link out of the folder is not followed, and
     * the refusal is located at it, with none of the outside file's lines in a message.
     */
    @Test
    void typographyThroughASymbolicLinkIsNotRead() throws IOException {
        Files.createSymbolicLink(book.resolve("typography.properties"), outside.resolve("secret.properties"));
        Files.writeString(source, bookWith("<para>甲</para>"), StandardCharsets.UTF_8);
        PublishException e = refused(request(false, false, false));
        assertEquals(List.of(Code.CHK_SETTINGS_REFUSED), e.diagnostics().stream().map(Diagnostic::code).toList(),
                e.getMessage());
        for (Diagnostic d : e.diagnostics()) {
            assertEquals(book.resolve("typography.properties").toAbsolutePath().normalize(),
                    Path.of(d.file()).toAbsolutePath().normalize(), "not located at typography.properties: " + d);
        }
    }

    /** ... and a link to a pipe outside is never opened (the book is refused, or published without it). */
    @Test
    void typographyThatIsALinkToAPipeIsNeverOpened() throws Exception {
        Files.createSymbolicLink(book.resolve("typography.properties"), pipe.path());
        Files.writeString(source, bookWith("<para>甲</para>"), StandardCharsets.UTF_8);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try {
                TestBooks.publisher().publish(request(false, false, false), recording());
            } catch (PublishException e) {
                assertEarlierOutputsUntouched();
                assertMessagesAreTheBooks(e);
            }
        });
    }

    // ---- links

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "JaVaScRiPt:alert(1)",
            "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", "DATA:text/html,x"})
    void aScriptOrDataLinkIsAnError(String href) throws IOException {
        PublishException e = refusedBeforeFop(bookWith("<para>见<link xlink:href='" + href + "'>链接文字</link>。</para>"));
        Diagnostic d = assertRefused(e, Code.CHK_LINK_SCRIPT, 4);
        // The attribute value as the parser gives it: a character reference to a tab stays a tab.
        String value = href.replace("&#9;", "\t");
        assertEquals(Code.CHK_LINK_SCRIPT.format(Map.of("href", value)), d.message(), "the href is named");
    }

    /**
     * A script link with a tab or a space in its scheme (browsers ignore them): an error at its
     * line. The schema already refuses such an href as not a URI (SRC_INVALID), before LinkCheck,
     * which would say CHK_LINK_SCRIPT; either is the book's error at the link's line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Java&#9;Script:alert(1)", "java&#10;script:alert(1)", " JaVa&#9;ScRiPt :alert(1)"})
    void aScriptLinkWithWhiteSpaceInItsSchemeIsAnError(String href) throws IOException {
        PublishException e = refusedBeforeFop(bookWith("<para>见<link xlink:href='" + href + "'>链接文字</link>。</para>"));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertTrue(Set.of(Code.CHK_LINK_SCRIPT, Code.SRC_INVALID).contains(d.code()), d.toString());
        assertAt(d, d.code(), source, 4);
    }

    /** A file: URI or a relative path is printed as text, with a warning: no live link in either output. */
    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/hostname", "notes/other.html", "../outside/secret.xml"})
    void aLinkToAFileIsPrintedAsText(String href) throws IOException {
        published(bookWith("<para>见<link xlink:href='" + href + "'>链接文字</link>。</para>"));
        assertEquals(1, warnings.size(), warnings.toString());
        Diagnostic warning = warnings.get(0);
        assertEquals(Code.CHK_LINK_NOT_LIVE, warning.code(), warning.toString());
        assertEquals(Severity.WARNING, warning.severity(), warning.toString());
        assertEquals(4, warning.line(), warning.toString());
        assertEquals(source.toAbsolutePath().normalize(), Path.of(warning.file()).toAbsolutePath().normalize());
        assertEquals(Code.CHK_LINK_NOT_LIVE.format(Map.of("href", href)), warning.message());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("book.pdf").toFile())) {
            assertEquals(List.of(), uris(pdf).stream().filter(uri -> uri.contains(href.replace("../", "")) || uri.startsWith("file:")).toList(),
                    "a live link to " + href);
            assertTrue(withoutSpace(new PDFTextStripper().getText(pdf)).contains("链接文字"), "the link's text is gone");
        }
        for (Map.Entry<String, String> entry : epubTexts(out.resolve("book.epub")).entrySet()) {
            if (entry.getKey().endsWith(".xhtml")) {
                assertFalse(entry.getValue().contains("href=\"" + href + "\""), entry.getKey() + " links to " + href);
                assertFalse(entry.getValue().contains("href=\"file:"), entry.getKey() + " has a file: link");
            }
        }
        String xhtml = String.join("\n", epubTexts(out.resolve("book.epub")).values());
        assertTrue(xhtml.contains("链接文字"), "the link's text is not in the EPUB");
    }

    /** Web, mail and telephone addresses stay live links (and a link to the loopback address is never fetched). */
    @ParameterizedTest
    @ValueSource(strings = {"http://example.com/a", "https://example.com/b?c=d", "mailto:editor@example.com", "tel:+86-21-5466-1000",
            LOOPBACK})
    void aWebLinkStaysLive(String href) throws IOException {
        published(bookWith("<para>见<link xlink:href='" + href + "'>链接文字</link>。</para>"));
        assertEquals(List.of(), warnings);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("book.pdf").toFile())) {
            assertTrue(uris(pdf).contains(filled(href)), "no live link to " + href + " in " + uris(pdf));
        }
        String xhtml = String.join("\n", epubTexts(out.resolve("book.epub")).values());
        assertTrue(xhtml.contains("href=\"" + filled(href) + "\""), "no link to " + href + " in the EPUB");
    }

    /** A link to an id of the book stays a live link. */
    @Test
    void aLinkToAnIdStaysLive() throws IOException {
        published(bookWith("<para>见<link xlink:href='#c1'>链接文字</link>。</para>"));
        assertEquals(List.of(), warnings);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("book.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            boolean linked = false;
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                if (withoutSpace(stripper.getText(pdf)).contains("见链接文字")) {
                    linked = pdf.getPage(i).getAnnotations().stream().anyMatch(a -> a instanceof PDAnnotationLink);
                }
            }
            assertTrue(linked, "no link annotation on the page of the link");
        }
    }

    /** A strict build makes the warning an error, and writes nothing. */
    @Test
    void aStrictBuildRefusesAFileLinkAndWritesNothing() throws IOException {
        Files.writeString(source, bookWith("<para>见<link xlink:href='file:///etc/hostname'>链接文字</link>。</para>"));
        PublishException e = refused(request(true, true, true));
        Diagnostic d = assertRefused(e, Code.CHK_LINK_NOT_LIVE, 4);
        assertEquals(Severity.ERROR, d.severity());
    }

    private static List<String> uris(PDDocument pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
        }
        return uris;
    }

    // ---- all outputs or none

    /**
     * The book fails in FOP alone (a font FOP does not have): the EPUB of the same build was
     * made, but no earlier output (screen and print PDF, EPUB, proofs) changes and no temporary
     * file is left.
     */
    @Test
    void aFailureInFopChangesNoOutput() throws IOException {
        Files.writeString(book.resolve("typography.properties"), "body-font = No Such Font\n");
        Files.writeString(source, bookWith("<para>甲乙丙。</para>"));
        PublishException e = refused(request(true, true, false));
        assertTrue(stages.contains("epub"), "the EPUB was not made before the failure: " + stages);
        for (Diagnostic d : e.diagnostics()) {
            assertEquals(Severity.ERROR, d.severity());
        }
    }

    /** The last output fails (the proof's folder cannot be made) after both PDFs and the EPUB were complete. */
    @Test
    void aFailureAfterEveryOtherOutputChangesNoOutput() throws IOException {
        Path blocker = Files.write(out.resolve("blocker"), new byte[] {1});
        Files.writeString(source, bookWith("<para>甲乙丙。</para>"));
        PublishRequest request = new PublishRequest(source, Optional.of(out.resolve("book.pdf")),
                Optional.of(out.resolve("book-print.pdf")), Optional.of(out.resolve("book.epub")), Paper.A4,
                Optional.of(blocker.resolve("proof")), Optional.of(TestBooks.BUILD_DATE), false);
        PublishException e = assertThrows(PublishException.class, () -> TestBooks.publisher().publish(request, recording()));
        assertTrue(stages.containsAll(List.of("epub", "pdf")), "failed before the outputs were made: " + stages);
        assertEquals(Code.OUT_CANNOT_CREATE, e.diagnostics().get(0).code(), e.getMessage());
        Files.delete(blocker);
        assertEarlierOutputsUntouched();
    }

    // ---- failures are the book's

    static Stream<Arguments> layoutFailures() {
        String table = "<informaltable><tgroup cols='2'><colspec colname='a'/><colspec colname='b'/><tbody>";
        String end = "</tbody></tgroup></informaltable>";
        return Stream.of(
                Arguments.of("a row with more entries than columns",
                        table + "<row><entry>甲</entry><entry>乙</entry><entry>丙</entry></row>" + end,
                        Code.CHK_TABLE_TOO_WIDE, Map.of("used", 3, "cols", 2)),
                Arguments.of("a span past the last column",
                        table.replace("<tbody>", "<colspec colname='c'/><tbody>")
                                + "<row><entry namest='b' nameend='c'>甲</entry></row>" + end,
                        Code.CHK_TABLE_TOO_WIDE, Map.of("used", 3, "cols", 2)),
                Arguments.of("nameend before namest", table + "<row><entry namest='b' nameend='a'>甲</entry></row>" + end,
                        Code.CHK_TABLE_SPAN_ORDER, Map.of("namest", "b", "nameend", "a")),
                Arguments.of("morerows past the last row", table + "<row><entry morerows='2'>甲</entry><entry>乙</entry></row>"
                        + "<row><entry>丙</entry></row>" + end,
                        Code.CHK_TABLE_ROWS_PAST_END, Map.of("morerows", 2, "part", "tbody")),
                Arguments.of("a footnote in a footnote",
                        "<para>甲<footnote><para>注<footnote><para>内注</para></footnote></para></footnote>乙。</para>",
                        Code.CHK_FOOTNOTE_IN_FOOTNOTE, Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layoutFailures")
    void whatWouldMakeFopFailIsFoundAtItsLine(String name, String line4, Code code, Map<String, ?> parameters) throws IOException {
        PublishException e = refusedBeforeFop(bookWith(line4));
        Diagnostic d = assertRefused(e, code, 4);
        assertEquals(code.format(parameters), d.message(), name + ": the parameters filled in");
    }

    /**
     * A footnote in a title is valid DocBook: the note is at the title, and the contents, the
     * running heads and the bookmarks are those of the same book without it.
     */
    @Test
    void aFootnoteInATitlePublishesWithoutItElsewhere() throws IOException {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            body.append("<para>").append("这是正文的一段，用来把这一章排到好几页上去，以便看到每一页的书眉。".repeat(3)).append("</para>\n");
        }
        String withNote = "<book xmlns='http://docbook.org/ns/docbook' version='5.0' xml:lang='zh-CN'>\n<info><title>书</title></info>\n"
                + "<chapter xml:id='c1'><title>有注的标题<footnote><para>标题脚注正文。</para></footnote></title>\n"
                + body + "</chapter>\n<chapter xml:id='c2'><title>第二个标题</title><para>乙。</para></chapter>\n</book>\n";
        String without = withNote.replace("<footnote><para>标题脚注正文。</para></footnote>", "");
        Files.writeString(source, without);
        PublishRequest request = new PublishRequest(source, Optional.of(folder.resolve("without.pdf")), Optional.empty(),
                Optional.empty(), Paper.A4, Optional.empty(), Optional.of(TestBooks.BUILD_DATE));
        try {
            TestBooks.publisher().publish(request, recording());
            published(withNote);
        } catch (PublishException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        try (PDDocument plain = Loader.loadPDF(folder.resolve("without.pdf").toFile());
                PDDocument noted = Loader.loadPDF(out.resolve("book.pdf").toFile())) {
            assertTrue(withoutSpace(new PDFTextStripper().getText(noted)).contains("标题脚注正文"), "the note is not printed");
            assertEquals(outline(plain), outline(noted), "the bookmarks");
            assertEquals(contents(plain), contents(noted), "the contents");
            assertEquals(runningHeads(plain), runningHeads(noted), "the running heads");
        }
    }

    private static List<String> outline(PDDocument pdf) {
        List<String> titles = new ArrayList<>();
        outline(pdf.getDocumentCatalog().getDocumentOutline(), titles);
        assertFalse(titles.isEmpty(), "no outline");
        return titles;
    }

    private static void outline(PDOutlineNode node, List<String> titles) {
        node.children().forEach(item -> {
            titles.add(item.getTitle());
            outline(item, titles);
        });
    }

    /** The text of the contents page(s). */
    private static String contents(PDDocument pdf) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        StringBuilder contents = new StringBuilder();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            String text = stripper.getText(pdf);
            if (text.contains("有注的标题") && text.contains("第二个标题")) {
                contents.append(text);
            }
        }
        assertFalse(contents.isEmpty(), "no contents page");
        return contents.toString();
    }

    /** The text in the top eighth of every page: the running heads, as a set (the pages may break differently). */
    private static Set<String> runningHeads(PDDocument pdf) throws IOException {
        Set<String> heads = new java.util.TreeSet<>();
        for (PDPage page : pdf.getPages()) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            stripper.addRegion("head", new java.awt.geom.Rectangle2D.Float(0, 0, width, height / 8));
            stripper.extractRegions(page);
            String head = stripper.getTextForRegion("head").strip();
            heads.add(Pattern.compile("\\d+").matcher(head).replaceAll("#"));
        }
        assertTrue(heads.stream().anyMatch(h -> h.contains("有注的标题")), "no running head with the title: " + heads);
        return heads;
    }

    // ---- bombs

    @Test
    void aPngThatDeclaresAHugeImageIsRefusedWithoutDecodingIt() throws IOException {
        Files.createDirectories(book.resolve("images"));
        Files.write(book.resolve("images/bomb.png"), pngDeclaring(20_000, 20_000));
        Files.writeString(source, bookWith(figure("images/bomb.png").strip()));
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        PublishException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refused(request(false, false, false)));
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        Diagnostic d = assertRefused(e, Code.CHK_IMAGE_TOO_LARGE, 4);
        assertEquals(Code.CHK_IMAGE_TOO_LARGE.format(Map.of("fileref", "images/bomb.png", "width", 20000, "height", 20000,
                "limit", 100)), d.message());
        assertTrue(after - used < 256L * 1024 * 1024, "memory grew by " + (after - used));
    }

    @Test
    void aHugePngInsideAnSvgIsRefused() throws IOException {
        Files.createDirectories(book.resolve("images"));
        Files.writeString(book.resolve("images/a.svg"), svg("<image width='5' height='5' xlink:href='data:image/png;base64,"
                + Base64.getEncoder().encodeToString(pngDeclaring(20_000, 20_000)) + "'/>"));
        PublishException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> refusedBeforeFop(bookWith(figure("images/a.svg").strip())));
        Diagnostic d = assertRefused(e, Code.CHK_IMAGE_TOO_LARGE, 4);
        assertEquals(Code.CHK_IMAGE_TOO_LARGE.format(Map.of("fileref", "images/a.svg", "width", 20000, "height", 20000,
                "limit", 100)), d.message());
    }

    /**
     * 1,500 levels of elements: refused at the first one past the limit, before the stylesheets or
     * FOP recurse, and before the schema's validator spends minutes on them.
     */
    @Test
    void elementsNestedTooDeepAreRefusedAtTheirLine() throws IOException {
        // book (1) and chapter (2) on lines 1 and 3, para (3) on line 4, then one emphasis a line:
        // the emphasis at depth d is on line d + 1, and the first past 200 levels on line 202.
        String deep = "<para>" + "\n<emphasis>".repeat(1500) + "甲" + "</emphasis>".repeat(1500) + "</para>";
        PublishException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> refusedBeforeFop(bookWith(deep)));
        Diagnostic d = assertRefused(e, Code.SRC_TOO_DEEP, 202);
        assertEquals(Code.SRC_TOO_DEEP.format(Map.of("limit", 200)), d.message());
    }

    /**
     * A paragraph of 30,000 inline elements publishes in seconds: the stylesheets find the text on
     * either side of each text by walking to it (common/functions.xsl, f:previous-in-block and
     * f:next-in-block), not by asking every node of the paragraph, which cost n² steps (2,000
     * elements took 25 s, and these would have taken the better part of an hour). The EPUB's
     * paragraph is the source's text, the author's space between Latin and Han dropped in every
     * one of its 10,000 places.
     */
    @Test
    void aParagraphOfThirtyThousandInlineElementsIsPublishedInSeconds() throws IOException {
        StringBuilder para = new StringBuilder("<para>");
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            para.append("中文<emphasis>强调").append(i).append("</emphasis>，<code>run").append(i)
                    .append("</code> <emphasis>之后</emphasis>");
            expected.append("中文强调").append(i).append("，run").append(i).append("之后");
        }
        Files.writeString(source, bookWith(para.append("</para>").toString()), StandardCharsets.UTF_8);
        Path epub = out.resolve("book.epub");
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> TestBooks.publisher().publish(new PublishRequest(source,
                Optional.empty(), Optional.empty(), Optional.of(epub), Paper.A4, Optional.empty(), Optional.of(TestBooks.BUILD_DATE)),
                PublishListener.SILENT));
        String chapter = epubTexts(epub).values().stream().filter(x -> x.contains("强调0")).findFirst().orElseThrow();
        java.util.regex.Matcher paragraph = Pattern.compile("<p>(.*?强调0.*?)</p>").matcher(chapter);
        assertTrue(paragraph.find(), "no paragraph in the EPUB");
        assertEquals(expected.toString(), paragraph.group(1).replaceAll("<[^>]*>", ""));
    }

    /** A 4 MB word: refused at its line within a minute, never a hang. */
    @Test
    void aFourMegabyteWordIsRefusedWithinAMinute() throws IOException {
        String word = "a".repeat(4 * 1024 * 1024);
        PublishException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> refusedBeforeFop(bookWith("<para>" + word + "</para>")));
        Diagnostic d = assertRefused(e, Code.CHK_WORD_TOO_LONG, 4);
        assertEquals(Code.CHK_WORD_TOO_LONG.format(Map.of("length", word.length(), "limit", 10_000)), d.message());
        // At the word's first letter, just after <para>.
        assertEquals("<para>".length() + 1, d.column(), d.toString());
    }
}
