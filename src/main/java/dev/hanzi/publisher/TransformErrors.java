package dev.hanzi.publisher;

import net.sf.saxon.s9api.SaxonApiException;

/** Reports a failed transformation at the source position the stylesheet names, if any. */
final class TransformErrors {
    private TransformErrors() {
    }

    static Diagnostic diagnostic(SaxonApiException e, LoadedBook book) {
        String message = e.getMessage();
        // Our stylesheets raise errors as "file:line:col: message" built from the source node.
        if (message != null && message.matches("(?s)[^\\s]+:\\d+:\\d+: .*")) {
            return Diagnostic.general(message);
        }
        return Diagnostic.of(book.source(), "transformation failed: " + message
                + (e.getLineNumber() > 0 ? " (stylesheet line " + e.getLineNumber() + ")" : ""));
    }
}
