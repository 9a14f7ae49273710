package dev.hanzi.publisher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Which characters the book's fonts can draw, read from their cmaps. FOP would otherwise print a
 * '#' or nothing for a character no font has, and report only the first eight of them.
 */
public final class FontCoverage {
    private final Map<String, CmapLookup> cmaps;

    private FontCoverage(Map<String, CmapLookup> cmaps) {
        this.cmaps = cmaps;
    }

    /** Reads the cmaps of the given font files (name to file). */
    public static FontCoverage read(Map<String, Path> fonts) throws PublishException {
        Map<String, CmapLookup> cmaps = new LinkedHashMap<>();
        for (Map.Entry<String, Path> font : fonts.entrySet()) {
            try (var input = new RandomAccessReadBufferedFile(font.getValue().toFile());
                    OpenTypeFont otf = new OTFParser(false).parse(input)) {
                cmaps.put(font.getKey(), otf.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new PublishException(Diagnostic.of(font.getValue(), "cannot read font: " + e.getMessage()), e);
            }
        }
        return new FontCoverage(cmaps);
    }

    /** The fonts that lack the character; empty when every font has it. */
    public List<String> fontsLacking(int codePoint) {
        List<String> lacking = new ArrayList<>();
        for (Map.Entry<String, CmapLookup> cmap : cmaps.entrySet()) {
            if (cmap.getValue().getGlyphId(codePoint) == 0) {
                lacking.add(cmap.getKey());
            }
        }
        return lacking;
    }
}
