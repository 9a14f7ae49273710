package dev.hanzi.publisher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A new book in one step: info, a preface, a chapter with a figure, an appendix with a table. */
public final class BookSkeleton {
    private static final List<String> FILES = List.of(
            "book.xml", "preface.xml", "chapter01.xml", "appendix.xml", "images/figure-1.png");

    /** Writes the skeleton into {@code folder}, which must not hold a book already. */
    public Path write(Path folder) throws PublishException {
        if (Files.exists(folder.resolve("book.xml"))) {
            throw new PublishException(Diagnostic.of(folder.resolve("book.xml"),
                    "a book is already there: choose an empty folder"));
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
            throw new PublishException(Diagnostic.of(folder, "cannot write the new book: " + e.getMessage()), e);
        }
        return folder.resolve("book.xml");
    }
}
