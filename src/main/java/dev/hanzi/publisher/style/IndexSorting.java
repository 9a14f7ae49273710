package dev.hanzi.publisher.style;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.ULocale;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import net.sf.saxon.om.StructuredQName;
import net.sf.saxon.s9api.Processor;

/**
 * The index's order (xsl/common/index.xsl), one implementation for the PDF and the EPUB: terms in
 * the order of their pinyin, Latin terms among them letter by letter (DocBook between 断行 duàn
 * and 打印 dǎ would be wrong: between 打印 and 断行 is right), under letter headings A–Z, digits
 * and symbols first. ICU's Chinese collator alone would set every Han term before every Latin
 * one; so a term is compared by its reading: ICU's Han-Latin transliteration (活字印刷 →
 * huózìyìnshuā, spaces dropped), compared by ICU's pinyin collator (tones second, after the
 * letters), then by the term itself. A term's {@code @sortas} is its reading instead: a
 * character of several readings (重, 行) is read in its most frequent one (重复 as zhòngfù), and
 * {@code sortas="chóngfù"} corrects it. The letter is the bucket of ICU's alphabetic index for
 * Chinese that the reading falls into. Two extension functions, registered on the processor
 * before a stylesheet is compiled:
 * <ul>
 * <li>{@code f:index-key($text)}: a string whose code-point order is the index's order;</li>
 * <li>{@code f:index-letter($text)}: the letter heading, or "" for the bucket of digits and
 * symbols (the stylesheets name it from the l10n file).</li>
 * </ul>
 * Thread-safe (the PDF and the EPUB are transformed at once): the collator is frozen, the
 * alphabetic index immutable, and the transliterator (a second and a half to load, so only when a
 * book has an index) is made once and used by one thread at a time.
 */
public final class IndexSorting {
    static final StructuredQName KEY = new StructuredQName("f", TransformErrors.STYLESHEET_NAMESPACE, "index-key");
    static final StructuredQName LETTER = new StructuredQName("f", TransformErrors.STYLESHEET_NAMESPACE, "index-letter");

    private static final ULocale CHINESE = ULocale.forLanguageTag("zh-u-co-pinyin");

    private final Collator collator;
    private final AlphabeticIndex.ImmutableIndex<Void> letters;
    private Transliterator pinyin;

    private IndexSorting() {
        this.collator = Collator.getInstance(CHINESE).freeze();
        this.letters = new AlphabeticIndex<Void>(CHINESE).buildImmutableIndex();
    }

    /**
     * Registers f:index-key and f:index-letter on the processor unless they are there already
     * ({@link Stylesheets#compile} calls it before every stylesheet it compiles).
     */
    public static void register(Processor processor) {
        StringFunction.registerOnce(processor, KEY, 1, () -> {
            IndexSorting sorting = new IndexSorting();
            return List.of(new StringFunction(KEY, 1, text -> sorting.key(text[0])),
                    new StringFunction(LETTER, 1, text -> sorting.letter(text[0])));
        });
    }

    /** The reading a term is sorted by: its pinyin (or its own Latin letters), without spaces. */
    synchronized String reading(String text) {
        if (pinyin == null) {
            pinyin = Transliterator.getInstance("Han-Latin; NFC");
        }
        return pinyin.transliterate(text).replaceAll("\\s+", "");
    }

    /** The sort key: the letter's bucket (three digits), the reading's collation key, the text's. */
    String key(String text) {
        String reading = reading(text);
        HexFormat hex = HexFormat.of();
        return String.format(Locale.ROOT, "%03d", letters.getBucketIndex(reading))
                + hex.formatHex(collator.getCollationKey(reading).toByteArray())
                + "." + hex.formatHex(collator.getCollationKey(text).toByteArray());
    }

    /** The letter heading: A–Z, or "" for digits, symbols and what no letter holds. */
    String letter(String text) {
        AlphabeticIndex.Bucket<Void> bucket = letters.getBucket(letters.getBucketIndex(reading(text)));
        return bucket.getLabelType() == AlphabeticIndex.Bucket.LabelType.NORMAL ? bucket.getLabel() : "";
    }
}
