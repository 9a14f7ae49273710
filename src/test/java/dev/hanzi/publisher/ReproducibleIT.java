package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hanzi.publisher.output.Installation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same source gives the same bytes, and no output tells where or by whom it was built. */
class ReproducibleIT {
    private static final Instant DATE = Instant.parse("2021-06-01T00:00:00Z");
    private static byte[][] first;
    private static byte[][] second;

    private static byte[][] build(Publisher publisher, Path folder) throws Exception {
        Path pdf = folder.resolve("book.pdf");
        Path print = folder.resolve("book-print.pdf");
        Path epub = folder.resolve("book.epub");
        publisher.publish(new PublishRequest(TestBooks.REPORT, Optional.of(pdf), Optional.of(print), Optional.of(epub),
                Paper.A4, Optional.empty(), Optional.of(DATE)), PublishListener.SILENT);
        return new byte[][] {Files.readAllBytes(pdf), Files.readAllBytes(epub), Files.readAllBytes(print)};
    }

    /**
     * Two runs: a fresh publisher, as a new process has, and a second later the shared one, warm
     * from other books, whose caches (fonts, stylesheets, FOP's images) must change nothing.
     */
    @BeforeAll
    static void buildTwice(@TempDir Path folder) throws Exception {
        first = build(new Publisher(Installation.locate()), Files.createDirectories(folder.resolve("first")));
        Thread.sleep(1100);
        second = build(TestBooks.publisher(), Files.createDirectories(folder.resolve("second")));
    }

    @Test
    void twoBuildsAreByteIdentical() {
        assertArrayEquals(first[0], second[0], "the PDFs differ");
        assertArrayEquals(first[1], second[1], "the EPUBs differ");
        assertArrayEquals(first[2], second[2], "the print editions differ");
    }

    @Test
    void noBuildPathOrUserNameIsInTheOutputs() {
        String home = System.getProperty("user.home");
        String project = Path.of("").toAbsolutePath().toString();
        for (byte[] output : first) {
            String text = new String(output, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(project), "the project's path is in an output");
            assertFalse(text.contains(home + "/"), "the home folder is in an output");
        }
    }
}
