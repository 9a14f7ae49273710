package dev.hanzi.publisher.source;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Two things about a book that the DocBook schema leaves open, settled while it is read, before
 * the schema and the tree see it:
 * <ul>
 * <li>the root: DocBook allows almost any element as a document's root, a book's main file is a
 * {@code book} or an {@code article};</li>
 * <li>languages as authors write them: {@code xml:lang="zh_cn"} (a locale name, which the schema
 * accepts, since it types xml:lang as any text) becomes the BCP 47 tag {@code zh-CN} that the PDF's
 * /Lang and the EPUB's dc:language need; an included file's root without xml:lang gets the
 * language of the element that includes it, written on it, so that every output that looks at
 * the included part alone (an EPUB document, a structure element) sees it. Each with a warning.</li>
 * </ul>
 */
final class RootAndLanguage extends LocatingFilter {
    static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private final List<Diagnostic> warnings;
    /** The in-scope language of each open element ("" where none is given). */
    private final Deque<String> languages = new ArrayDeque<>();
    /** The file each open element came from. */
    private final Deque<String> files = new ArrayDeque<>();

    RootAndLanguage(ContentHandler downstream, List<Diagnostic> warnings) {
        super(downstream);
        this.warnings = warnings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        String file = locator == null ? null : locator.getSystemId();
        if (languages.isEmpty()) {
            checkRoot(uri, localName);
        }
        AttributesImpl attributes = null;
        int index = atts.getIndex(XML_NS, "lang");
        String language;
        if (index >= 0) {
            String value = atts.getValue(index);
            String tag = bcp47(value);
            if (!tag.equals(value)) {
                warnings.add(Diagnostic.of(Code.SRC_LANGUAGE_TAG, here(), Map.of("value", value, "tag", tag)));
                attributes = new AttributesImpl(atts);
                attributes.setValue(index, tag);
            }
            language = tag;
        } else {
            language = languages.isEmpty() ? "" : languages.peek();
            boolean includedRoot = !files.isEmpty() && !Objects.equals(files.peek(), file);
            if (includedRoot && !language.isEmpty()) {
                warnings.add(Diagnostic.of(Code.SRC_LANGUAGE_INHERITED, here(), Map.of("name", localName, "tag", language)));
                attributes = new AttributesImpl(atts);
                attributes.addAttribute(XML_NS, "lang", "xml:lang", "CDATA", language);
            }
        }
        languages.push(language);
        files.push(file);
        super.startElement(uri, localName, qName, attributes == null ? atts : attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        languages.pop();
        files.pop();
        super.endElement(uri, localName, qName);
    }

    private void checkRoot(String uri, String localName) throws SAXException {
        boolean docBook = DocBook.NAMESPACE.equals(uri);
        if (docBook && ("book".equals(localName) || "article".equals(localName))) {
            return;
        }
        String name = "<" + localName + ">" + (docBook ? "" : uri.isEmpty()
                ? " without the DocBook namespace (xmlns=\"" + DocBook.NAMESPACE + "\")"
                : " in the namespace " + uri + ", not DocBook's");
        throw new CodedParseException(Code.SRC_ROOT, Map.of("name", name), locator);
    }

    private Location here() {
        return locator == null ? Location.NOWHERE
                : Location.at(locator.getSystemId(), locator.getLineNumber(), locator.getColumnNumber());
    }

    /**
     * The BCP 47 form of a language as authors write it: a locale name's underscores become
     * hyphens, in the tag's own case ({@code zh_cn}, {@code ZH_CN} → {@code zh-CN}). Anything
     * else is left as it is.
     */
    static String bcp47(String value) {
        if (value.indexOf('_') < 0) {
            return value;
        }
        try {
            String tag = new Locale.Builder().setLanguageTag(value.strip().replace('_', '-')).build().toLanguageTag();
            return "und".equals(tag) ? value : tag;
        } catch (IllformedLocaleException notATag) {
            return value;
        }
    }
}
