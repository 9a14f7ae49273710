package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.check.BookChecker.ImageReference;
import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.source.BookFolder;
import dev.hanzi.publisher.source.ImageFormats;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The print shop's preflight of images: a photograph or a scanned drawing printed from fewer
 * pixels than 300 per inch of paper shows its pixels on press. The print edition is where it
 * matters (the screen edition is read at whatever zoom the reader likes). Computed from the size
 * FOP printed each image at, after layout: what the author asked for (contentwidth, width and
 * scalefit, scale) and what the measure allowed. One warning per image placed too coarse, at
 * its imagedata. Vector images (SVG) have no pixels to count (a raster image inside an SVG is
 * not looked at).
 */
public final class PrintResolution {
    /** What print shops ask of a halftone image: 300 pixels per inch at the size it prints. */
    static final int LEAST_PPI = 300;
    private static final double POINTS_PER_INCH = 72;

    private PrintResolution() {
    }

    /**
     * The warnings for the images of {@code placed} (the print edition's rendering) that print
     * below {@value #LEAST_PPI} ppi. {@code references} are the book's imagedata elements, by
     * which a placed image's file is told back to where the book asked for it.
     */
    public static List<Diagnostic> coarseImages(BookFolder folder, List<ImageReference> references,
            List<ImagePlacement> placed) throws IOException {
        List<Diagnostic> warnings = new ArrayList<>();
        // A file the book shows twice is placed twice: the n-th placement of a file is told back
        // to the n-th imagedata that names it (FOP places images in the order of the text).
        Map<Path, Integer> placedSoFar = new HashMap<>();
        for (ImagePlacement image : placed) {
            Path file = file(image.uri());
            if (file == null || image.width() <= 0 || image.height() <= 0) {
                continue;
            }
            int nth = placedSoFar.merge(file, 1, Integer::sum);
            List<ImageReference> naming = references.stream()
                    .filter(r -> r.file().toAbsolutePath().normalize().equals(file)).toList();
            if (naming.isEmpty() || "svg".equals(ImageFormats.sniff(folder, naming.get(0).file()))) {
                continue;
            }
            ImageReference reference = naming.get(Math.min(nth, naming.size()) - 1);
            ImageFormats.Dimensions pixels = ImageFormats.dimensions(folder, reference.file());
            // The coarser of the two directions (an image may be stretched: contentwidth and contentdepth).
            double ppi = Math.min(pixels.width() / (image.width() / POINTS_PER_INCH),
                    pixels.height() / (image.height() / POINTS_PER_INCH));
            if (Math.round(ppi) < LEAST_PPI) {
                warnings.add(Diagnostic.of(Code.PDF_IMAGE_RESOLUTION, reference.location(), Map.of(
                        "fileref", reference.fileref(), "ppi", Math.round(ppi), "folio", image.folio(),
                        "page", image.page(), "least", LEAST_PPI,
                        "width", (long) Math.ceil(image.width() / POINTS_PER_INCH * LEAST_PPI),
                        "height", (long) Math.ceil(image.height() / POINTS_PER_INCH * LEAST_PPI))));
            }
        }
        return warnings;
    }

    /** The file a placed image's URI names (the stylesheets write file: URIs), or null. */
    private static Path file(String uri) {
        try {
            URI parsed = URI.create(uri);
            return "file".equals(parsed.getScheme()) ? Paths.get(parsed).toAbsolutePath().normalize() : null;
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException notAFile) {
            return null;
        }
    }
}
