package dev.hanzi.publisher.style;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Diagnostic;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.source.LoadedBook;
import java.util.Map;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;

/**
 * Reports a failed transformation. The schema and BookChecker keep bad books out (a stylesheet's
 * own f:bad-colname check is one BookChecker makes first, with the entry's line), so this is our
 * own bug. The stylesheets name their errors ({@code xsl:message error-code="f:theme"}); each
 * name is an entry of the catalogue.
 */
public final class TransformErrors {
    /** The namespace of the stylesheets' functions and error codes ({@code f:}). */
    static final String STYLESHEET_NAMESPACE = "http://hanzi.dev/ns/functions";

    private static final Map<String, Code> STYLESHEET_CODES = Map.of(
            "missing-gentext", Code.STY_NO_GENTEXT,
            "bad-colname", Code.STY_BAD_COLNAME,
            "theme", Code.STY_THEME);

    private TransformErrors() {
    }

    public static Diagnostic diagnostic(SaxonApiException e, LoadedBook book) {
        QName name = e.getErrorCode();
        Code code = name != null && STYLESHEET_NAMESPACE.equals(name.getNamespaceUri().toString())
                ? STYLESHEET_CODES.getOrDefault(name.getLocalName(), Code.STY_FAILED) : Code.STY_FAILED;
        String detail = e.getMessage() + (code == Code.STY_FAILED && e.getLineNumber() > 0
                ? " (stylesheet line " + e.getLineNumber() + ")" : "");
        return Diagnostic.of(code, Location.of(book.source()), Map.of("detail", detail));
    }
}
