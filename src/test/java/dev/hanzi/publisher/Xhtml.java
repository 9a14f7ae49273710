package dev.hanzi.publisher;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;

/** XPath over an EPUB's XHTML documents, the prefix h for XHTML. */
final class Xhtml {
    static final Processor PROCESSOR = new Processor(false);

    private Xhtml() {
    }

    /** The string values of what the expression selects. */
    static List<String> strings(XdmNode node, String expression) throws SaxonApiException {
        XPathCompiler xpath = PROCESSOR.newXPathCompiler();
        xpath.declareNamespace("h", "http://www.w3.org/1999/xhtml");
        List<String> values = new ArrayList<>();
        for (XdmItem item : xpath.evaluate(expression, node)) {
            values.add(item.getStringValue());
        }
        return values;
    }
}
