package dev.hanzi.publisher.diagnostics;

import java.util.Map;

/**
 * One problem found in a book, printed the way compilers print them:
 * {@code book.xml:12:7: error HZ-SRC-005: message}. Its code says which entry of the
 * {@link Code catalogue} it is; the message is that entry's text with the parameters filled in.
 * Its severity is the entry's, except in a strict build, where warnings are errors.
 */
public record Diagnostic(Code code, Severity severity, Location location, String message) {

    /** The catalogue entry's message at a location, its {@code {name}}s filled from the parameters. */
    public static Diagnostic of(Code code, Location location, Map<String, ?> parameters) {
        return new Diagnostic(code, code.severity(), location, code.format(parameters));
    }

    public static Diagnostic of(Code code, Location location) {
        return of(code, location, Map.of());
    }

    /** The same problem as an error: what a strict build makes of every warning. */
    public Diagnostic asError() {
        return new Diagnostic(code, Severity.ERROR, location, message);
    }

    public String file() {
        return location.file();
    }

    public int line() {
        return location.line();
    }

    public int column() {
        return location.column();
    }

    @Override
    public String toString() {
        String where = location.toString();
        return (where.isEmpty() ? "" : where + ": ") + severity().label() + " " + code.id() + ": " + message;
    }

}
