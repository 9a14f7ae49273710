package dev.hanzi.publisher.source;

import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * A SAX filter in the loading chain that knows where in the source it is: the parser's locator,
 * kept as it passes downstream, so that what the filter reports or stamps names the book's line.
 */
abstract class LocatingFilter extends XMLFilterImpl {
    /** The parser's position; null until the parser gives one (some never do). */
    protected Locator locator;

    LocatingFilter(ContentHandler downstream) {
        setContentHandler(downstream);
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
        super.setDocumentLocator(locator);
    }
}
