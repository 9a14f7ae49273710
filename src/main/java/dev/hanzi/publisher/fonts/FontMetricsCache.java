package dev.hanzi.publisher.fonts;

import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.AtomicOutput;
import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.apache.fop.Version;

/**
 * Font templates kept on disk between runs, one file per font, so that a new process need not
 * parse the font files again (about 0.9 s for the four Noto CJK fonts in a fresh JVM). A cache
 * file records the font file's size, modification time and a checksum of its first 64 KiB, and
 * FOP's version, and ends with a checksum of itself; when any of them differs (the font changed,
 * the file is damaged), the font is read again and the cache file rewritten. A folder that cannot be written to only means no cache.
 */
public final class FontMetricsCache {
    private static final int MAGIC = 0x485A464D; // "HZFM"
    private static final int FORMAT = 2;
    private static final int CHECKED_BYTES = 64 * 1024;

    /**
     * What the metrics depend on besides the font: FOP's and fontbox's releases (FOP reads CFF
     * fonts with fontbox), from their Maven metadata (FOP's Version class says "SVN" once shaded
     * into our jar), and our own code that reads and writes them.
     */
    private static final String CODE_VERSION = "fop=" + mavenVersion("org.apache.xmlgraphics/fop-core")
            + " fontbox=" + mavenVersion("org.apache.pdfbox/fontbox") + " code=" + classChecksum(FontTemplate.class)
            + "/" + classChecksum(FontMetricsCache.class) + "/" + classChecksum(MetricsFormat.class);

    private final Path directory;

    public FontMetricsCache(Path directory) {
        this.directory = directory;
    }

    /** The cached template of the font file, or null when there is none that is still true. */
    FontTemplate load(FontTemplate.Spec spec, Path fontFile) {
        Path cached = cacheFile(spec, fontFile);
        if (!Files.isRegularFile(cached)) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(cached);
            if (bytes.length < 8 || checksum(bytes, bytes.length - 8) != ByteBuffer.wrap(bytes).getLong(bytes.length - 8)) {
                return null;
            }
            MetricsFormat.Reader in = new MetricsFormat.Reader(ByteBuffer.wrap(bytes, 0, bytes.length - 8));
            if (in.integer() != MAGIC || in.integer() != FORMAT || !stamp(spec, fontFile).equals(in.string())) {
                return null;
            }
            return FontTemplate.read(spec, in);
        } catch (IOException | BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
            return null;
        }
    }

    /** Keeps the template for the next run; silently does nothing where the folder is not writable. */
    void store(FontTemplate template, Path fontFile) {
        try {
            MetricsFormat.Writer out = new MetricsFormat.Writer();
            out.integer(MAGIC);
            out.integer(FORMAT);
            out.string(stamp(template.spec(), fontFile));
            template.write(out);
            byte[] payload = out.bytes();
            byte[] bytes = Arrays.copyOf(payload, payload.length + 8);
            ByteBuffer.wrap(bytes).putLong(payload.length, checksum(payload, payload.length));
            AtomicOutput.write(cacheFile(template.spec(), fontFile), file -> {
                file.write(bytes);
                return null;
            });
        } catch (IOException | PublishException | RuntimeException e) {
            // A cache is an optimisation: the next run reads the font file again.
        }
    }

    private static long checksum(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    private Path cacheFile(FontTemplate.Spec spec, Path fontFile) {
        return directory.resolve(fontFile.getFileName() + "-" + Integer.toHexString(describe(spec).hashCode())
                + ".metrics");
    }

    /** Everything the cached template depends on, in one string. */
    private static String stamp(FontTemplate.Spec spec, Path fontFile) throws IOException {
        CRC32 head = new CRC32();
        try (InputStream in = Files.newInputStream(fontFile)) {
            head.update(in.readNBytes(CHECKED_BYTES));
        }
        return describe(spec) + " " + CODE_VERSION + " size=" + Files.size(fontFile)
                + " modified=" + Files.getLastModifiedTime(fontFile).toMillis() + " head=" + head.getValue();
    }

    private static String mavenVersion(String artifact) {
        try (InputStream in = Version.class.getResourceAsStream("/META-INF/maven/" + artifact + "/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String classChecksum(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            CRC32 crc = new CRC32();
            if (in != null) {
                crc.update(in.readAllBytes());
            }
            return Long.toHexString(crc.getValue());
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String describe(FontTemplate.Spec spec) {
        return spec.file() + " ttc=" + spec.ttcName() + " embedding=" + spec.embeddingMode().getName()
                + " simulate=" + spec.simulateStyle() + " kerning=" + spec.kerning()
                + " svg=" + spec.svg();
    }
}
