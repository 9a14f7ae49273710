package dev.hanzi.publisher.source;

import dev.hanzi.publisher.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;

/**
 * A book read from disk with its includes resolved and checked against the schema.
 *
 * @param document the whole book as one tree, with line numbers
 * @param source the main file
 * @param files every file the book was read from, the main file first
 * @param folder the book's folder, through which every further file of the book is read
 * @param warnings what was read sensibly but should be written otherwise (a DOCTYPE, a language tag),
 *     in the order of the book
 */
public record LoadedBook(XdmNode document, Path source, List<Path> files, BookFolder folder,
        List<Diagnostic> warnings) {
    /** The folder that includes and images must stay inside. */
    public Path root() {
        return folder.root();
    }
}
