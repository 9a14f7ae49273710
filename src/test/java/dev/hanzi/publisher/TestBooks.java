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

/**
 * The books the tests read, each built once per test run through the Publisher API into
 * target/test-books/NAME/. One Publisher is shared, as a long-running process would.
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

    /** The screen edition of the given book, built on first use. */
    public static synchronized Path pdf(Path source) {
        return pdf(source, Edition.SCREEN);
    }

    /** The given edition of the given book, built on first use. */
    public static synchronized Path pdf(Path source, Edition edition) {
        return BUILT.computeIfAbsent(edition + ":" + source, key -> build(source, edition));
    }

    /** Every test book. */
    public static java.util.stream.Stream<Path> books() {
        return java.util.stream.Stream.of(REPORT, FEATURED);
    }

    /** Every book in every edition: what the content and typesetting checks run over. */
    public static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> booksAndEditions() {
        return java.util.stream.Stream.of(REPORT, FEATURED).flatMap(book -> java.util.stream.Stream.of(Edition.values())
                .map(edition -> org.junit.jupiter.params.provider.Arguments.of(book, edition)));
    }

    /** The EPUB of the given book, built on first use. */
    public static synchronized Path epub(Path source) {
        return BUILT.computeIfAbsent("epub:" + source, key -> build(source, null));
    }

    /** Builds the PDF in the given edition, or the EPUB when the edition is null. */
    private static Path build(Path source, Edition edition) {
        String name = source.getParent().getFileName().toString();
        Path out = Paths.get("target/test-books", name,
                edition == null ? "book.epub" : "book-" + edition.cliName() + ".pdf");
        try {
            Files.createDirectories(out.getParent());
            PublishRequest request = new PublishRequest(source,
                    edition != null ? Optional.of(out) : Optional.empty(),
                    edition == null ? Optional.of(out) : Optional.empty(),
                    Paper.A4, edition == null ? Edition.SCREEN : edition, Optional.of(BUILD_DATE));
            publisher().publish(request, PublishListener.SILENT);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PublishException e) {
            throw new AssertionError("the book " + source + " did not build:\n" + e.getMessage(), e);
        }
    }
}
