package dev.hanzi.publisher.diagnostics;

import java.util.Map;

/**
 * One problem found in a book, printed the way compilers print them:
 * {@code book.xml:12:7: error HZ-SRC-005: message}. Its code says which entry of the
 * {@link Code catalogue} it is; the message is that entry's text with the parameters filled in.
 */
public record Diagnostic(Code code, Location location, String message) {

    /** The catalogue entry's message at a location, its {@code {name}}s filled from the parameters. */
    public static Diagnostic of(Code code, Location location, Map<String, ?> parameters) {
        return new Diagnostic(code, location, code.format(parameters));
    }

    public static Diagnostic of(Code code, Location location) {
        return of(code, location, Map.of());
    }

    public Severity severity() {
        return code.severity();
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
