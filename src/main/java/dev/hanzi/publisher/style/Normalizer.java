package dev.hanzi.publisher.style;

import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.source.LoadedBook;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The first pass, once per build for both outputs: the book as a reader will see its text
 * ({@code xsl/common/normalize.xsl}: quotation marks and the 《》 of Chinese titles become
 * characters beside their neighbours, so that the typesetting sees them).
 */
public final class Normalizer {
    private final XsltExecutable stylesheet;

    public Normalizer(Processor processor, Installation installation) throws PublishException {
        this.stylesheet = Stylesheets.compile(processor, installation.resource("xsl/common/normalize.xsl"));
    }

    public NormalizedBook normalize(LoadedBook book) throws PublishException {
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setErrorReporter(error -> { });
        XdmDestination result = new XdmDestination();
        result.setBaseURI(book.source().toUri());
        try {
            transformer.applyTemplates(book.document(), result);
        } catch (SaxonApiException e) {
            throw new PublishException(TransformErrors.diagnostic(e, book), e);
        }
        return new NormalizedBook(result.getXdmNode(), book);
    }
}
