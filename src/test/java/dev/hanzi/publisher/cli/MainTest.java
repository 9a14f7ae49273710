package dev.hanzi.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.Paper;
import dev.hanzi.publisher.PublishRequest;
import dev.hanzi.publisher.TestBooks;
import dev.hanzi.publisher.diagnostics.Code;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The command line's contract: usage errors exit 2 with the usage, help exits 0, a book's error
 * exits 1; every error is printed with its code from the catalogue.
 */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestBooks::publisher).run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A usage error: the code's line first (no location: it is the command line's), then the usage. */
    private void assertUsageError(String... named) {
        String printed = err();
        assertTrue(printed.startsWith("error " + Code.CLI_USAGE.id() + ": "), printed);
        for (String name : named) {
            assertTrue(printed.lines().findFirst().orElse("").contains(name), name + " not named in: " + printed);
        }
        assertTrue(printed.contains("usage:"), printed);
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run());
        assertUsageError();
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("book.xml", "--pfd", "out.pdf"));
        assertUsageError("--pfd");
    }

    @Test
    void theEditionOptionIsGone() {
        // The print edition is asked for with --print-pdf.
        assertEquals(2, run("book.xml", "--pdf", "out.pdf", "--edition", "print"));
        assertUsageError("--edition");
    }

    @Test
    void anUnknownPaperIsAUsageError() {
        assertEquals(2, run("book.xml", "--pdf", "out.pdf", "--paper", "b5"));
        assertUsageError("'b5'");
    }

    @Test
    void nothingToWriteIsAUsageError() {
        assertEquals(2, run("book.xml"));
        assertUsageError();
    }

    @Test
    void eachEditionHasItsOwnOutput() {
        PublishRequest request = Main.Arguments.parse(new String[] {"book.xml", "--pdf", "screen.pdf", "--print-pdf",
            "print.pdf", "--epub", "book.epub", "--paper", "16k", "--date", "2021-06-01T00:00:00Z"}).request();
        assertEquals(Paths.get("book.xml"), request.source());
        assertEquals(Optional.of(Paths.get("screen.pdf")), request.pdf());
        assertEquals(Optional.of(Paths.get("print.pdf")), request.printPdf());
        assertEquals(Optional.of(Paths.get("book.epub")), request.epub());
        assertEquals(Paper.K16, request.paper());
        assertEquals(Optional.empty(), request.proof());

        PublishRequest printOnly = Main.Arguments.parse(new String[] {"book.xml", "--print-pdf", "print.pdf", "--proof"})
                .request();
        assertEquals(Optional.empty(), printOnly.pdf());
        assertEquals(Optional.of(Paths.get("print.pdf")), printOnly.printPdf());
        assertEquals(Optional.of(Paths.get("print.pdf").toAbsolutePath().getParent().resolve("proof")), printOnly.proof(),
                "proofs of the print edition when it is the only PDF");
    }

    @Test
    void aProofNeedsAPdf() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Main.Arguments.parse(new String[] {"book.xml", "--epub", "book.epub", "--proof"}));
        assertTrue(e.getMessage().contains("--proof"), e.getMessage());
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--pdf", "--print-pdf", "--epub", "--paper", "--verbose"}) {
            assertTrue(help.contains(option), option);
        }
        assertFalse(help.contains("--edition"), help);
    }

    @Test
    void aMissingSourceExitsOneWithItsName() {
        assertEquals(1, run("no-such-book.xml", "--pdf", "target/never.pdf"));
        assertTrue(err().startsWith("no-such-book.xml: error " + Code.SRC_NO_SUCH_FILE.id() + ": "), err());
        assertEquals(1, err().lines().count(), "one line: " + err());
    }
}
