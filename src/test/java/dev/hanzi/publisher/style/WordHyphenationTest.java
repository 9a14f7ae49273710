package dev.hanzi.publisher.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import org.junit.jupiter.api.Test;

/** Where a Western word may be hyphenated: the words of a language's patterns, and no others. */
class WordHyphenationTest {
    private static final String SHY = "\u00AD";

    /** Through the stylesheets' own call, f:hyphenate($text, $language). */
    private static String hyphenate(String text, String language) throws SaxonApiException {
        Processor processor = new Processor(false);
        Stylesheets.registerFunctions(processor);
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("f", TransformErrors.STYLESHEET_NAMESPACE);
        return xpath.evaluateSingle("f:hyphenate('" + text + "', '" + language + "')", null).getStringValue();
    }

    @Test
    void anEnglishWordIsHyphenatedAtItsPatternsPointsKeepingThreeLettersEitherSide() throws SaxonApiException {
        assertEquals("(com" + SHY + "puter appli" + SHY + "ances)", hyphenate("(computer appliances)", "en"));
        assertEquals("Typog" + SHY + "ra" + SHY + "phy exists", hyphenate("Typography exists", "en"));
        // Points nearer an edge than three letters are not taken: hy-phen-ation's first.
        assertEquals("hyphen" + SHY + "ation", hyphenate("hyphenation", "en"));
    }

    @Test
    void acronymsNamesInCapitalsShortWordsAndJoinedWordsStayWhole() throws SaxonApiException {
        for (String whole : new String[] {"DocBook", "FreeBSD", "TYPOGRAPHY", "honor", "www.typography.org",
                "rc.configuration", "user@typography", "load_typography", "typography2", "--typography", "~/typography",
                "C:\\Typography", "<typography>", "{typography}", "[typography]", "a|typography"}) {
            assertEquals(whole, hyphenate(whole, "en"));
        }
    }

    @Test
    void chineseBesideAWordIsNoPartOfIt() throws SaxonApiException {
        assertEquals("叫Sil" + SHY + "ben" + SHY + "tren" + SHY + "nung。", hyphenate("叫Silbentrennung。", "de"));
        assertEquals("叫hyphen" + SHY + "ation。", hyphenate("叫hyphenation。", "en"));
    }

    @Test
    void aWordIsHyphenatedInItsOwnLanguageOrNotAtAll() throws SaxonApiException {
        assertEquals("Sil" + SHY + "ben" + SHY + "tren" + SHY + "nung", hyphenate("Silbentrennung", "de"));
        // Cyrillic: Russian patterns know it, English ones do not.
        String russian = hyphenate("литература", "ru");
        assertEquals("литература", russian.replace(SHY, ""));
        assertEquals(true, russian.contains(SHY), russian);
        assertEquals("литература", hyphenate("литература", "en"));
        // No patterns, or no language: nothing.
        for (String language : new String[] {"zh", "tlh", "", "../../etc", "en_US/../x"}) {
            assertEquals("appliances", hyphenate("appliances", language), language);
        }
    }
}
