package dev.hanzi.publisher;

import java.util.Map;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.s9api.XsltExecutable;

/** Stage 3, transform: DocBook to XSL-FO through {@code xsl/fo/pdf.xsl}, compiled once. */
public final class FoTransformer {
    private final XsltExecutable stylesheet;

    public FoTransformer(Processor processor, Installation installation) throws PublishException {
        this.stylesheet = Stylesheets.compile(processor, installation.resource("xsl/fo/pdf.xsl"));
    }

    public XdmNode transform(LoadedBook book, Paper paper, Edition edition) throws PublishException {
        Xslt30Transformer transformer = stylesheet.load30();
        try {
            Map<QName, XdmValue> parameters = new java.util.HashMap<>(Map.of(
                    new QName("paper-width"), new XdmAtomicValue(paper.width()),
                    new QName("paper-height"), new XdmAtomicValue(paper.height()),
                    new QName("edition"), new XdmAtomicValue(edition.cliName())));
            for (Map.Entry<String, String> setting : Typography.read(book.source()).entrySet()) {
                boolean text = setting.getKey().endsWith("-font");
                parameters.put(new QName(setting.getKey()), text ? new XdmAtomicValue(setting.getValue())
                        : new XdmAtomicValue(Double.parseDouble(setting.getValue())));
            }
            transformer.setStylesheetParameters(parameters);
            transformer.setGlobalContextItem(book.document());
            // Errors come back as the exception below; Saxon's own report would print them twice.
            transformer.setErrorReporter(error -> { });
            XdmDestination fo = new XdmDestination();
            transformer.applyTemplates(book.document(), fo);
            return fo.getXdmNode();
        } catch (SaxonApiException e) {
            throw new PublishException(TransformErrors.diagnostic(e, book), e);
        }
    }
}
