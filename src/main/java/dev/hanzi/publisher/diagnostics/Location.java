package dev.hanzi.publisher.diagnostics;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where a diagnostic points: a file as the author names it, and a line and column in it (0 when
 * the problem concerns the file as a whole), or nowhere (an option, the publisher itself). The
 * column is counted as the XML parser counts it, in UTF-16 units.
 */
public record Location(String file, int line, int column) {
    public static final Location NOWHERE = new Location("", 0, 0);

    public Location {
        line = Math.max(line, 0);
        column = Math.max(column, 0);
    }

    /** A position in a source file; {@code systemId} is a file URI or a path. */
    public static Location at(String systemId, int line, int column) {
        return new Location(displayName(systemId), line, column);
    }

    /** A file as a whole. */
    public static Location of(Path file) {
        return new Location(displayName(file.toString()), 0, 0);
    }

    /** {@code file:line:col}, {@code file} or nothing, as compilers print them. */
    @Override
    public String toString() {
        if (file.isEmpty()) {
            return "";
        }
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + Math.max(column, 1);
    }

    /** Paths below the working directory print relative to it, as an author typed them. */
    public static String displayName(String systemId) {
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
