package dev.hanzi.publisher.pdf;

import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.style.NormalizedBook;
import dev.hanzi.publisher.style.StyleParameters;
import dev.hanzi.publisher.style.Stylesheets;
import dev.hanzi.publisher.style.TransformErrors;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/** DocBook to XSL-FO through {@code xsl/fo/pdf.xsl}, compiled once. */
public final class FoTransformer {
    private final XsltExecutable stylesheet;

    public FoTransformer(Processor processor, Installation installation) throws PublishException {
        this.stylesheet = Stylesheets.compile(processor, installation.resource("xsl/fo/pdf.xsl"));
    }

    public XdmNode transform(NormalizedBook book, StyleParameters parameters, Edition edition) throws PublishException {
        Xslt30Transformer transformer = stylesheet.load30();
        try {
            transformer.setStylesheetParameters(parameters.withEdition(edition.styleName()).toSaxon());
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
