package dev.hanzi.publisher.source;

import dev.hanzi.publisher.diagnostics.Code;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Refuses elements nested deeper than any book needs, at the first one too deep: the
 * stylesheets and FOP recurse once per level, and a file that nests tens of thousands of levels
 * would exhaust their stacks instead of getting an answer.
 */
final class DepthLimit extends LocatingFilter {
    /**
     * Far beyond any real book (DocBook's deepest structures nest a few dozen levels), and low
     * enough for the DocBook 5.1 schema: Jing's time on nested inlines grows faster than the
     * square of their depth (200 nested emphases take about a second, 500 ten, 1,000 a minute).
     */
    static final int MAX_DEPTH = 200;

    private int depth;

    DepthLimit(ContentHandler downstream) {
        super(downstream);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (++depth > MAX_DEPTH) {
            throw new CodedParseException(Code.SRC_TOO_DEEP, Map.of("limit", MAX_DEPTH), locator);
        }
        super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        super.endElement(uri, localName, qName);
    }
}
