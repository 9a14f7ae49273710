package dev.hanzi.publisher.fonts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanzi.publisher.Paper;
import dev.hanzi.publisher.TestBooks;
import dev.hanzi.publisher.check.Typography;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.pdf.Edition;
import dev.hanzi.publisher.pdf.FoTransformer;
import dev.hanzi.publisher.pdf.PdfRenderer;
import dev.hanzi.publisher.source.BookInfo;
import dev.hanzi.publisher.source.LoadedBook;
import dev.hanzi.publisher.source.SourceLoader;
import dev.hanzi.publisher.style.Normalizer;
import dev.hanzi.publisher.style.StyleParameters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XdmNode;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.EncodingMode;
import org.apache.fop.fonts.FontLoader;
import org.apache.fop.fonts.FontUris;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fonts read once and lent to every rendering change nothing in the PDF: the bytes are FOP's own,
 * glyph for glyph, whether the fonts come from the font files or from the metrics cache.
 */
class PreparedFontsIT {
    private static final String[] FONTS = {"NotoSerifCJKsc-Regular.otf", "NotoSerifCJKsc-Bold.otf",
        "NotoSansCJKsc-Regular.otf", "NotoSansCJKsc-Bold.otf", "NotoSansMonoCJKsc-Regular.otf",
        "NotoSansMonoCJKsc-Bold.otf"};

    private static Installation installation;
    private static Processor processor;
    private static InternalResourceResolver resolver;
    private static SourceLoader loader;
    private static Normalizer normalizer;
    private static FoTransformer foTransformer;

    @TempDir
    Path folder;

    @BeforeAll
    static void setUp() throws Exception {
        installation = Installation.locate();
        processor = new Processor(false);
        resolver = ResourceResolverFactory.createInternalResourceResolver(installation.fontsDirectory().toUri(),
                ResourceResolverFactory.createDefaultResourceResolver());
        // The book's stages before rendering, compiled once: only the renderer differs between runs.
        loader = new SourceLoader(processor, installation);
        normalizer = new Normalizer(processor, installation);
        foTransformer = new FoTransformer(processor, installation);
    }

    private static byte[] render(PdfRenderer renderer, Path source, Edition edition) throws Exception {
        LoadedBook book = loader.load(source);
        BookInfo info = BookInfo.read(processor, book, Optional.of(TestBooks.BUILD_DATE));
        StyleParameters parameters = StyleParameters.of(Paper.A4.widthMm(), Paper.A4.heightMm(), edition.styleName(),
                Typography.read(book));
        XdmNode fo = foTransformer.transform(normalizer.normalize(book, java.util.Set.of()), parameters, edition);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.render(fo, info, edition, book.folder(), pdf);
        return pdf.toByteArray();
    }

    /**
     * One lending renderer for every book and edition, made from fonts read back from a cache
     * that a first preparation wrote, rendering book after book as a Publisher does: a glyph
     * that leaked from one document into the next document's font subset would show.
     */
    private static PdfRenderer lending;

    private static synchronized PdfRenderer lending(Path cacheFolder) throws Exception {
        if (lending == null) {
            FontMetricsCache cache = new FontMetricsCache(cacheFolder);
            PreparedFonts.prepare(installation.fopConfiguration(), cache);
            try (Stream<Path> files = Files.list(cacheFolder)) {
                assertTrue(files.count() >= 4, "the cache was not written");
            }
            lending = new PdfRenderer(processor, installation, PreparedFonts.prepare(installation.fopConfiguration(), cache));
            // Every book the tests compare comes after another one.
            render(lending, TestBooks.FEATURED, Edition.SCREEN);
        }
        return lending;
    }

    @ParameterizedTest
    @MethodSource("dev.hanzi.publisher.TestBooks#booksAndEditions")
    void lentFontsMakeTheBytesFopMakesWithItsOwnFonts(Path source, Edition edition, @TempDir Path cacheFolder)
            throws Exception {
        byte[] lent = render(lending(cacheFolder), source, edition);
        // PreparedFonts.none() leaves FOP alone: it loads the fonts itself, as without us.
        byte[] fops = render(new PdfRenderer(processor, installation, PreparedFonts.none()), source, edition);
        assertArrayEquals(fops, lent, "the PDF made with prepared fonts differs from FOP's own");
    }

    @Test
    void templateFontsAnswerAsFopsOwnFonts() throws Exception {
        FontMetricsCache cache = new FontMetricsCache(folder.resolve("cache"));
        for (String name : FONTS) {
            MultiByteFont fops = (MultiByteFont) FontLoader.loadFont(new FontUris(java.net.URI.create(name), null),
                    null, true, EmbeddingMode.SUBSET, EncodingMode.CID, true, false, resolver, false, false, true);
            FontTemplate.Spec spec = spec(name);
            FontTemplate parsed = FontTemplate.read(spec, resolver);
            assertNotNull(parsed, name);
            cache.store(parsed, installation.fontsDirectory().resolve(name));
            FontTemplate cached = cache.load(spec, installation.fontsDirectory().resolve(name));
            assertNotNull(cached, name + ": the cache did not give the template back");
            for (FontTemplate template : List.of(parsed, cached)) {
                assertSameFont(name, fops, template.newFont(resolver));
            }
        }
    }

    private static FontTemplate.Spec spec(String name) {
        return new FontTemplate.Spec(java.net.URI.create(name), null, EmbeddingMode.SUBSET, false, true, true);
    }

    private static void assertSameFont(String name, MultiByteFont expected, MultiByteFont actual) {
        assertEquals(expected.getFontName(), actual.getFontName(), name);
        assertEquals(expected.getEmbedFontName(), actual.getEmbedFontName(), name);
        assertEquals(expected.getFullName(), actual.getFullName(), name);
        assertEquals(expected.getFamilyNames(), actual.getFamilyNames(), name);
        assertEquals(expected.getFontSubName(), actual.getFontSubName(), name);
        assertEquals(expected.getCIDType(), actual.getCIDType(), name);
        assertEquals(expected.isOTFFile(), actual.isOTFFile(), name);
        assertEquals(expected.getEmbedFileURI(), actual.getEmbedFileURI(), name);
        assertEquals(expected.getFontURI(), actual.getFontURI(), name);
        assertArrayEquals(expected.getFontBBox(), actual.getFontBBox(), name);
        int[] sizes = {1, 12000};
        for (int size : sizes) {
            assertEquals(expected.getAscender(size), actual.getAscender(size), name);
            assertEquals(expected.getDescender(size), actual.getDescender(size), name);
            assertEquals(expected.getCapHeight(size), actual.getCapHeight(size), name);
            assertEquals(expected.getXHeight(size), actual.getXHeight(size), name);
            assertEquals(expected.getUnderlinePosition(size), actual.getUnderlinePosition(size), name);
            assertEquals(expected.getUnderlineThickness(size), actual.getUnderlineThickness(size), name);
            assertEquals(expected.getStrikeoutPosition(size), actual.getStrikeoutPosition(size), name);
            assertEquals(expected.getStrikeoutThickness(size), actual.getStrikeoutThickness(size), name);
        }
        assertEquals(expected.getFlags(), actual.getFlags(), name);
        assertEquals(expected.getStemV(), actual.getStemV(), name);
        assertEquals(expected.getItalicAngle(), actual.getItalicAngle(), name);
        assertEquals(expected.getWeight(), actual.getWeight(), name);
        assertEquals(expected.getMissingWidth(), actual.getMissingWidth(), name);
        assertEquals(expected.getKerningInfo(), actual.getKerningInfo(), name);
        assertEquals(expected.hasSVG(), actual.hasSVG(), name);
        assertArrayEquals(expected.getWidths(), actual.getWidths(), name);
        assertArrayEquals(expected.getCMap(), actual.getCMap(), name);
        // Widths and boxes are looked up by a document's subset index: map the same characters
        // in the same order in both, then compare.
        for (CMapSegment segment : expected.getCMap()) {
            for (int c = segment.getUnicodeStart(); c <= Math.min(segment.getUnicodeEnd(), 0xFFFD); c += 5) {
                char subsetIndex = expected.mapChar((char) c);
                assertEquals(subsetIndex, actual.mapChar((char) c), name + ": U+" + Integer.toHexString(c));
                assertEquals(expected.getBoundingBox(subsetIndex, 1), actual.getBoundingBox(subsetIndex, 1),
                        name + ": box of U+" + Integer.toHexString(c));
                assertEquals(expected.getWidth(subsetIndex, 1), actual.getWidth(subsetIndex, 1),
                        name + ": width of U+" + Integer.toHexString(c));
            }
        }
        // FOP's own lookup walks the cmap segment by segment: ask it for every mapped character
        // and a spread of unmapped ones.
        List<Integer> codePoints = new ArrayList<>();
        for (CMapSegment segment : expected.getCMap()) {
            for (int c = segment.getUnicodeStart(); c <= segment.getUnicodeEnd(); c++) {
                codePoints.add(c);
            }
        }
        for (int c = 0; c <= 0x32000; c += 61) {
            codePoints.add(c);
        }
        for (int c : codePoints) {
            int codePoint = c;
            assertEquals(expected.findGlyphIndex(c), actual.findGlyphIndex(c),
                    () -> name + ": glyph of U+" + Integer.toHexString(codePoint));
        }
    }

    @Test
    void coverageIsTheFontsCmap() throws Exception {
        PreparedFonts prepared = PreparedFonts.prepare(installation.fopConfiguration(),
                new FontMetricsCache(folder.resolve("cache")));
        List<CmapLookup> cmaps = new ArrayList<>();
        for (String name : FONTS) {
            try (var input = new RandomAccessReadBufferedFile(installation.fontsDirectory().resolve(name).toFile());
                    OpenTypeFont otf = new OTFParser(false).parse(input)) {
                cmaps.add(otf.getUnicodeCmapLookup());
            }
        }
        int covered = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            List<String> lacking = prepared.fontsLacking(c);
            for (int f = 0; f < FONTS.length; f++) {
                String font = FONTS[f];
                int codePoint = c;
                assertEquals(cmaps.get(f).getGlyphId(c) != 0, !lacking.contains(font),
                        () -> font + " and U+" + Integer.toHexString(codePoint));
            }
            covered += lacking.isEmpty() ? 1 : 0;
        }
        assertTrue(covered > 40_000, "the four fonts share " + covered + " characters");
        assertEquals(List.of(), prepared.fontsLacking('中'));
        assertEquals(List.of(FONTS), prepared.fontsLacking(0x13000));
    }

    @Test
    void withComplexScriptsOnTheCoverageCheckStillKnowsTheFonts() throws Exception {
        String configuration = Files.readString(installation.fopConfiguration())
                .replace("<complex-scripts disabled=\"true\"/>", "")
                .replaceFirst("<fop version=\"1.0\">", "<fop version=\"1.0\"><font-base>"
                        + installation.fontsDirectory().toUri() + "</font-base>");
        assertFalse(configuration.contains("complex-scripts"));
        Path conf = Files.writeString(folder.resolve("fop.xconf"), configuration);
        PreparedFonts prepared = PreparedFonts.prepare(conf, new FontMetricsCache(folder.resolve("cache")));
        assertEquals(List.of(), prepared.fontsLacking('中'));
        assertEquals(List.of(FONTS), prepared.fontsLacking(0x13000));
    }

    @Test
    void aStaleOrDamagedCacheIsReadAgainFromTheFont() throws IOException {
        Path fonts = Files.createDirectories(folder.resolve("fonts"));
        Path font = Files.copy(installation.fontsDirectory().resolve(FONTS[2]), fonts.resolve(FONTS[2]));
        InternalResourceResolver local = ResourceResolverFactory.createInternalResourceResolver(fonts.toUri(),
                ResourceResolverFactory.createDefaultResourceResolver());
        FontMetricsCache cache = new FontMetricsCache(folder.resolve("cache"));
        FontTemplate.Spec spec = spec(FONTS[2]);
        cache.store(FontTemplate.read(spec, local), font);
        assertNotNull(cache.load(spec, font));

        Files.setLastModifiedTime(font, FileTime.fromMillis(Files.getLastModifiedTime(font).toMillis() + 5000));
        assertNull(cache.load(spec, font), "a font changed since it was cached must be read again");
        cache.store(FontTemplate.read(spec, local), font);
        assertNotNull(cache.load(spec, font));

        try (Stream<Path> files = Files.list(folder.resolve("cache"))) {
            Path cached = files.filter(f -> f.toString().endsWith(".metrics")).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(cached);
            Files.write(cached, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            assertNull(cache.load(spec, font), "a truncated cache file");
            bytes[bytes.length / 3] ^= 0x7F;
            bytes[200] = (byte) 0xFF;
            bytes[201] = (byte) 0xFF;
            Files.write(cached, bytes);
            assertNull(cache.load(spec, font), "a damaged cache file");
        }
        try (Stream<Path> files = Files.list(folder.resolve("cache"))) {
            assertFalse(files.anyMatch(f -> f.toString().endsWith(".part")));
        }
    }

    @Test
    void anUnwritableCacheFolderOnlyMeansNoCache() throws Exception {
        Path blocked = Files.writeString(folder.resolve("not-a-folder"), "x");
        PreparedFonts prepared = PreparedFonts.prepare(installation.fopConfiguration(),
                new FontMetricsCache(blocked.resolve("cache")));
        assertEquals(List.of(), prepared.fontsLacking('中'));
    }
}
