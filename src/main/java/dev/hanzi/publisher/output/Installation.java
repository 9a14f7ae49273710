package dev.hanzi.publisher.output;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the publisher's own files are: stylesheets and schema travel on the class path (inside
 * publisher.jar, the Maven plugin's jar, or target/classes in a build), the fonts in a {@code fonts}
 * folder beside the jar (target/fonts in a build) or, for the Maven plugin, in a folder unpacked
 * once from the fonts' own archive ({@link #unpacked}). Nothing depends on the working directory.
 */
public final class Installation {
    private final Path fontsDirectory;

    public Installation(Path fontsDirectory) {
        this.fontsDirectory = fontsDirectory;
    }

    /** The installation this code was loaded from. */
    public static Installation locate() throws PublishException {
        Path codeSource = codeSource();
        Path fonts = codeSource.getParent().resolve("fonts");
        if (!Files.isRegularFile(fonts.resolve("fop.xconf"))) {
            throw new PublishException(Code.INS_NO_FONTS, Location.of(fonts), Map.of("jar", codeSource.getFileName()));
        }
        return new Installation(fonts);
    }

    /**
     * The installation with its fonts unpacked from {@code archive} (the jar of the plugin's
     * artifact with the classifier "fonts": fop.xconf, the fonts and their licence at its root)
     * into a folder of {@code cacheParent}, named after the archive and a hash of its entries'
     * names, sizes and CRC-32s. The folder is made once: the next build finds every file there
     * with its size and CRC-32 and uses it as it is; a folder that fails that check is unpacked
     * again. Builds that unpack at the same time each write a folder of their own and move it
     * into place; the first one in wins. The fonts' metrics cache goes inside the folder.
     *
     * @param unpacking told the folder before the fonts are unpacked into it (a slow first build)
     */
    public static Installation unpacked(Path archive, Path cacheParent, Consumer<Path> unpacking)
            throws PublishException {
        Location where = Location.of(archive);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            List<ZipEntry> entries = fontEntries(zip);
            if (entries.stream().noneMatch(e -> e.getName().equals("fop.xconf"))) {
                throw new PublishException(Code.INS_FONTS_ARCHIVE, where,
                        Map.of("archive", archive, "reason", "it holds no fop.xconf"));
            }
            String name = archive.getFileName().toString().replaceFirst("\\.jar$", "");
            Path folder = cacheParent.toAbsolutePath().resolve(name + "-" + fingerprint(entries));
            if (intact(folder, entries)) {
                return new Installation(folder);
            }
            unpacking.accept(folder);
            Files.createDirectories(cacheParent);
            Path partial = cacheParent.toAbsolutePath().resolve("." + folder.getFileName() + "."
                    + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".part");
            try {
                unpack(zip, entries, partial);
                moveIntoPlace(partial, folder, entries);
            } finally {
                deleteTree(partial);
            }
            return new Installation(folder);
        } catch (IOException e) {
            throw new PublishException(Code.INS_FONTS_ARCHIVE, where,
                    Map.of("archive", archive, "reason", e.toString()), e);
        }
    }

    /** The archive's files: everything but folders and the jar's own META-INF. */
    private static List<ZipEntry> fontEntries(ZipFile zip) throws IOException {
        List<ZipEntry> entries = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            String name = entry.getName();
            if (entry.isDirectory() || name.startsWith("META-INF/")) {
                continue;
            }
            // Our own archive, but a name that leaves the folder is never written.
            if (name.startsWith("/") || name.contains("\\") || Arrays.asList(name.split("/")).contains("..")
                    || entry.getSize() < 0 || entry.getCrc() < 0) {
                throw new IOException("unexpected entry " + name);
            }
            entries.add(entry);
        }
        entries.sort(Comparator.comparing(ZipEntry::getName));
        return entries;
    }

    /** A hash of the entries' names, sizes and CRC-32s, as the archive's directory records them. */
    private static String fingerprint(List<ZipEntry> entries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (ZipEntry entry : entries) {
                digest.update((entry.getName() + "\0" + entry.getSize() + "\0" + entry.getCrc() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether every entry is in the folder with its size and CRC-32. */
    private static boolean intact(Path folder, List<ZipEntry> entries) {
        try {
            for (ZipEntry entry : entries) {
                Path file = folder.resolve(entry.getName());
                if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) {
                    return false;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    if (crc(in, null) != entry.getCrc()) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void unpack(ZipFile zip, List<ZipEntry> entries, Path folder) throws IOException {
        for (ZipEntry entry : entries) {
            Path file = folder.resolve(entry.getName());
            Files.createDirectories(file.getParent());
            long crc;
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(file)) {
                crc = crc(in, out);
            }
            if (crc != entry.getCrc() || Files.size(file) != entry.getSize()) {
                throw new IOException(entry.getName() + " is damaged in the archive (its CRC-32 or size differs)");
            }
            Files.setLastModifiedTime(file, entry.getLastModifiedTime());
        }
    }

    /** Renames the unpacked folder into place, unless another build got there first with an intact one. */
    private static void moveIntoPlace(Path partial, Path folder, List<ZipEntry> entries) throws IOException {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
                return;
            } catch (FileSystemException e) {
                // The folder is there (FileAlreadyExists, DirectoryNotEmpty, or on some systems
                // a plain FileSystemException): someone else's, or a damaged one.
                if (!Files.isDirectory(folder)) {
                    throw e;
                }
                if (intact(folder, entries)) {
                    return;
                }
                deleteTree(folder);
            }
        }
        throw new IOException("cannot move " + partial + " to " + folder);
    }

    private static long crc(InputStream in, OutputStream copy) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0;) {
            crc.update(buffer, 0, n);
            if (copy != null) {
                copy.write(buffer, 0, n);
            }
        }
        return crc.getValue();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static Path codeSource() throws PublishException {
        try {
            URL location = Installation.class.getProtectionDomain().getCodeSource().getLocation();
            return Paths.get(location.toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            throw new PublishException(Code.INS_UNKNOWN_LOCATION, Location.NOWHERE, Map.of("reason", e.toString()));
        }
    }

    public Path fontsDirectory() {
        return fontsDirectory;
    }

    public Path fopConfiguration() {
        return fontsDirectory.resolve("fop.xconf");
    }

    /** Where the fonts' metrics are kept between runs (see FontMetricsCache). */
    public Path fontMetricsCache() {
        return fontsDirectory.resolve("metrics-cache");
    }

    /** A stylesheet or schema on the class path, as a URL string that Saxon and Jing can resolve. */
    public String resource(String name) throws PublishException {
        URL url = Installation.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new PublishException(Code.INS_MISSING_RESOURCE, Location.NOWHERE, Map.of("name", name));
        }
        return url.toString();
    }

    /** Reads a class-path resource as bytes. */
    public byte[] resourceBytes(String name) throws IOException, PublishException {
        try (var in = new URL(resource(name)).openStream()) {
            return in.readAllBytes();
        }
    }
}
