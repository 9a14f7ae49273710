package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hanzi.publisher.output.Installation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same source gives the same bytes, and no output tells where or by whom it was built. */
class ReproducibleIT {
    @TempDir
    Path folder;

    private byte[][] build(String name) throws Exception {
        Path pdf = folder.resolve(name + ".pdf");
        Path print = folder.resolve(name + "-print.pdf");
        Path epub = folder.resolve(name + ".epub");
        // A fresh publisher each time, as two separate runs would have.
        new Publisher(Installation.locate()).publish(new PublishRequest(TestBooks.REPORT, Optional.of(pdf),
                Optional.of(print), Optional.of(epub), Paper.A4, Optional.empty(),
                Optional.of(Instant.parse("2021-06-01T00:00:00Z"))), PublishListener.SILENT);
        return new byte[][] {Files.readAllBytes(pdf), Files.readAllBytes(epub), Files.readAllBytes(print)};
    }

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        byte[][] first = build("first");
        Thread.sleep(1100);
        byte[][] second = build("second");
        assertArrayEquals(first[0], second[0], "the PDFs differ");
        assertArrayEquals(first[1], second[1], "the EPUBs differ");
        assertArrayEquals(first[2], second[2], "the print editions differ");
    }

    @Test
    void noBuildPathOrUserNameIsInTheOutputs() throws Exception {
        byte[][] outputs = build("paths");
        String home = System.getProperty("user.home");
        String project = Path.of("").toAbsolutePath().toString();
        for (byte[] output : outputs) {
            String text = new String(output, StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(project), "the project's path is in an output");
            assertFalse(text.contains(home + "/"), "the home folder is in an output");
        }
    }
}
