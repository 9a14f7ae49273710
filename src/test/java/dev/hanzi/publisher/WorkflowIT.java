package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.check.Typography;
import dev.hanzi.publisher.cli.BookSkeleton;
import dev.hanzi.publisher.cli.Main;
import dev.hanzi.publisher.cli.Watcher;
import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An author's workflow: a new book, stage lines, proofs, and a rebuild when the source changes. */
class WorkflowIT {
    @TempDir
    Path folder;

    private String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestBooks::publisher).run(args);
        return new String[] {String.valueOf(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void aNewBookBuildsAsItIsWithStageLinesAndProofs() throws Exception {
        Path book = folder.resolve("my-book");
        String[] created = run("new", book.toString());
        assertEquals("0", created[0], created[2]);
        String[] built = run(book.resolve("book.xml").toString(), "--pdf", book.resolve("book.pdf").toString(),
                "--epub", book.resolve("book.epub").toString(), "--proof");
        assertEquals("0", built[0], built[2]);
        assertEquals("", built[2], "no chatter on stderr");
        List<String> lines = built[1].lines().toList();
        for (String stage : List.of("validate", "fo", "pdf", "xhtml", "epub", "proof")) {
            assertTrue(lines.stream().anyMatch(l -> l.matches(stage + "\\s+.*\\d+\\.\\d s")), stage + " line in:\n" + built[1]);
        }
        assertTrue(lines.stream().anyMatch(l -> l.matches("pdf\\s+\\d+ pages\\s+\\d+\\.\\d MB.*")), built[1]);

        Path proof = book.resolve("proof");
        int pages;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(book.resolve("book.pdf").toFile())) {
            pages = pdf.getNumberOfPages();
        }
        try (Stream<Path> files = Files.list(proof)) {
            List<Path> pngs = files.filter(p -> p.getFileName().toString().startsWith("page-")).sorted().toList();
            assertEquals(pages, pngs.size(), "one image per page");
            for (Path png : pngs) {
                assertNotNull(ImageIO.read(png.toFile()), png + " is not an image");
            }
        }
        assertNotNull(ImageIO.read(proof.resolve("contact-sheet.png").toFile()));
        assertTrue(Files.readString(proof.resolve("index.html")).contains("page-001.png"));
    }

    @Test
    void watchModeRebuildsWhenTheSourceChanges() throws Exception {
        Path book = new BookSkeleton().write(folder.resolve("watched"));
        Path pdf = folder.resolve("watched.pdf");
        List<String> stages = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        PublishListener listener = new PublishListener() {
            @Override
            public void stageDone(String stage, Duration time, String result) {
                stages.add(stage);
            }

            @Override
            public void report(Diagnostic diagnostic) {
            }
        };
        Thread watcher = new Thread(() -> {
            try {
                new Watcher(TestBooks.publisher()).watch(new PublishRequest(book, Optional.of(pdf), Optional.empty(),
                        Optional.empty(), Paper.A5, Optional.empty(), Optional.empty()), listener, stop::get);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watcher.start();
        try {
            waitFor(() -> stages.contains("pdf"), "the first build");
            long before = stages.stream().filter("pdf"::equals).count();
            Path chapter = book.getParent().resolve("chapter01.xml");
            Files.writeString(chapter, Files.readString(chapter).replace("正文从这里开始", "正文改过了"));
            Files.setLastModifiedTime(chapter, FileTime.from(Instant.now().plusSeconds(2)));
            waitFor(() -> stages.stream().filter("pdf"::equals).count() > before, "a rebuild after the change");
            assertTrue(PdfGlyphs.read(pdf.toFile()).text().contains("正文改过了"), "the rebuilt PDF has the new text");
        } finally {
            stop.set(true);
            watcher.join(30_000);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
            Thread.sleep(100);
        }
    }

    @Test
    void aBooksOwnTypographyFileOverridesOurs() throws Exception {
        Path book = new BookSkeleton().write(folder.resolve("typography"));
        Files.writeString(book.getParent().resolve(Typography.FILE_NAME),
                "# this book's typography\nfont-size = 12\nline-height = 2   # airy\n");
        Path pdf = folder.resolve("typography.pdf");
        TestBooks.publisher().publish(new PublishRequest(book, Optional.of(pdf), Optional.empty(), Optional.empty(),
                Paper.A4, Optional.empty(), Optional.empty()), PublishListener.SILENT);
        assertEquals(12f, PdfGlyphs.read(pdf.toFile()).bodySize(), 0.01f);

        Files.writeString(book.getParent().resolve(Typography.FILE_NAME), "font-size = 12\nfont-colour = red\n");
        PublishException e = org.junit.jupiter.api.Assertions.assertThrows(PublishException.class, () ->
                TestBooks.publisher().publish(new PublishRequest(book, Optional.of(pdf), Optional.empty(),
                        Optional.empty(), Paper.A4, Optional.empty(), Optional.empty()), PublishListener.SILENT));
        assertEquals(1, e.diagnostics().size(), e.getMessage());
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(Code.CHK_SETTING_UNKNOWN, d.code(), d.toString());
        assertEquals(book.getParent().resolve(Typography.FILE_NAME).toAbsolutePath().normalize(),
                Path.of(d.file()).toAbsolutePath().normalize(), d.toString());
        assertEquals(2, d.line(), d.toString());
        assertEquals(1, d.column(), d.toString());
        assertTrue(d.message().contains("\"font-colour\""), "the setting is named: " + d);
    }

    @Test
    void anOverfullLineIsReportedOnceWithItsSourceLine() throws Exception {
        Path book = Files.writeString(folder.resolve("overfull.xml"), BadInputIT.HEAD + "<para>正文。</para>\n<para>"
                + "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3) + "</para>\n" + BadInputIT.TAIL);
        String[] built = run(book.toString(), "--pdf", folder.resolve("overfull.pdf").toString(), "--paper", "a5");
        assertEquals("0", built[0], built[2]);
        List<String> warnings = built[2].lines().filter(l -> l.contains(": warning ")).toList();
        assertEquals(1, warnings.size(), built[2]);
        // As compilers print it: file:line:col: warning CODE: message.
        assertTrue(warnings.get(0).matches(".*overfull\\.xml:5:\\d+: warning "
                + java.util.regex.Pattern.quote(Code.PDF_LAYOUT_WARNING.id()) + ": \\S.*"), warnings.get(0));
    }

    @Test
    void helpListsTheOptions() {
        String[] help = run("--help");
        assertEquals("0", help[0]);
        for (String option : List.of("--pdf", "--epub", "--paper", "--print-pdf", "--proof", "--watch", "new DIR")) {
            assertTrue(help[1].contains(option), option);
        }
        // The print edition has its own output (--print-pdf); there is no --edition any more.
        assertFalse(help[1].contains("--edition"), help[1]);
    }
}
