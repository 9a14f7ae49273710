package dev.hanzi.publisher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.diagnostics.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A few hundred mutations of a small book (elements deleted, duplicated and swapped, the file
 * truncated, random bytes written in): each ends in a book or in a clean, located error, within
 * a bounded time, and a failure leaves no file behind. The seed is fixed, so a failure repeats.
 */
class FuzzIT {
    private static final Path BOOK = Paths.get("src/test/resources/books/fuzz");
    private static final int MUTATIONS = 240;
    /** Errors about the file as a whole, without a line. */
    private static final Set<Code> WHOLE_FILE = Set.of(Code.SRC_EMPTY, Code.SRC_TOO_MANY_ERRORS);
    private static final Pattern ELEMENT = Pattern.compile("<(para|listitem|row|entry|section|footnote|emphasis|xref|figure|note|title|chapter)\\b[^>]*>.*?</\\1>",
            Pattern.DOTALL);

    @TempDir
    Path folder;

    /**
     * The book as it is, once, before the timed mutations: the first publication waits for the
     * publisher's set-up (the DocBook schema, the stylesheets, the fonts), which the time limit
     * of a mutation is not for.
     */
    @BeforeAll
    static void warmPublisher() throws Exception {
        Path warm = Files.createTempDirectory("fuzz-warm");
        try {
            Path pdf = warm.resolve("warm.pdf");
            TestBooks.publisher().publish(new PublishRequest(BOOK.resolve("book.xml"), Optional.of(pdf), Optional.empty(),
                    Optional.empty(), Paper.A5, Optional.empty(), Optional.empty()), PublishListener.SILENT);
            Files.deleteIfExists(pdf);
        } finally {
            Files.deleteIfExists(warm);
        }
    }

    @Test
    void everyMutationEndsInABookOrACleanError() throws IOException {
        String original = Files.readString(BOOK.resolve("book.xml"));
        Files.createDirectories(folder.resolve("images"));
        Files.copy(BOOK.resolve("images/grid.png"), folder.resolve("images/grid.png"));
        Random random = new Random(20211124L);
        int published = 0;
        int refused = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] mutant = mutate(original, random, i % 5);
            Path source = folder.resolve("book.xml");
            Files.write(source, mutant);
            Path pdf = folder.resolve("out-" + i + ".pdf");
            final int number = i;
            boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    TestBooks.publisher().publish(new PublishRequest(source, Optional.of(pdf), Optional.empty(),
                            Optional.empty(), Paper.A5, Optional.empty(), Optional.empty()), PublishListener.SILENT);
                    return true;
                } catch (PublishException e) {
                    assertFalse(e.diagnostics().isEmpty(), "mutation " + number + ": an error without a message");
                    for (Diagnostic d : e.diagnostics()) {
                        assertBooksOwnError(d, source, "mutation " + number + ": " + d);
                    }
                    return false;
                }
            }, () -> "mutation " + number + " hung");
            if (ok) {
                assertTrue(Files.size(pdf) > 0);
                Files.delete(pdf);
                published++;
            } else {
                refused++;
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of("book.xml", "images"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                        "mutation " + i + " left files behind");
            }
        }
        System.out.printf("fuzz: %d mutations, %d published, %d refused cleanly%n", MUTATIONS, published, refused);
        assertTrue(published > 0 && refused > 0, "the mutations should both pass and fail");
    }

    /**
     * A clean error: one of the book's own (reading it, or its rules: not a stylesheet's, FOP's or
     * an internal one, which would be our bug), in the book's file, at a line unless it concerns
     * the file as a whole, with a message that is not a Java exception's.
     */
    private static void assertBooksOwnError(Diagnostic d, Path source, String what) {
        assertTrue(d.code().id().startsWith("HZ-SRC-") || d.code().id().startsWith("HZ-CHK-"), what);
        assertEquals(Severity.ERROR, d.severity(), what);
        assertEquals(source.toAbsolutePath().normalize(), Path.of(d.file()).toAbsolutePath().normalize(), what);
        if (!WHOLE_FILE.contains(d.code())) {
            assertTrue(d.line() > 0, "no line: " + what);
        }
        assertFalse(d.message().isBlank(), "blank message: " + what);
        assertFalse(d.message().contains("Exception"), "an exception's text: " + what);
    }

    private static byte[] mutate(String xml, Random random, int kind) {
        List<int[]> elements = new ArrayList<>();
        Matcher m = ELEMENT.matcher(xml);
        while (m.find()) {
            elements.add(new int[] {m.start(), m.end()});
        }
        int[] a = elements.get(random.nextInt(elements.size()));
        int[] b = elements.get(random.nextInt(elements.size()));
        String text = switch (kind) {
            case 0 -> xml.substring(0, a[0]) + xml.substring(a[1]);
            case 1 -> xml.substring(0, a[1]) + xml.substring(a[0], a[1]) + xml.substring(a[1]);
            case 2 -> swap(xml, a, b);
            case 3 -> xml.substring(0, random.nextInt(xml.length()));
            default -> null;
        };
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static String swap(String xml, int[] a, int[] b) {
        if (a[0] == b[0] || (a[0] < b[1] && b[0] < a[1])) {
            return xml;
        }
        int[] first = a[0] < b[0] ? a : b;
        int[] second = a[0] < b[0] ? b : a;
        return xml.substring(0, first[0]) + xml.substring(second[0], second[1]) + xml.substring(first[1], second[0])
                + xml.substring(first[0], first[1]) + xml.substring(second[1]);
    }
}
