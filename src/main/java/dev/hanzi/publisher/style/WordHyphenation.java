package dev.hanzi.publisher.style;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.Processor;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.Hyphenator;

/**
 * Where a Western word in Chinese running text may be hyphenated at a line's end: soft hyphens
 * (U+00AD) written into the word by the PDF's stylesheets (fo/cjk.xsl), at the points of the
 * word's language's patterns (OFFO's, the patterns of TeX, through FOP's hyphenation tree).
 * <p>
 * Why not FOP's own hyphenation: FOP hyphenates by the language of the block (Chinese: no
 * patterns), and where it hyphenates, it hyphenates everything, inline code too (「install-」
 * 「world」 in FreeBSD's nanobsd). An unbreakable English word at a line's end left the line short
 * by up to its width, spread over the line's Han characters (「(computer」 before
 * 「appliances)”」, 0.156 em between them). FOP breaks at a soft hyphen and paints a hyphen there
 * (the tagged edition's ActualText leaves it out of the text layer); elsewhere it paints nothing.
 * <p>
 * Only words a typesetter would hyphenate: letters alone, lower case after the first (not
 * acronyms, not DocBook or FreeBSD), at least {@value #SHORTEST} letters, three kept on either
 * side of the hyphen, and not part of a path, an address or a name joined by marks
 * ({@code www.freebsd.org}, {@code rc.conf}, {@code user@host}). A language without patterns
 * gets none.
 * <p>
 * Registered on the processor before a stylesheet is compiled, as {@code f:hyphenate($text,
 * $language)}. Thread-safe: the trees are read only once loaded.
 */
public final class WordHyphenation {
    static final StructuredQName NAME = new StructuredQName("f", TransformErrors.STYLESHEET_NAMESPACE, "hyphenate");

    /** The soft hyphen: FOP's break opportunity with a hyphen. */
    static final char SOFT_HYPHEN = '\u00AD';
    /** Shorter words are not hyphenated (at three letters a side, six is the least that can be). */
    static final int SHORTEST = 6;
    /** Letters kept before and after a hyphen (TeX keeps two and three; three reads better). */
    static final int KEPT = 3;

    /** Letters of the scripts that stand against a Western word, not join it: Chinese beside a word. */
    private static final String CJK_LETTER = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\p{IsBopomofo}]";
    /** A word: letters of a Western script, lower case after the first. */
    private static final Pattern WORD = Pattern.compile("(?!" + CJK_LETTER + ")\\p{L}\\p{Ll}+");
    private static final Pattern CJK = Pattern.compile(CJK_LETTER);
    /**
     * Marks that join a word to the next into a path, an address, a name, a tag or a placeholder
     * ({@code C:\\Windows}, {@code <configuration>}, {@code {name}}, {@code [directory]}).
     */
    private static final String JOINERS = "./@_:\\=&?#%~$-+*<>|{}[]";

    private final Map<String, Optional<HyphenationTree>> trees = new ConcurrentHashMap<>();

    private WordHyphenation() {
    }

    /** Registers f:hyphenate on the processor unless it is there already. */
    public static void register(Processor processor) {
        StringFunction.registerOnce(processor, NAME, 2, () -> {
            WordHyphenation hyphenation = new WordHyphenation();
            return List.of(new StringFunction(NAME, 2, text -> hyphenation.hyphenate(text[0], text[1])));
        });
    }

    /**
     * {@code text} with soft hyphens where its words may be hyphenated in {@code language} (a
     * BCP 47 tag: {@code en}, {@code en-GB}, {@code de-CH}); unchanged where none may be.
     */
    String hyphenate(String text, String language) {
        Optional<HyphenationTree> tree = tree(language);
        if (tree.isEmpty() || text.length() < SHORTEST) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        Matcher word = WORD.matcher(text);
        int copied = 0;
        while (word.find()) {
            if (word.end() - word.start() < SHORTEST || joined(text, word.start() - 1) || joined(text, word.end())) {
                continue;
            }
            Hyphenation points = tree.get().hyphenate(word.group(), KEPT, KEPT);
            if (points == null) {
                continue;
            }
            out.append(text, copied, word.start());
            int from = 0;
            for (int point : points.getHyphenationPoints()) {
                out.append(word.group(), from, point).append(SOFT_HYPHEN);
                from = point;
            }
            out.append(word.group(), from, word.group().length());
            copied = word.end();
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Whether the character at {@code index} joins a word to its neighbour: a joining mark, or a
     * letter or digit of a Western script (a Han character beside a word is Chinese text, which
     * stands against it: 「叫Silbentrennung」).
     */
    private static boolean joined(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return false;
        }
        int c = text.codePointAt(index);
        return JOINERS.indexOf(c) >= 0 || Character.isLetterOrDigit(c) && !CJK.matcher(Character.toString(c)).matches();
    }


    /** The patterns of a language: its region's if there are (en_GB, de_CH), else its own. */
    private Optional<HyphenationTree> tree(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String lang = locale.getLanguage();
        if (lang.isEmpty()) {
            return Optional.empty();
        }
        String regional = locale.getCountry().isEmpty() ? null : lang + "_" + locale.getCountry();
        Optional<HyphenationTree> tree = regional == null ? Optional.empty() : load(regional);
        return tree.isPresent() ? tree : load(lang);
    }

    private Optional<HyphenationTree> load(String key) {
        // Only names FOP's patterns may have: the key goes into a class path resource's name.
        if (!key.matches("[a-z]{2,3}(_[A-Z]{2})?")) {
            return Optional.empty();
        }
        return trees.computeIfAbsent(key, k -> Optional.ofNullable(Hyphenator.getFopHyphenationTree(k)));
    }
}
