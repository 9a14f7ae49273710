package dev.hanzi.publisher.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Maven plugin's fonts: unpacked once from their archive, checked, and unpacked again when damaged. */
class InstallationTest {
    @TempDir
    Path folder;

    private static final byte[] FONT = "not really a font, but bytes all the same".repeat(500).getBytes(StandardCharsets.UTF_8);

    private Path archive(String name, Map<String, byte[]> entries) throws IOException {
        Path archive = folder.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return archive;
    }

    private Path fontsArchive() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        entries.put("fop.xconf", "<fop version=\"1.0\"/>".getBytes(StandardCharsets.UTF_8));
        entries.put("Font-Regular.otf", FONT);
        entries.put("licences/OFL.txt", "SIL Open Font License".getBytes(StandardCharsets.UTF_8));
        return archive("publisher-1.0-fonts.jar", entries);
    }

    @Test
    void unpacksOnceThenUsesTheFolderAsItIs() throws Exception {
        Path archive = fontsArchive();
        Path cache = folder.resolve("cache");
        List<Path> unpacked = new ArrayList<>();
        Installation first = Installation.unpacked(archive, cache, unpacked::add);
        Path fonts = first.fontsDirectory();
        assertEquals(List.of(fonts), unpacked);
        assertTrue(fonts.getFileName().toString().matches("publisher-1\\.0-fonts-[0-9a-f]{16}"), fonts.toString());
        assertEquals(cache.toAbsolutePath(), fonts.getParent());
        assertArrayEquals(FONT, Files.readAllBytes(fonts.resolve("Font-Regular.otf")));
        assertEquals("SIL Open Font License", Files.readString(fonts.resolve("licences/OFL.txt")));
        assertFalse(Files.exists(fonts.resolve("META-INF")), "the jar's own META-INF is not a font file");
        assertEquals(fonts.resolve("fop.xconf"), first.fopConfiguration());
        assertEquals(fonts.resolve("metrics-cache"), first.fontMetricsCache());

        Installation second = Installation.unpacked(archive, cache, unpacked::add);
        assertEquals(fonts, second.fontsDirectory());
        assertEquals(1, unpacked.size(), "unpacked a second time");
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(List.of(fonts), files.toList(), "nothing but the folder is left in the cache");
        }
    }

    @Test
    void aDamagedFileIsUnpackedAgain() throws Exception {
        Path archive = fontsArchive();
        Path cache = folder.resolve("cache");
        Path fonts = Installation.unpacked(archive, cache, f -> { }).fontsDirectory();
        byte[] damaged = FONT.clone();
        damaged[100] ^= 1;
        Files.write(fonts.resolve("Font-Regular.otf"), damaged);
        Files.writeString(fonts.resolve("metrics-cache"), "whatever the cache holds is not checked");
        List<Path> unpacked = new ArrayList<>();
        assertEquals(fonts, Installation.unpacked(archive, cache, unpacked::add).fontsDirectory());
        assertEquals(List.of(fonts), unpacked, "a font of the same size but other bytes was taken as it is");
        assertArrayEquals(FONT, Files.readAllBytes(fonts.resolve("Font-Regular.otf")));

        Files.delete(fonts.resolve("licences/OFL.txt"));
        Installation.unpacked(archive, cache, unpacked::add);
        assertEquals(2, unpacked.size(), "a missing file was not noticed");
        assertTrue(Files.isRegularFile(fonts.resolve("licences/OFL.txt")));
    }

    @Test
    void otherFontsGetAFolderOfTheirOwn() throws Exception {
        Path cache = folder.resolve("cache");
        Path first = Installation.unpacked(fontsArchive(), cache, f -> { }).fontsDirectory();
        Path other = archive("publisher-1.0-fonts.jar", Map.of("fop.xconf", "<fop version=\"1.0\"/>".getBytes(StandardCharsets.UTF_8),
                "Font-Regular.otf", "other bytes".getBytes(StandardCharsets.UTF_8)));
        Path second = Installation.unpacked(other, cache, f -> { }).fontsDirectory();
        assertNotEquals(first, second);
        assertEquals("other bytes", Files.readString(second.resolve("Font-Regular.otf")));
    }

    @Test
    void buildsThatUnpackAtOnceEndWithOneIntactFolder() throws Exception {
        Path archive = fontsArchive();
        Path cache = folder.resolve("cache");
        int builds = 4;
        CyclicBarrier start = new CyclicBarrier(builds);
        List<Path> unpacked = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(builds);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < builds; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return Installation.unpacked(archive, cache, unpacked::add).fontsDirectory();
                }));
            }
            Path fonts = results.get(0).get();
            for (Future<Path> result : results) {
                assertEquals(fonts, result.get());
            }
            assertArrayEquals(FONT, Files.readAllBytes(fonts.resolve("Font-Regular.otf")));
            try (Stream<Path> files = Files.list(cache)) {
                assertEquals(List.of(fonts), files.toList(), "a half-unpacked folder was left behind");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anArchiveWithoutFopXconfIsRefused() throws Exception {
        Path archive = archive("broken-fonts.jar", Map.of("Font-Regular.otf", FONT));
        PublishException e = assertThrows(PublishException.class,
                () -> Installation.unpacked(archive, folder.resolve("cache"), f -> { }));
        assertEquals(Code.INS_FONTS_ARCHIVE, e.diagnostics().get(0).code());
        assertTrue(e.diagnostics().get(0).message().contains("no fop.xconf"), e.diagnostics().toString());
        assertFalse(Files.exists(folder.resolve("cache")));
    }

    @Test
    void anEntryThatLeavesTheFolderIsNeverWritten() throws Exception {
        Path archive = archive("evil-fonts.jar", Map.of("fop.xconf", new byte[] {'x'}, "../../escaped.txt", new byte[] {'y'}));
        PublishException e = assertThrows(PublishException.class,
                () -> Installation.unpacked(archive, folder.resolve("cache/deeper"), f -> { }));
        assertEquals(Code.INS_FONTS_ARCHIVE, e.diagnostics().get(0).code());
        assertFalse(Files.exists(folder.resolve("escaped.txt")));
        assertFalse(Files.exists(folder.resolve("cache")));
    }

    @Test
    void aCacheThatCannotBeMadeIsAnErrorAtTheArchive() throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "a file where the cache should be");
        Path archive = fontsArchive();
        PublishException e = assertThrows(PublishException.class, () -> Installation.unpacked(archive, file, f -> { }));
        assertEquals(Code.INS_FONTS_ARCHIVE, e.diagnostics().get(0).code());
        assertTrue(e.diagnostics().get(0).file().endsWith("publisher-1.0-fonts.jar"), e.diagnostics().toString());
    }
}
