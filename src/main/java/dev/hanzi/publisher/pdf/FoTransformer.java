package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.style.NormalizedBook;
import dev.hanzi.publisher.style.StyleParameters;
import dev.hanzi.publisher.style.Stylesheets;
import dev.hanzi.publisher.style.TransformErrors;
import java.util.LinkedHashMap;
import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/** DocBook to XSL-FO through {@code xsl/fo/pdf.xsl}, compiled once. */
public final class FoTransformer {
    private final XsltExecutable stylesheet;

    public FoTransformer(Processor processor, Installation installation) throws PublishException {
        this.stylesheet = Stylesheets.compile(processor, installation.resource("xsl/fo/pdf.xsl"));
    }

    public XdmNode transform(NormalizedBook book, StyleParameters parameters, Edition edition) throws PublishException {
        return transform(book, parameters, edition, Map.of());
    }

    /**
     * The same with parameters of the print edition's making (its blank pages, its cover:
     * {@link PrintCover}) added to the book's.
     */
    public XdmNode transform(NormalizedBook book, StyleParameters parameters, Edition edition,
            Map<QName, XdmValue> print) throws PublishException {
        Xslt30Transformer transformer = stylesheet.load30();
        try {
            Map<QName, XdmValue> all = new LinkedHashMap<>(parameters.withEdition(edition.styleName()).toSaxon());
            all.putAll(print);
            transformer.setStylesheetParameters(all);
            transformer.setGlobalContextItem(book.document());
            // Errors come back as the exception below; Saxon's own report would print them twice.
            transformer.setErrorReporter(error -> { });
            XdmDestination fo = new XdmDestination();
            transformer.applyTemplates(book.document(), fo);
            return fo.getXdmNode();
        } catch (SaxonApiException e) {
            throw new PublishException(TransformErrors.diagnostic(e, book.loaded()), e);
        }
    }
}
