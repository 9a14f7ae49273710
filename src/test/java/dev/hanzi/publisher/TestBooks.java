package dev.hanzi.publisher;

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

    /** The PDF of the given book, built on first use. */
    public static synchronized Path pdf(Path source) {
        return BUILT.computeIfAbsent("pdf:" + source, key -> build(source, "pdf"));
    }

    /** The EPUB of the given book, built on first use. */
    public static synchronized Path epub(Path source) {
        return BUILT.computeIfAbsent("epub:" + source, key -> build(source, "epub"));
    }

    private static Path build(Path source, String kind) {
        String name = source.getParent().getFileName().toString();
        Path out = Paths.get("target/test-books", name, "book." + kind);
        try {
            Files.createDirectories(out.getParent());
            PublishRequest request = new PublishRequest(source,
                    kind.equals("pdf") ? Optional.of(out) : Optional.empty(),
                    kind.equals("epub") ? Optional.of(out) : Optional.empty(),
                    Paper.A4, Optional.of(BUILD_DATE));
            publisher().publish(request, PublishListener.SILENT);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PublishException e) {
            throw new AssertionError("the book " + source + " did not build:\n" + e.getMessage(), e);
        }
    }
}
