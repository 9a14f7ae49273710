package dev.hanzi.publisher.epub;

import dev.hanzi.publisher.source.BookFolder;
import dev.hanzi.publisher.source.BookInfo;
import dev.hanzi.publisher.source.ImageFormats;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.Date;
import nl.siegmann.epublib.domain.Identifier;
import nl.siegmann.epublib.domain.MediaType;
import nl.siegmann.epublib.domain.Resource;
import nl.siegmann.epublib.service.MediatypeService;

/**
 * Puts the content documents, stylesheet, images and cover into an
 * epublib {@link Book} and writes it as EPUB 3 with {@link Epub3Writer}.
 */
public final class EpubPackager {
    static final String NAV = "nav.xhtml";
    static final String COVER = "images/cover.png";
    static final String CSS = "css/book.css";

    private final BookFolder folder;

    /** A packager for one book, whose images it reads through the book's folder. */
    public EpubPackager(BookFolder folder) {
        this.folder = folder;
    }

    public void write(EpubContent content, BookInfo info, byte[] cover, OutputStream out) throws IOException {
        Book book = new Book();
        var metadata = book.getMetadata();
        metadata.addTitle(info.title());
        metadata.setLanguage(info.language());
        if (!info.publisher().isEmpty()) {
            metadata.addPublisher(info.publisher());
        }
        PublicationDate.w3c(info.pubdate()).ifPresent(date -> metadata.addDate(new Date(date)));
        metadata.getIdentifiers().clear();
        metadata.addIdentifier(new Identifier(Identifier.Scheme.UUID, identifier(info)));

        for (EpubContent.Part part : content.parts()) {
            Resource document = new Resource(id(part.href()), content.documents().get(part.href()), part.href(),
                    MediatypeService.XHTML);
            book.getResources().add(document);
            book.getSpine().addResource(document);
            if (part.inToc()) {
                book.getTableOfContents().addSection(document, part.title());
            }
        }
        book.getResources().add(new Resource("css", content.stylesheet(), CSS, MediatypeService.CSS));
        book.getResources().add(new Resource("cover-image", cover, COVER, MediatypeService.PNG));
        boolean hasImages = false;
        for (Map.Entry<String, Path> image : content.images().entrySet()) {
            byte[] data = folder.read(image.getValue());
            book.getResources().add(new Resource(id(image.getKey()), data, image.getKey(), mediaType(folder, image.getValue())));
            hasImages = true;
        }
        // The parties the book names; a book that names none is credited to its publisher, as
        // its title page is.
        List<EpubContent.Creator> creators = content.creators().isEmpty() && !info.author().isEmpty()
                ? List.of(new EpubContent.Creator(info.author(), "")) : content.creators();
        new Epub3Writer(new Epub3Writer.Package3(info.date(), NAV, COVER, creators,
                content.rights(), accessibility(hasImages, content))).write(book, out);
    }

    /** The same book, build after build, gets the same identifier: one derived from what it is. */
    static String identifier(BookInfo info) {
        String name = info.id() + "\n" + info.title() + "\n" + info.publisher() + "\n" + info.pubdate();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** What EPUBCheck and the stores look for (EPUB Accessibility 1.1, schema.org vocabulary). */
    private static List<String[]> accessibility(boolean hasImages, EpubContent content) {
        List<String[]> properties = new ArrayList<>();
        properties.add(new String[] {"schema:accessMode", "textual"});
        if (hasImages) {
            properties.add(new String[] {"schema:accessMode", "visual"});
        }
        properties.add(new String[] {"schema:accessModeSufficient", "textual"});
        for (String feature : List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability")) {
            properties.add(new String[] {"schema:accessibilityFeature", feature});
        }
        if (hasImages) {
            properties.add(new String[] {"schema:accessibilityFeature", "alternativeText"});
        }
        properties.add(new String[] {"schema:accessibilityHazard", "none"});
        properties.add(new String[] {"schema:accessibilitySummary", content.accessibilitySummary()});
        return properties;
    }

    private static String id(String href) {
        return "x-" + href.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** The media type of what the file is, not of what its name says (EPUBCheck compares). */
    private static MediaType mediaType(BookFolder folder, Path image) throws IOException {
        return switch (ImageFormats.sniff(folder, image)) {
            case "svg" -> MediatypeService.SVG;
            case "jpeg" -> MediatypeService.JPG;
            case "png" -> MediatypeService.PNG;
            default -> throw new IOException(image + " is not a PNG, JPEG or SVG image");
        };
    }
}
