package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.source.BookFolder;
import dev.hanzi.publisher.source.ImageFormats;
import dev.hanzi.publisher.source.LoadedBook;
import dev.hanzi.publisher.source.SvgPolicy;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;

/**
 * An image a book refers to: inside the book's folder (BookFolder decides), a PNG, JPEG or SVG
 * that decodes, of a size that fits in memory, and, for an SVG, self-contained: FOP and Batik
 * never get to fetch anything it names.
 */
final class ImageCheck {
    static final QName FILEREF = new QName("fileref");
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "svg");
    /** A 100-megapixel image takes 400 MB decoded; a page at 600 dpi needs 35. */
    static final long MAX_PIXELS = 100_000_000L;

    private ImageCheck() {
    }

    /** The file an imagedata names: its fileref is a URI reference (%20 for a space), relative to its file. */
    static Path path(LoadedBook book, XdmNode imagedata) throws BookFolder.RefusedException {
        return book.folder().resolve(imagedata.getAttributeValue(FILEREF), Paths.get(URI.create(Nodes.systemId(imagedata))));
    }

    static void check(LoadedBook book, XdmNode imagedata, List<Diagnostic> problems) {
        String fileref = imagedata.getAttributeValue(FILEREF);
        Map<String, String> reference = Map.of("fileref", fileref);
        Path image;
        try {
            image = path(book, imagedata);
        } catch (BookFolder.RefusedException e) {
            Code code = switch (e.refusal()) {
                case MALFORMED -> Code.CHK_IMAGE_BAD_PATH;
                case OUTSIDE -> Code.CHK_IMAGE_OUTSIDE;
                case LINK_OUTSIDE -> Code.CHK_IMAGE_LINK_OUTSIDE;
                case NOT_A_FILE -> Code.CHK_IMAGE_NOT_A_FILE;
            };
            problems.add(Nodes.at(imagedata, code, reference));
            return;
        }
        if (!Files.isRegularFile(image)) {
            problems.add(Nodes.at(imagedata, Code.CHK_IMAGE_NOT_FOUND, reference));
            return;
        }
        String format;
        try {
            format = ImageFormats.sniff(book.folder(), image);
        } catch (IOException e) {
            problems.add(Nodes.at(imagedata, Code.CHK_IMAGE_UNREADABLE, Map.of("fileref", fileref, "reason",
                    String.valueOf(e.getMessage()))));
            return;
        }
        if (!FORMATS.contains(format)) {
            problems.add(Nodes.at(imagedata, Code.CHK_IMAGE_FORMAT, Map.of("fileref", fileref, "format", format)));
            return;
        }
        if (format.equals("svg")) {
            // Our reading of the SVG is its check for damage too.
            checkSvg(book, image, imagedata, fileref, problems);
            return;
        }
        if (!checkSize(() -> ImageFormats.dimensions(book.folder(), image), imagedata, fileref, problems)) {
            return;
        }
        String damage = ImageFormats.damage(book.folder(), image, format);
        if (damage != null) {
            problems.add(Nodes.at(imagedata, Code.CHK_IMAGE_DAMAGED, Map.of("fileref", fileref, "damage", damage)));
        }
    }

    private static void checkSvg(LoadedBook book, Path image, XdmNode imagedata, String fileref,
            List<Diagnostic> problems) {
        SvgPolicy.Findings findings;
        try {
            findings = SvgPolicy.read(book.folder().read(image));
        } catch (SvgPolicy.EntityDeclaredException e) {
            problems.add(Nodes.at(imagedata, Code.CHK_SVG_UNREADABLE, Map.of("fileref", fileref,
                    "reason", String.valueOf(e.getMessage()))));
            return;
        } catch (org.xml.sax.SAXParseException e) {
            problems.add(Nodes.at(imagedata, Code.CHK_IMAGE_DAMAGED, Map.of("fileref", fileref, "damage",
                    "the SVG is not well-formed XML (line " + e.getLineNumber() + ": " + e.getMessage() + ")")));
            return;
        } catch (IOException | org.xml.sax.SAXException e) {
            problems.add(Nodes.at(imagedata, Code.CHK_IMAGE_DAMAGED, Map.of("fileref", fileref,
                    "damage", String.valueOf(e.getMessage()))));
            return;
        }
        for (String outside : findings.externalReferences()) {
            problems.add(Nodes.at(imagedata, Code.CHK_SVG_REFERENCE, Map.of("fileref", fileref, "reference", outside)));
        }
        for (byte[] raster : findings.rasterImages()) {
            checkSize(() -> ImageFormats.dimensions(raster), imagedata, fileref, problems);
        }
    }

    /** A size read from an image's header. */
    @FunctionalInterface
    private interface DimensionsReader {
        ImageFormats.Dimensions read() throws IOException;
    }

    /** Whether the image's declared size is within the limit; an error if not. */
    private static boolean checkSize(DimensionsReader reader, XdmNode imagedata, String fileref,
            List<Diagnostic> problems) {
        ImageFormats.Dimensions size;
        try {
            size = reader.read();
        } catch (IOException e) {
            problems.add(Nodes.at(imagedata, Code.CHK_IMAGE_DAMAGED, Map.of("fileref", fileref,
                    "damage", String.valueOf(e.getMessage()))));
            return false;
        }
        if (size.pixels() > MAX_PIXELS) {
            problems.add(Nodes.at(imagedata, Code.CHK_IMAGE_TOO_LARGE, Map.of("fileref", fileref,
                    "width", size.width(), "height", size.height(), "limit", MAX_PIXELS / 1_000_000)));
            return false;
        }
        return true;
    }
}
