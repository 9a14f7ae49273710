package dev.hanzi.publisher.style;

import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import dev.hanzi.publisher.source.LoadedBook;
import java.util.Map;
import java.util.Set;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * The first pass, once per build for both outputs: the book as a reader will see its text
 * ({@code xsl/common/normalize.xsl}: quotation marks and the 《》 of Chinese titles become
 * characters beside their neighbours, so that the typesetting sees them; a link that is not
 * live becomes its text).
 */
public final class Normalizer {
    private final XsltExecutable stylesheet;
    private final Fallbacks fallbacks;

    /**
     * The normaliser of a publisher whose output stylesheets are compiled after {@code fallbacks}
     * was registered on the same processor.
     */
    public Normalizer(Processor processor, Installation installation, Fallbacks fallbacks) throws PublishException {
        this.stylesheet = Stylesheets.compile(processor, installation.resource("xsl/common/normalize.xsl"));
        this.fallbacks = fallbacks;
    }

    /** A normaliser that registers the fallbacks' function itself: compile the output stylesheets after it. */
    public Normalizer(Processor processor, Installation installation) throws PublishException {
        this(processor, installation, Fallbacks.register(processor));
    }

    /** The book normalised; the links in {@code deadLinks} (the checks judged them not live) become text. */
    public NormalizedBook normalize(LoadedBook book, Set<String> deadLinks) throws PublishException {
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setErrorReporter(error -> { });
        XdmDestination result = new XdmDestination();
        result.setBaseURI(book.source().toUri());
        try {
            transformer.setStylesheetParameters(Map.of(new QName("dead-links"),
                    new XdmValue(deadLinks.stream().sorted().map(XdmAtomicValue::new).toList())));
            transformer.applyTemplates(book.document(), result);
        } catch (SaxonApiException e) {
            throw new PublishException(TransformErrors.diagnostic(e, book), e);
        }
        XdmNode normalized = result.getXdmNode();
        return new NormalizedBook(normalized, book, fallbacks.track(normalized));
    }
}
