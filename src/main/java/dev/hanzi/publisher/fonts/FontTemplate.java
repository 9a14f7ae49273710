package dev.hanzi.publisher.fonts;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.fop.apps.io.InternalResourceResolver;
import org.apache.fop.fonts.CIDFontType;
import org.apache.fop.fonts.CMapSegment;
import org.apache.fop.fonts.EmbeddingMode;
import org.apache.fop.fonts.MultiByteFont;
import org.apache.fop.fonts.truetype.FontFileReader;
import org.apache.fop.fonts.truetype.OFFontLoader;
import org.apache.fop.fonts.truetype.OTFFile;
import org.apache.fop.fonts.truetype.OpenFont;
import org.apache.fop.fonts.truetype.SVGGlyphData;
import org.apache.fop.fonts.truetype.TTFFile;

/**
 * One OpenType font read the way FOP reads it, kept for every later rendering. FOP parses each
 * font file again for every document (for Noto CJK: four 16–25 MB files, most of a warm build),
 * because its font objects also record which glyphs the document used. A template holds what the
 * file says; {@link #newFont} gives each rendering its own font object built from it, exactly as
 * FOP's {@code OFFontLoader.buildFont} (2.11) builds one for a CID-keyed, embedded font.
 */
final class FontTemplate {
    /** The first four bytes of the files FOP's OFFontLoader reads: CFF, TrueType (twice), collection. */
    private static final Set<Integer> OPEN_TYPE_TAGS = Set.of(0x4F54544F, 0x00010000, 0x74727565, 0x74746366);

    /**
     * How FOP is asked to load the font (fop.xconf's attributes, FOP's defaults applied), always
     * without complex scripts (see PreparedFonts): no GSUB, GPOS or GDEF tables to carry.
     */
    record Spec(URI file, String ttcName, EmbeddingMode embeddingMode, boolean simulateStyle, boolean kerning,
            boolean svg) {
    }

    /** The font-wide numbers FOP copies from the file, in FOP's units (1/1000 em). */
    record Metrics(boolean openTypeCff, String fontName, String fullName, Set<String> familyNames,
            String subFamilyName, int capHeight, int xHeight, int ascender, int descender, int[] fontBBox,
            int underlinePosition, int underlineThickness, int strikeoutPosition, int strikeoutThickness, int flags,
            int stemV, int italicAngle, int weight) {
    }

    private final Spec spec;
    private final Metrics metrics;
    private final int[] widths;
    private final Rectangle[] boundingBoxes;
    private final CMapSegment[] cmap;
    private final Map<Integer, Map<Integer, Integer>> kerning;
    private final Map<Integer, SVGGlyphData> svgGlyphs;
    /** Glyph index by code point, first match in cmap order, as FOP's linear search finds it. */
    private final int[] glyphByCodePoint;

    private FontTemplate(Spec spec, Metrics metrics, int[] widths, Rectangle[] boundingBoxes, CMapSegment[] cmap,
            Map<Integer, Map<Integer, Integer>> kerning, Map<Integer, SVGGlyphData> svgGlyphs) {
        this.spec = spec;
        this.metrics = metrics;
        this.widths = widths;
        this.boundingBoxes = boundingBoxes;
        this.cmap = cmap;
        this.kerning = kerning;
        this.svgGlyphs = svgGlyphs;
        this.glyphByCodePoint = glyphTable(cmap);
    }

    /**
     * Reads a font file as {@code OFFontLoader} does; null when it is not an OpenType or TrueType
     * font with CID glyphs (a Type 1 font, a name-keyed CFF), which FOP's own loader then loads.
     */
    static FontTemplate read(Spec spec, InternalResourceResolver resolver) throws IOException {
        FontFileReader reader;
        try (InputStream in = resolver.getResource(spec.file())) {
            reader = new FontFileReader(in);
        }
        byte[] bytes = reader.getAllBytes();
        if (bytes.length < 4 || !OPEN_TYPE_TAGS.contains(ByteBuffer.wrap(bytes).getInt(0))) {
            return null;
        }
        String header = OFFontLoader.readHeader(reader);
        boolean cff = "OTTO".equals(header);
        OpenFont font = cff ? new SvgReadingOtf(spec.kerning()) : new SvgReadingTtf(spec.kerning());
        if (!font.readFont(reader, header, spec.ttcName())) {
            throw new IOException("The font does not have a Unicode cmap table: " + spec.file());
        }
        if (font instanceof OTFFile otf && otf.isType1()) {
            return null;
        }
        if (!font.isEmbeddable()) {
            throw new IOException("The font " + spec.file() + " is not embeddable due to a licensing restriction.");
        }
        Metrics metrics = new Metrics(cff,
                font.getEmbedFontName().isEmpty() ? font.getPostScriptName() : font.getEmbedFontName(),
                font.getFullName(), font.getFamilyNames(), font.getSubFamilyName(), font.getCapHeight(),
                font.getXHeight(), font.getLowerCaseAscent(), font.getLowerCaseDescent(), font.getFontBBox(),
                font.getUnderlinePosition() - font.getUnderlineThickness() / 2, font.getUnderlineThickness(),
                font.getStrikeoutPosition() - font.getStrikeoutThickness() / 2, font.getStrikeoutThickness(),
                font.getFlags(), Integer.parseInt(font.getStemV()), Integer.parseInt(font.getItalicAngle()),
                font.getWeightClass());
        Map<Integer, SVGGlyphData> svgs = font instanceof SvgReadingOtf o ? o.svgGlyphs()
                : ((SvgReadingTtf) font).svgGlyphs();
        return new FontTemplate(spec, metrics, font.getWidths(), font.getBoundingBoxes(),
                font.getCMaps().toArray(new CMapSegment[0]), spec.kerning() ? font.getKerning() : null, svgs);
    }

    /** A font object for one rendering: the shared metrics, its own record of the glyphs used. */
    MultiByteFont newFont(InternalResourceResolver resolver) {
        MultiByteFont font = new IndexedFont(resolver, spec.embeddingMode(), glyphByCodePoint);
        font.setIsOTFFile(metrics.openTypeCff());
        font.setTTCName(spec.ttcName());
        font.setSimulateStyle(spec.simulateStyle());
        font.setFontURI(spec.file());
        font.setFontName(metrics.fontName());
        font.setFullName(metrics.fullName());
        font.setFamilyNames(metrics.familyNames());
        font.setFontSubFamilyName(metrics.subFamilyName());
        font.setCapHeight(metrics.capHeight());
        font.setXHeight(metrics.xHeight());
        font.setAscender(metrics.ascender());
        font.setDescender(metrics.descender());
        font.setFontBBox(metrics.fontBBox().clone());
        font.setUnderlinePosition(metrics.underlinePosition());
        font.setUnderlineThickness(metrics.underlineThickness());
        font.setStrikeoutPosition(metrics.strikeoutPosition());
        font.setStrikeoutThickness(metrics.strikeoutThickness());
        font.setFlags(metrics.flags());
        font.setStemV(metrics.stemV());
        font.setItalicAngle(metrics.italicAngle());
        font.setMissingWidth(0);
        font.setWeight(metrics.weight());
        font.setCIDType(metrics.openTypeCff() ? CIDFontType.CIDTYPE0 : CIDFontType.CIDTYPE2);
        // FOP only reads these arrays; every rendering can share them.
        font.setWidthArray(widths);
        font.setBBoxArray(boundingBoxes);
        font.setCMap(cmap);
        if (spec.svg()) {
            font.setSVG(svgGlyphs);
        }
        if (kerning != null) {
            kerning.forEach(font::putKerningEntry);
        }
        font.setEmbedURI(spec.file());
        return font;
    }

    Spec spec() {
        return spec;
    }

    /** Whether the font draws the character (FOP's answer: a glyph other than .notdef). */
    boolean hasGlyph(int codePoint) {
        return glyphOf(glyphByCodePoint, codePoint) != 0;
    }

    private static int glyphOf(int[] glyphByCodePoint, int codePoint) {
        return codePoint >= 0 && codePoint < glyphByCodePoint.length ? glyphByCodePoint[codePoint] : 0;
    }

    /**
     * Whether {@link #write} keeps everything: SVG glyphs are
     * object graphs of FOP's, read from the font file each time instead.
     */
    boolean storable() {
        return !spec.svg() || svgGlyphs == null;
    }

    /** The template as bytes, for the metrics cache; see {@link #storable}. */
    void write(MetricsFormat.Writer out) {
        out.bool(metrics.openTypeCff());
        out.string(metrics.fontName());
        out.string(metrics.fullName());
        out.integer(metrics.familyNames().size());
        metrics.familyNames().forEach(out::string);
        out.string(metrics.subFamilyName());
        out.integers(new int[] {metrics.capHeight(), metrics.xHeight(), metrics.ascender(), metrics.descender(),
            metrics.underlinePosition(), metrics.underlineThickness(), metrics.strikeoutPosition(),
            metrics.strikeoutThickness(), metrics.flags(), metrics.stemV(), metrics.italicAngle(), metrics.weight()});
        out.integers(metrics.fontBBox());
        out.integers(widths);
        int[] boxes = new int[boundingBoxes.length * 4];
        for (int i = 0; i < boundingBoxes.length; i++) {
            Rectangle box = boundingBoxes[i];
            boxes[4 * i] = box.x;
            boxes[4 * i + 1] = box.y;
            boxes[4 * i + 2] = box.width;
            boxes[4 * i + 3] = box.height;
        }
        out.integers(boxes);
        int[] segments = new int[cmap.length * 3];
        for (int i = 0; i < cmap.length; i++) {
            segments[3 * i] = cmap[i].getUnicodeStart();
            segments[3 * i + 1] = cmap[i].getUnicodeEnd();
            segments[3 * i + 2] = cmap[i].getGlyphStartIndex();
        }
        out.integers(segments);
        out.bool(kerning != null);
        if (kerning != null) {
            out.integer(kerning.size());
            kerning.forEach((first, pairs) -> {
                out.integer(first);
                out.integer(pairs.size());
                pairs.forEach((second, value) -> {
                    out.integer(second);
                    out.integer(value);
                });
            });
        }
    }

    /** The template {@link #write} wrote for the same spec. */
    static FontTemplate read(Spec spec, MetricsFormat.Reader in) throws IOException {
        boolean cff = in.bool();
        String fontName = in.string();
        String fullName = in.string();
        Set<String> familyNames = new LinkedHashSet<>();
        for (int n = in.integer(); n > 0; n--) {
            familyNames.add(in.string());
        }
        String subFamilyName = in.string();
        int[] m = in.integers();
        if (m.length != 12) {
            throw new IOException("metrics of the wrong length");
        }
        Metrics metrics = new Metrics(cff, fontName, fullName, familyNames, subFamilyName, m[0], m[1], m[2], m[3],
                in.integers(), m[4], m[5], m[6], m[7], m[8], m[9], m[10], m[11]);
        int[] widths = in.integers();
        int[] boxes = in.integers();
        Rectangle[] boundingBoxes = new Rectangle[boxes.length / 4];
        for (int i = 0; i < boundingBoxes.length; i++) {
            boundingBoxes[i] = new Rectangle(boxes[4 * i], boxes[4 * i + 1], boxes[4 * i + 2], boxes[4 * i + 3]);
        }
        int[] segments = in.integers();
        CMapSegment[] cmap = new CMapSegment[segments.length / 3];
        for (int i = 0; i < cmap.length; i++) {
            cmap[i] = new CMapSegment(segments[3 * i], segments[3 * i + 1], segments[3 * i + 2]);
        }
        Map<Integer, Map<Integer, Integer>> kerning = null;
        if (in.bool()) {
            kerning = new HashMap<>();
            for (int n = in.integer(); n > 0; n--) {
                int first = in.integer();
                Map<Integer, Integer> pairs = new HashMap<>();
                for (int p = in.integer(); p > 0; p--) {
                    pairs.put(in.integer(), in.integer());
                }
                kerning.put(first, pairs);
            }
        }
        return new FontTemplate(spec, metrics, widths, boundingBoxes, cmap, kerning, null);
    }

    private static int[] glyphTable(CMapSegment[] cmap) {
        int last = 0;
        for (CMapSegment segment : cmap) {
            last = Math.max(last, segment.getUnicodeEnd());
        }
        int[] table = new int[Math.min(last, Character.MAX_CODE_POINT) + 1];
        for (CMapSegment segment : cmap) {
            int end = Math.min(segment.getUnicodeEnd(), table.length - 1);
            for (int c = Math.max(segment.getUnicodeStart(), 0); c <= end; c++) {
                if (table[c] == 0) {
                    table[c] = segment.getGlyphStartIndex() + c - segment.getUnicodeStart();
                }
            }
        }
        return table;
    }

    /**
     * FOP's font with a table lookup for the glyph of a character. FOP searches the cmap's
     * segments one by one for every character it measures and draws; Noto CJK has about 15,700
     * segments (its glyphs are not in Unicode order), which made the search a tenth of a build.
     */
    static final class IndexedFont extends MultiByteFont {
        private final int[] glyphByCodePoint;

        IndexedFont(InternalResourceResolver resolver, EmbeddingMode embeddingMode, int[] glyphByCodePoint) {
            super(resolver, embeddingMode);
            this.glyphByCodePoint = glyphByCodePoint;
        }

        @Override
        public int findGlyphIndex(int codePoint) {
            return glyphOf(glyphByCodePoint, codePoint);
        }
    }

    /** FOP keeps an OpenType font's SVG glyphs in a protected field; these subclasses hand them on. */
    private static final class SvgReadingOtf extends OTFFile {
        SvgReadingOtf(boolean useKerning) throws IOException {
            super(useKerning, false);
        }

        Map<Integer, SVGGlyphData> svgGlyphs() {
            return svgs;
        }
    }

    private static final class SvgReadingTtf extends TTFFile {
        SvgReadingTtf(boolean useKerning) {
            super(useKerning, false);
        }

        Map<Integer, SVGGlyphData> svgGlyphs() {
            return svgs;
        }
    }
}
