package dev.hanzi.publisher.source;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;

/**
 * The book's metadata, read once from the root's {@code <info>} (a book's or an article's) for the
 * PDF's document information and the EPUB's package: what the stylesheets print on the title pages
 * comes from the same elements.
 */
public record BookInfo(String id, String title, List<String> titleLines, String subtitle, String author,
        String publisher, String language, String pubdate, Instant date) {

    public static BookInfo read(Processor processor, LoadedBook book, Optional<Instant> buildDate) {
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("db", DocBook.NAMESPACE);
        XdmNode document = book.document();
        String id = text(xpath, document, "/*/@xml:id");
        String title = text(xpath, document, "/*/(db:info/db:title, db:title)[1]");
        // The lines an author marked with <?linebreak?> for the cover, as f:title-lines has them.
        List<String> titleLines = Arrays.stream(text(xpath, document, "string-join((/*/(db:info/db:title, db:title))[1]/node() ! "
                + "(if (self::processing-instruction('linebreak')) then codepoints-to-string(57344) else string(.)))")
                .split("\uE000")).map(String::strip).filter(line -> !line.isEmpty()).toList();
        String subtitle = text(xpath, document, "/*/(db:info/db:subtitle, db:subtitle)[1]");
        String author = text(xpath, document,
                "string-join(/*/db:info/(db:author | db:authorgroup/db:author)/(db:personname | db:orgname), '、')");
        String publisher = text(xpath, document, "/*/db:info/db:publisher/db:publishername");
        String language = text(xpath, document, "(/*/@xml:lang, 'zh-CN')[1]");
        String pubdate = text(xpath, document, "/*/db:info/db:pubdate");
        return new BookInfo(id, title, titleLines.isEmpty() ? List.of(title) : titleLines, subtitle, author.isEmpty() ? publisher : author, publisher, language, pubdate,
                buildDate.orElseGet(() -> fromPubdate(pubdate)));
    }

    /** The first day of the publication year or date: a stable date when no build date is given. */
    static Instant fromPubdate(String pubdate) {
        String digits = pubdate.replaceAll("[^0-9-]", "");
        try {
            if (digits.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                return LocalDate.parse(digits.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (digits.matches("\\d{4}.*")) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), 1, 1).atStartOfDay()
                        .toInstant(ZoneOffset.UTC);
            }
        } catch (RuntimeException notADate) {
            // fall through to the epoch
        }
        return Instant.EPOCH;
    }

    private static String text(XPathCompiler xpath, XdmNode document, String expression) {
        try {
            return xpath.evaluate("normalize-space(string((" + expression + ")[1]))", document).toString();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("bad metadata expression " + expression, e);
        }
    }
}
