package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;

/**
 * The characters of the text: every one in the fonts, and no word so long that no line can hold
 * it (FOP sets such a word on one line that runs off the page; past a few thousand characters
 * it is damaged or hostile text, and laying it out takes minutes).
 */
final class TextCheck {
    /** Far longer than any word, address or identifier a book prints. */
    static final int MAX_WORD = 10_000;

    private final GlyphCoverage fonts;

    TextCheck(GlyphCoverage fonts) {
        this.fonts = fonts;
    }

    void check(XdmNode text, List<Diagnostic> problems) {
        String value = text.getStringValue();
        int line = 0;
        int word = 0;
        boolean wordReported = false;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
            }
            if (Character.isWhitespace(codePoint)) {
                word = 0;
                continue;
            }
            // A Chinese line may break beside any Han character: it ends a word.
            word = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN ? 0 : word + 1;
            if (word > MAX_WORD && !wordReported) {
                problems.add(Diagnostic.of(Code.CHK_WORD_TOO_LONG, at(text, line),
                        Map.of("length", longestWordFrom(value, i), "limit", MAX_WORD)));
                wordReported = true;
            }
            List<String> lacking = fonts.fontsLacking(codePoint);
            if (!lacking.isEmpty()) {
                problems.add(Diagnostic.of(Code.CHK_GLYPH_MISSING, at(text, line),
                        Map.of("codepoint", String.format(Locale.ROOT, "%04X", codePoint),
                                "character", new String(Character.toChars(codePoint)), "fonts", String.join(", ", lacking))));
            }
        }
    }

    /** The length of the word that reaches {@code index}, counted to its end. */
    private static int longestWordFrom(String value, int index) {
        int end = index;
        while (end < value.length() && !Character.isWhitespace(value.charAt(end))) {
            end++;
        }
        int start = index;
        while (start > 0 && !Character.isWhitespace(value.charAt(start - 1))) {
            start--;
        }
        return end - start;
    }

    /**
     * Saxon records lines of elements only: a text node starts on its parent's line, or after the
     * end of its preceding sibling element, which we do not know; the parent's line plus the
     * newlines before the character is exact for text that opens its element.
     */
    private static Location at(XdmNode text, int newlines) {
        XdmNode parent = text.getParent();
        return Location.at(Nodes.systemId(parent), parent.getLineNumber() + newlines, 0);
    }
}
