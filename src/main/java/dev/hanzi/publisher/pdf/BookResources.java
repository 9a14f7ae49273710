package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.source.BookFolder;
import dev.hanzi.publisher.source.ImageFormats;
import dev.hanzi.publisher.source.SvgPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * What FOP may read, and only that: the installation's fonts and output profile, and the files
 * of the book being rendered as BookFolder lets them through, an SVG without its DOCTYPE (Batik
 * would follow it). Every other URI (a URL, a file elsewhere) is refused, so FOP reports the
 * image as missing and the rendering fails; nothing is fetched. One renderer renders one book
 * at a time: {@link #renderingBook} names it for the duration.
 */
final class BookResources implements ResourceResolver {
    private final Path fonts;
    private final Set<URI> installationFiles;
    private BookFolder book;

    BookResources(Path fonts, Set<URI> installationFiles) {
        this.fonts = fonts.toAbsolutePath().normalize();
        this.installationFiles = Set.copyOf(installationFiles);
    }

    /** The book whose files FOP may read from now on; null when none. */
    synchronized void renderingBook(BookFolder folder) {
        this.book = folder;
    }

    @Override
    public synchronized Resource getResource(URI uri) throws IOException {
        if (installationFiles.contains(uri)) {
            return new Resource(uri.toURL().openStream());
        }
        if (!"file".equals(uri.getScheme())) {
            throw new IOException("refused: " + uri.getScheme() + " URIs are never read");
        }
        Path file = Path.of(uri).toAbsolutePath().normalize();
        if (file.startsWith(fonts)) {
            return new Resource(Files.newInputStream(file));
        }
        if (book == null) {
            throw new IOException("refused: no book is being rendered");
        }
        byte[] bytes = book.read(file);
        if ("svg".equals(ImageFormats.sniff(book, file))) {
            bytes = SvgPolicy.withoutDoctype(bytes);
        }
        return new Resource(new ByteArrayInputStream(bytes));
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("refused: FOP writes no file of its own");
    }
}
