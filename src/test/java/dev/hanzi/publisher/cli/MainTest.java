package dev.hanzi.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line's contract: usage errors exit 2 with the usage, help exits 0. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void noArgumentsIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("book.xml", "--pfd", "out.pdf"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --pfd"));
    }

    @Test
    void anUnknownPaperIsAUsageError() {
        assertEquals(2, run("book.xml", "--pdf", "out.pdf", "--paper", "b5"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown paper size 'b5'"));
    }

    @Test
    void nothingToWriteIsAUsageError() {
        assertEquals(2, run("book.xml"));
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"--pdf", "--epub", "--paper", "--verbose"}) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void aMissingSourceExitsOneWithItsName() {
        assertEquals(1, run("no-such-book.xml", "--pdf", "target/never.pdf"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("no-such-book.xml: no such file"),
                err.toString(StandardCharsets.UTF_8));
    }
}
