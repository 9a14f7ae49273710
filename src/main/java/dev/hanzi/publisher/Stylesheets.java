package dev.hanzi.publisher;

import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/** Compiles one of the publisher's own stylesheets, once, reporting errors with their location. */
final class Stylesheets {
    private Stylesheets() {
    }

    static XsltExecutable compile(Processor processor, String url) throws PublishException {
        XsltCompiler compiler = processor.newXsltCompiler();
        List<Diagnostic> errors = new ArrayList<>();
        compiler.setErrorReporter(error -> {
            if (!error.isWarning()) {
                var location = error.getLocation();
                errors.add(Diagnostic.at(location.getSystemId(), location.getLineNumber(),
                        location.getColumnNumber(), error.getMessage()));
            }
        });
        try {
            return compiler.compile(new StreamSource(url));
        } catch (SaxonApiException e) {
            if (errors.isEmpty()) {
                errors.add(Diagnostic.general("stylesheet " + url + " does not compile: " + e.getMessage()));
            }
            throw new PublishException(errors);
        }
    }
}
