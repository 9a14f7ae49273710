package dev.hanzi.publisher;

import net.sf.saxon.s9api.SaxonApiException;

/**
 * Reports a failed transformation. The schema and BookChecker keep bad books out (a stylesheet's
 * own f:bad-colname check is one BookChecker makes first, with the entry's line), so this is our
 * own bug.
 */
final class TransformErrors {
    private TransformErrors() {
    }

    static Diagnostic diagnostic(SaxonApiException e, LoadedBook book) {
        String message = e.getMessage();
        return Diagnostic.of(book.source(), "transformation failed: " + message
                + (e.getLineNumber() > 0 ? " (stylesheet line " + e.getLineNumber() + ")" : ""));
    }
}
