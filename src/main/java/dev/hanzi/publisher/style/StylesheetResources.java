package dev.hanzi.publisher.style;

import dev.hanzi.publisher.diagnostics.PublishException;
import dev.hanzi.publisher.output.Installation;
import javax.xml.transform.Source;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.trans.XPathException;

/**
 * What Saxon may read: the publisher's own stylesheets and their data (theme, generated text),
 * from the folder they travel in, and nothing else. A stylesheet's doc() or document() can
 * never be steered by a book to a file elsewhere or to a URL. The book itself reaches Saxon
 * already parsed, through BookFolder.
 */
public final class StylesheetResources implements ResourceResolver {
    private final String folder;

    private StylesheetResources(String folder) {
        this.folder = folder;
    }

    /** Confines the processor's reads to the installation's stylesheet folder. */
    public static void confine(Processor processor, Installation installation) throws PublishException {
        String driver = installation.resource("xsl/fo/pdf.xsl");
        String folder = driver.substring(0, driver.length() - "fo/pdf.xsl".length());
        Configuration configuration = processor.getUnderlyingConfiguration();
        configuration.setResourceResolver(new StylesheetResources(folder));
        configuration.setUnparsedTextURIResolver((uri, encoding, config) -> {
            throw new XPathException("refused: the stylesheets read no text file (" + uri + ")");
        });
    }

    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        if (request.uri != null && request.uri.startsWith(folder) && !request.uri.contains("/../")) {
            return null; // Saxon's own resolver reads it, from the jar or the classes folder
        }
        throw new XPathException("refused: the stylesheets read only their own files, not " + request.uri);
    }
}
