package dev.hanzi.publisher.cli;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A new book in one step: info, a preface, a chapter with a figure, an appendix with a table. */
public final class BookSkeleton {
    private static final List<String> FILES = List.of(
            "book.xml", "preface.xml", "chapter01.xml", "appendix.xml", "images/figure-1.png");

    /** Writes the skeleton into {@code folder}, which must not hold a book already. */
    public Path write(Path folder) throws PublishException {
        if (Files.exists(folder.resolve("book.xml"))) {
            throw new PublishException(Code.CLI_NEW_BOOK_EXISTS, Location.of(folder.resolve("book.xml")), Map.of());
        }
        try {
            for (String name : FILES) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = BookSkeleton.class.getClassLoader().getResourceAsStream("skeleton/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the publisher lacks skeleton/" + name);
                    }
                    Files.copy(in, target);
                }
            }
        } catch (IOException e) {
            throw new PublishException(Code.CLI_NEW_BOOK_WRITE, Location.of(folder), Map.of("reason", String.valueOf(e.getMessage())), e);
        }
        return folder.resolve("book.xml");
    }
}
