package dev.hanzi.publisher;

import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;

/**
 * A book read from disk with its includes resolved and checked against the schema.
 *
 * @param document the whole book as one tree, with line numbers
 * @param source the main file
 * @param files every file the book was read from, the main file first
 */
public record LoadedBook(XdmNode document, Path source, List<Path> files) {
    /** The folder that includes and images must stay inside. */
    public Path root() {
        return source.getParent();
    }
}
