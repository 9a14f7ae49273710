package dev.hanzi.publisher;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * One problem found in a book, printed the way compilers print them: {@code file:line:col: message}.
 * Line and column are 0 when the problem has no position in a file (an unwritable output, say).
 */
public record Diagnostic(String file, int line, int column, String message) {

    /** A problem at a position in a source file; {@code systemId} is a file URI or a path. */
    public static Diagnostic at(String systemId, int line, int column, String message) {
        return new Diagnostic(displayName(systemId), Math.max(line, 0), Math.max(column, 0), message);
    }

    /** A problem with a file as a whole (no line). */
    public static Diagnostic of(Path file, String message) {
        return new Diagnostic(displayName(file.toString()), 0, 0, message);
    }

    /** A problem that concerns no file. */
    public static Diagnostic general(String message) {
        return new Diagnostic("", 0, 0, message);
    }

    @Override
    public String toString() {
        if (file.isEmpty()) {
            return message;
        }
        if (line <= 0) {
            return file + ": " + message;
        }
        return file + ":" + line + ":" + Math.max(column, 1) + ": " + message;
    }

    /** Paths below the working directory print relative to it, as an author typed them. */
    static String displayName(String systemId) {
        if (systemId == null || systemId.isEmpty()) {
            return "";
        }
        try {
            Path path = systemId.startsWith("file:") ? Paths.get(URI.create(systemId)) : Paths.get(systemId);
            Path cwd = Paths.get("").toAbsolutePath();
            Path absolute = path.toAbsolutePath().normalize();
            return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
        } catch (RuntimeException notAPath) {
            return systemId;
        }
    }
}
