package dev.hanzi.publisher.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Tells an image's real format from its first bytes, whatever its name says. */
public final class ImageFormats {
    private ImageFormats() {
    }

    /** The format of an image of the book: png, jpeg, svg, or words that say what else it is. */
    public static String sniff(BookFolder folder, Path image) throws IOException {
        byte[] head = new byte[512];
        int read;
        try (InputStream in = folder.open(image)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "png";
        }
        if (read >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return "jpeg";
        }
        if (read >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F') {
            return "a GIF image";
        }
        if (read >= 2 && ((head[0] == 'I' && head[1] == 'I') || (head[0] == 'M' && head[1] == 'M'))) {
            return "a TIFF image";
        }
        if (read >= 2 && head[0] == 'B' && head[1] == 'M') {
            return "a BMP image";
        }
        if (read == 0) {
            throw new IOException("the file is empty");
        }
        String text = new String(head, 0, read, java.nio.charset.StandardCharsets.UTF_8);
        if (text.contains("<svg")) {
            return "svg";
        }
        return "not an image format we know";
    }

    /** An image's size in pixels, as its header states it. */
    public record Dimensions(long width, long height) {
        public long pixels() {
            return width * height;
        }
    }

    /**
     * The size a raster image (PNG, JPEG) declares, read from its header without decoding it:
     * a small file can declare a huge image (a decompression bomb) that decoding would fill
     * memory with.
     */
    public static Dimensions dimensions(BookFolder folder, Path image) throws IOException {
        try (InputStream in = folder.open(image)) {
            return dimensions(in);
        }
    }

    /** The same for an image's bytes (a data: image inside an SVG). */
    public static Dimensions dimensions(byte[] image) throws IOException {
        return dimensions(new java.io.ByteArrayInputStream(image));
    }

    private static Dimensions dimensions(InputStream in) throws IOException {
        try (javax.imageio.stream.ImageInputStream stream = javax.imageio.ImageIO.createImageInputStream(in)) {
            var readers = javax.imageio.ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new IOException("not an image the codecs know");
            }
            javax.imageio.ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                return new Dimensions(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /** What is wrong with a raster image (an SVG is read by SvgPolicy), or null when it decodes. */
    public static String damage(BookFolder folder, Path image, String format) {
        try (InputStream in = folder.open(image)) {
            java.awt.image.BufferedImage decoded = javax.imageio.ImageIO.read(in);
            return decoded == null ? "not a valid " + format.toUpperCase(java.util.Locale.ROOT) + " file" : null;
        } catch (IOException | RuntimeException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }
}
