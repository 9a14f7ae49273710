package dev.hanzi.publisher.check;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
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

    /** ASCII marks that are slips between Chinese characters, and the full-width marks meant. */
    private static final String HALF_WIDTH = ",.:;?!()";
    private static final String FULL_WIDTH = "，。：；？！（）";
    /** Where ASCII punctuation is what the author means: code, addresses, commands. */
    private static final java.util.Set<String> LITERAL = java.util.Set.of("code", "literal", "filename", "command",
            "computeroutput", "userinput", "programlisting", "screen", "synopsis", "literallayout", "uri", "email",
            "systemitem", "option", "varname", "envar", "function", "parameter", "replaceable", "prompt", "tag", "markup",
            // The rest of the code set in the monospaced font (issue 15: xsl/common/code.xsl), and keys.
            "returnvalue", "classname", "constant", "type", "errorname", "errorcode", "errortype", "exceptionname",
            "interfacename", "methodname", "property", "symbol", "token", "citerefentry", "refentrytitle", "manvolnum",
            "package", "keycap", "keycombo", "keysym");

    private final GlyphCoverage fonts;

    TextCheck(GlyphCoverage fonts) {
        this.fonts = fonts;
    }

    /** Checks a text node of the book; {@code positions} tells where its characters stand in their file. */
    void check(XdmNode text, SourcePositions positions, List<Diagnostic> problems) {
        String value = text.getStringValue();
        halfWidthPunctuation(text, value, positions, problems);
        int word = 0;
        int wordStart = 0;
        boolean wordReported = false;
        for (int i = 0; i < value.length(); ) {
            int at = i;
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint)) {
                word = 0;
                continue;
            }
            // A Chinese line may break beside any Han character: it ends a word.
            word = Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN ? 0 : word + 1;
            if (word == 1) {
                wordStart = at;
            }
            if (word > MAX_WORD && !wordReported) {
                // At the word's start, where the author will look for it.
                problems.add(Diagnostic.of(Code.CHK_WORD_TOO_LONG, positions.of(text, wordStart),
                        Map.of("length", longestWordFrom(value, i), "limit", MAX_WORD)));
                wordReported = true;
            }
            List<String> lacking = fonts.fontsLacking(codePoint);
            if (!lacking.isEmpty()) {
                problems.add(Diagnostic.of(Code.CHK_GLYPH_MISSING, positions.of(text, at),
                        Map.of("codepoint", String.format(Locale.ROOT, "%04X", codePoint),
                                "character", new String(Character.toChars(codePoint)), "fonts", String.join(", ", lacking))));
            }
        }
    }

    /**
     * An ASCII , . : ; ? ! ( or ) with Chinese on both sides (a Han character, or a full-width
     * mark or Chinese quotation mark) is a slip of the keyboard, outside code and foreign phrases.
     */
    private static void halfWidthPunctuation(XdmNode text, String value, SourcePositions positions, List<Diagnostic> problems) {
        for (XdmNode ancestor = text.getParent(); ancestor != null && ancestor.getNodeName() != null;
                ancestor = ancestor.getParent()) {
            String lang = ancestor.getAttributeValue(new net.sf.saxon.s9api.QName("xml",
                    "http://www.w3.org/XML/1998/namespace", "lang"));
            if (LITERAL.contains(Nodes.name(ancestor)) || (lang != null && !lang.toLowerCase(Locale.ROOT).startsWith("zh"))) {
                return;
            }
            if (lang != null) {
                break;
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            int mark = HALF_WIDTH.indexOf(c);
            if (mark >= 0 && i > 0 && i + 1 < value.length() && chinese(value.charAt(i - 1)) && chinese(value.charAt(i + 1))) {
                String context = value.substring(Math.max(0, i - 6), Math.min(value.length(), i + 7)).replaceAll("\\s+", "");
                problems.add(Diagnostic.of(Code.CHK_HALFWIDTH_PUNCTUATION, positions.of(text, i), Map.of("mark", String.valueOf(c),
                        "context", "「" + context + "」", "fullwidth", String.valueOf(FULL_WIDTH.charAt(mark)))));
            }
        }
    }

    private static boolean chinese(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFF60') || "“”‘’".indexOf(c) >= 0;
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
}
