package dev.hanzi.publisher.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.siegmann.epublib.domain.Book;
import nl.siegmann.epublib.domain.Identifier;
import nl.siegmann.epublib.domain.Resource;
import nl.siegmann.epublib.domain.SpineReference;
import nl.siegmann.epublib.epub.NCXDocument;

/**
 * Writes epublib's model as EPUB 3. epublib 3.1's own writer only writes EPUB 2.0.1 packages (a hard-coded
 * {@code version="2.0"}, {@code opf:} attributes that EPUB 3 forbids, an empty guide); this writer
 * keeps epublib's model (metadata, resources, spine, table of contents) and its NCX for older
 * readers, and writes the package document as EPUB 3: {@code version="3.0"}, the navigation
 * document marked {@code nav}, the cover image marked {@code cover-image},
 * {@code dcterms:modified} and the accessibility metadata. Entries are written in a fixed order
 * with a fixed time, so the same book gives the same bytes.
 */
public final class Epub3Writer {
    private static final String OPF_NS = "http://www.idpf.org/2007/opf";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String CONTAINER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles>
                <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
              </rootfiles>
            </container>
            """;

    /** What EPUB 3 needs beyond epublib's model. */
    public record Package3(Instant modified, String navHref, String coverImageHref, List<EpubContent.Creator> creators,
            String rights, List<String[]> accessibility) {
    }

    private final Package3 package3;

    public Epub3Writer(Package3 package3) {
        this.package3 = package3;
    }

    public void write(Book book, OutputStream out) throws IOException {
        Resource ncx = NCXDocument.createNCXResource(book);
        ZipOutputStream zip = new ZipOutputStream(out);
        writeStored(zip, "mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
        writeDeflated(zip, "META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
        writeDeflated(zip, "OEBPS/content.opf", packageDocument(book, ncx));
        writeDeflated(zip, "OEBPS/" + ncx.getHref(), ncx.getData());
        for (Resource resource : inHrefOrder(book)) {
            writeDeflated(zip, "OEBPS/" + resource.getHref(), resource.getData());
        }
        zip.finish();
    }

    /** The resources in a fixed order, in the zip and in the manifest alike. */
    private static List<Resource> inHrefOrder(Book book) {
        return book.getResources().getAll().stream().sorted(Comparator.comparing(Resource::getHref)).toList();
    }

    private byte[] packageDocument(Book book, Resource ncx) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(OPF_NS);
            xml.writeStartElement(OPF_NS, "package");
            xml.writeDefaultNamespace(OPF_NS);
            xml.writeAttribute("version", "3.0");
            xml.writeAttribute("unique-identifier", "book-id");
            xml.writeAttribute("xml:lang", book.getMetadata().getLanguage());
            writeMetadata(xml, book);
            writeManifest(xml, book, ncx);
            writeSpine(xml, book, ncx);
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the package document", e);
        }
        return bytes.toByteArray();
    }

    private void writeMetadata(XMLStreamWriter xml, Book book) throws XMLStreamException {
        var metadata = book.getMetadata();
        newline(xml, 1);
        xml.writeStartElement(OPF_NS, "metadata");
        xml.writeNamespace("dc", DC_NS);
        Identifier identifier = metadata.getIdentifiers().get(0);
        dc(xml, "identifier", identifier.getValue(), "book-id");
        for (String title : metadata.getTitles()) {
            dc(xml, "title", title, null);
        }
        dc(xml, "language", metadata.getLanguage(), null);
        // Authors and editors as dc:creator, other credits as dc:contributor, each with its
        // MARC relator role (a creator without a known role, the publisher standing in, has none).
        int n = 0;
        for (EpubContent.Creator creator : package3.creators()) {
            n++;
            String id = "creator-" + n;
            dc(xml, creator.isCreator() || creator.role().isEmpty() ? "creator" : "contributor", creator.name(),
                    creator.role().isEmpty() ? null : id);
            if (!creator.role().isEmpty()) {
                newline(xml, 2);
                xml.writeStartElement(OPF_NS, "meta");
                xml.writeAttribute("refines", "#" + id);
                xml.writeAttribute("property", "role");
                xml.writeAttribute("scheme", "marc:relators");
                xml.writeCharacters(creator.role());
                xml.writeEndElement();
            }
        }
        for (String publisher : metadata.getPublishers()) {
            dc(xml, "publisher", publisher, null);
        }
        for (var date : metadata.getDates()) {
            dc(xml, "date", date.getValue(), null);
        }
        if (!package3.rights().isEmpty()) {
            dc(xml, "rights", package3.rights(), null);
        }
        meta(xml, "dcterms:modified", DateTimeFormatter.ISO_INSTANT.format(
                package3.modified().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        for (String[] property : package3.accessibility()) {
            meta(xml, property[0], property[1]);
        }
        // EPUB 2 readers find the cover through this.
        newline(xml, 2);
        xml.writeEmptyElement(OPF_NS, "meta");
        xml.writeAttribute("name", "cover");
        xml.writeAttribute("content", idOf(book, package3.coverImageHref()));
        newline(xml, 1);
        xml.writeEndElement();
    }

    private void writeManifest(XMLStreamWriter xml, Book book, Resource ncx) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement(OPF_NS, "manifest");
        item(xml, ncx, null);
        for (Resource resource : inHrefOrder(book)) {
            String properties = resource.getHref().equals(package3.navHref()) ? "nav"
                    : resource.getHref().equals(package3.coverImageHref()) ? "cover-image" : null;
            item(xml, resource, properties);
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void writeSpine(XMLStreamWriter xml, Book book, Resource ncx) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement(OPF_NS, "spine");
        xml.writeAttribute("toc", ncx.getId());
        for (SpineReference reference : book.getSpine().getSpineReferences()) {
            newline(xml, 2);
            xml.writeEmptyElement(OPF_NS, "itemref");
            xml.writeAttribute("idref", reference.getResourceId());
            if (!reference.isLinear()) {
                xml.writeAttribute("linear", "no");
            }
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void item(XMLStreamWriter xml, Resource resource, String properties) throws XMLStreamException {
        newline(xml, 2);
        xml.writeEmptyElement(OPF_NS, "item");
        xml.writeAttribute("id", resource.getId());
        xml.writeAttribute("href", resource.getHref());
        xml.writeAttribute("media-type", resource.getMediaType().getName());
        if (properties != null) {
            xml.writeAttribute("properties", properties);
        }
    }

    private static void dc(XMLStreamWriter xml, String name, String value, String id) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement(DC_NS, name);
        if (id != null) {
            xml.writeAttribute("id", id);
        }
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void meta(XMLStreamWriter xml, String property, String value) throws XMLStreamException {
        newline(xml, 2);
        xml.writeStartElement(OPF_NS, "meta");
        xml.writeAttribute("property", property);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String idOf(Book book, String href) {
        Resource resource = book.getResources().getByHref(href);
        if (resource == null) {
            throw new IllegalStateException("no resource " + href);
        }
        return resource.getId();
    }

    private void writeStored(ZipOutputStream zip, String name, byte[] data) throws IOException {
        ZipEntry entry = entry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(data.length);
        entry.setCompressedSize(data.length);
        CRC32 crc = new CRC32();
        crc.update(data);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(data);
        zip.closeEntry();
    }

    private void writeDeflated(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(entry(name));
        zip.write(data);
        zip.closeEntry();
    }

    /** An entry dated with the book's date, independent of the machine's time zone. */
    private ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        LocalDateTime time = LocalDateTime.ofInstant(package3.modified(), ZoneOffset.UTC);
        LocalDateTime dosEpoch = LocalDateTime.of(1980, 1, 1, 0, 0);
        entry.setTimeLocal(time.isBefore(dosEpoch) ? dosEpoch : time);
        return entry;
    }
}
