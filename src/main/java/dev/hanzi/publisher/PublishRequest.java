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
 * @param edition which PDF edition to make
 * @param buildDate the date written into the outputs; empty means the book's pubdate
 */
public record PublishRequest(Path source, Optional<Path> pdf, Optional<Path> epub, Paper paper,
        Edition edition, Optional<Instant> buildDate) {

    /** The screen edition, the default. */
    public PublishRequest(Path source, Optional<Path> pdf, Optional<Path> epub, Paper paper,
            Optional<Instant> buildDate) {
        this(source, pdf, epub, paper, Edition.SCREEN, buildDate);
    }
}
