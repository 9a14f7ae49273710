package dev.hanzi.publisher.style;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;

/** Compiles one of the publisher's own stylesheets, once, reporting errors with their location. */
public final class Stylesheets {
    private Stylesheets() {
    }

    /**
     * Registers the stylesheets' extension functions on the processor (once): the index's order
     * (xsl/common/index.xsl), ICU's; where the PDF may hyphenate a Western word (fo/cjk.xsl),
     * by FOP's patterns.
     */
    public static void registerFunctions(Processor processor) {
        IndexSorting.register(processor);
        WordHyphenation.register(processor);
    }

    /**
     * A compiler for the stylesheets: their extension functions registered, and the character
     * classes they share with the line pass given ({@link CharacterClasses}).
     */
    public static XsltCompiler newCompiler(Processor processor) {
        registerFunctions(processor);
        XsltCompiler compiler = processor.newXsltCompiler();
        CharacterClasses.declareTo(compiler);
        return compiler;
    }

    public static XsltExecutable compile(Processor processor, String url) throws PublishException {
        XsltCompiler compiler = newCompiler(processor);
        List<Diagnostic> errors = new ArrayList<>();
        compiler.setErrorReporter(error -> {
            if (!error.isWarning()) {
                var location = error.getLocation();
                errors.add(Diagnostic.of(Code.STY_DOES_NOT_COMPILE, Location.at(location.getSystemId(),
                        location.getLineNumber(), location.getColumnNumber()), Map.of("detail", error.getMessage())));
            }
        });
        try {
            return compiler.compile(new StreamSource(url));
        } catch (SaxonApiException e) {
            if (errors.isEmpty()) {
                errors.add(Diagnostic.of(Code.STY_DOES_NOT_COMPILE, Location.NOWHERE,
                        Map.of("detail", "stylesheet " + url + " does not compile: " + e.getMessage())));
            }
            throw new PublishException(errors);
        }
    }
}
