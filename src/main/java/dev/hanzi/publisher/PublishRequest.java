package dev.hanzi.publisher;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What to publish and where.
 *
 * @param source the book's main XML file
 * @param pdf where the PDF goes, if wanted
 * @param epub where the EPUB goes, if wanted
 * @param paper the PDF's trim size
 * @param edition which PDF edition {@code pdf} is
 * @param printPdf where a print edition goes as well, if wanted (mvn package writes both)
 * @param proof the folder for page images and a contact sheet of the PDF, if wanted
 * @param buildDate the date written into the outputs; empty means the book's pubdate
 */
public record PublishRequest(Path source, Optional<Path> pdf, Optional<Path> epub, Paper paper,
        Edition edition, Optional<Path> printPdf, Optional<Path> proof, Optional<Instant> buildDate) {

    /** One PDF of the given edition. */
    public PublishRequest(Path source, Optional<Path> pdf, Optional<Path> epub, Paper paper, Edition edition,
            Optional<Instant> buildDate) {
        this(source, pdf, epub, paper, edition, Optional.empty(), Optional.empty(), buildDate);
    }

    /** The screen edition, the default. */
    public PublishRequest(Path source, Optional<Path> pdf, Optional<Path> epub, Paper paper,
            Optional<Instant> buildDate) {
        this(source, pdf, epub, paper, Edition.SCREEN, Optional.empty(), Optional.empty(), buildDate);
    }
}
