package dev.hanzi.publisher;

import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.pdf.Edition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The books the tests read, each built once per test run through the Publisher API into
 * TestBooks.root()/NAME/ (NAME-PAPER/ on another paper than A4). One Publisher
 * is shared, as a long-running process would: every test that publishes goes through
 * {@link #publisher()}, so the schema, the stylesheets and the fonts are read once.
 */
public final class TestBooks {
    public static final Path REPORT = Paths.get("xml/report.xml");
    public static final Path FEATURED = Paths.get("src/test/resources/books/featured/book.xml");
    public static final Instant BUILD_DATE = Instant.parse("2021-06-01T00:00:00Z");

    private static Publisher publisher;
    private static final Map<String, Path> BUILT = new HashMap<>();

    private TestBooks() {
    }

    public static synchronized Publisher publisher() {
        if (publisher == null) {
            try {
                publisher = new Publisher(Installation.locate());
            } catch (PublishException e) {
                throw new IllegalStateException(e);
            }
        }
        return publisher;
    }

    /** The screen edition of the given book on A4, built on first use. */
    public static synchronized Path pdf(Path source) {
        return pdf(source, Edition.SCREEN);
    }

    /** The given edition of the given book on A4, built on first use. */
    public static synchronized Path pdf(Path source, Edition edition) {
        return pdf(source, edition, Paper.A4);
    }

    /**
     * The given edition of the given book on the given paper. Both editions are built together,
     * by one publication, the first time either is asked for.
     */
    public static synchronized Path pdf(Path source, Edition edition, Paper paper) {
        String key = source + ":" + paper;
        if (!BUILT.containsKey(key + ":" + Edition.SCREEN)) {
            Path folder = folder(source, paper);
            Path screen = folder.resolve("book-" + Edition.SCREEN.styleName() + ".pdf");
            Path print = folder.resolve("book-" + Edition.PRINT.styleName() + ".pdf");
            build(source, new PublishRequest(source, Optional.of(screen), Optional.of(print), Optional.empty(), paper,
                    Optional.empty(), Optional.of(BUILD_DATE)));
            BUILT.put(key + ":" + Edition.SCREEN, screen);
            BUILT.put(key + ":" + Edition.PRINT, print);
        }
        return BUILT.get(key + ":" + edition);
    }

    /** Every test book. */
    public static Stream<Path> books() {
        return Stream.of(REPORT, FEATURED);
    }

    /** Every book in every edition: what the content and typesetting checks run over. */
    public static Stream<Arguments> booksAndEditions() {
        return books().flatMap(book -> Stream.of(Edition.values()).map(edition -> Arguments.of(book, edition)));
    }

    /** The EPUB of the given book, built on first use. */
    public static synchronized Path epub(Path source) {
        return BUILT.computeIfAbsent("epub:" + source, key -> {
            Path out = folder(source, Paper.A4).resolve("book.epub");
            build(source, new PublishRequest(source, Optional.empty(), Optional.empty(), Optional.of(out), Paper.A4,
                    Optional.empty(), Optional.of(BUILD_DATE)));
            return out;
        });
    }

    private static Path folder(Path source, Paper paper) {
        String name = source.getParent().getFileName().toString();
        return root().resolve(paper == Paper.A4 ? name : name + "-" + paper.cliName());
    }

    /** Where this JVM builds its books: each test JVM has its own folder (pom.xml). */
    public static Path root() {
        return Paths.get(System.getProperty("testbooks.folder", "target/test-books"));
    }

    private static void build(Path source, PublishRequest request) {
        try {
            Files.createDirectories(folder(source, request.paper()));
            publisher().publish(request, PublishListener.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PublishException e) {
            throw new AssertionError("the book " + source + " did not build on " + request.paper().cliName() + ":\n"
                    + e.getMessage(), e);
        }
    }
}
