package dev.hanzi.publisher.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The one place that decides which files of a book may be read: every read of the book's files
 * (the main file, its includes, its images) resolves its reference here. A reference is a
 * relative URI reference (%20 for a space) resolved against the file that makes it; it must lead
 * to a file inside the folder of the book's main file.
 */
public final class BookFolder {
    private final Path root;

    /** The folder of the book whose main file this is. */
    public BookFolder(Path mainFile) {
        this.root = mainFile.toAbsolutePath().normalize().getParent();
    }

    /** The folder that includes and images must stay inside. */
    public Path root() {
        return root;
    }

    /** Why a reference may not be read. */
    public enum Refusal {
        /** Not a URI reference at all. */
        MALFORMED,
        /** An absolute URI or path, or a relative one that climbs out of the book's folder. */
        OUTSIDE
    }

    /** A reference that this folder refuses to read, and why. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final Refusal refusal;

        RefusedException(Refusal refusal, String reference) {
            super(reference);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** The file {@code reference} names, made by the file {@code from}; refused when it is not in the book's folder. */
    public Path resolve(String reference, Path from) throws RefusedException {
        URI uri;
        try {
            uri = new URI(reference);
        } catch (URISyntaxException e) {
            throw new RefusedException(Refusal.MALFORMED, reference);
        }
        if (uri.isAbsolute() || reference.startsWith("/") || reference.startsWith("\\") || uri.getPath() == null) {
            throw new RefusedException(Refusal.OUTSIDE, reference);
        }
        Path resolved;
        try {
            resolved = from.toAbsolutePath().getParent().resolve(Paths.get(uri.getPath())).normalize();
        } catch (RuntimeException e) {
            throw new RefusedException(Refusal.MALFORMED, reference);
        }
        return inside(resolved, reference);
    }

    /** The file, when it is inside the book's folder; {@code reference} is how the book named it. */
    public Path inside(Path file, String reference) throws RefusedException {
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            throw new RefusedException(Refusal.OUTSIDE, reference);
        }
        return normalized;
    }

    /** Opens a file that {@link #resolve} has let through. */
    public InputStream open(Path file) throws IOException {
        return Files.newInputStream(file);
    }

    /** Reads a file that {@link #resolve} has let through. */
    public byte[] read(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }
}
