package dev.hanzi.publisher;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What to publish and where. Every output asked for is written, or none is.
 *
 * @param source the book's main XML file
 * @param pdf where the screen edition of the PDF goes, if wanted
 * @param printPdf where the print edition of the PDF goes, if wanted; its cover goes beside it,
 *        {@code NAME-cover.pdf} for {@code NAME.pdf}
 * @param epub where the EPUB goes, if wanted
 * @param paper the PDF's trim size
 * @param proof the folder for page images and a contact sheet of the PDF, if wanted
 * @param buildDate the date written into the outputs; empty means the book's pubdate
 * @param strict whether every warning is an error: nothing is written when there is one
 */
public record PublishRequest(Path source, Optional<Path> pdf, Optional<Path> printPdf, Optional<Path> epub,
        Paper paper, Optional<Path> proof, Optional<Instant> buildDate, boolean strict) {

    /** A request that publishes a book with warnings. */
    public PublishRequest(Path source, Optional<Path> pdf, Optional<Path> printPdf, Optional<Path> epub,
            Paper paper, Optional<Path> proof, Optional<Instant> buildDate) {
        this(source, pdf, printPdf, epub, paper, proof, buildDate, false);
    }
}
