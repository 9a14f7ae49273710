package dev.hanzi.publisher.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The one place that decides which files of a book may be read. Every reader goes through it:
 * the book's loading and XIncludes, the checks, image decoding, FOP and Batik (through the PDF
 * renderer's resource resolver), the EPUB's packaging. A reference is a relative URI reference
 * (%20 for a space) resolved against the file that makes it; it may be read when it is a regular
 * file inside the folder of the book's main file, symbolic links resolved: never a URL, never a
 * link that leads out of the folder, never a named pipe or a device.
 */
public final class BookFolder {
    private final Path root;
    private final Path realRoot;

    /** The folder of the book whose main file this is. */
    public BookFolder(Path mainFile) {
        this.root = mainFile.toAbsolutePath().normalize().getParent();
        Path real;
        try {
            real = root.toRealPath();
        } catch (IOException e) {
            real = root;
        }
        this.realRoot = real;
    }

    /** The folder that includes and images must stay inside. */
    public Path root() {
        return root;
    }

    /** Why a reference may not be read. */
    public enum Refusal {
        /** Not a URI reference at all. */
        MALFORMED,
        /** A URL, an absolute path, or a relative one that climbs out of the book's folder. */
        OUTSIDE,
        /** A symbolic link (or a link in its path) that leads out of the book's folder. */
        LINK_OUTSIDE,
        /** Not a regular file: a folder, a named pipe, a device. */
        NOT_A_FILE
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

    /**
     * The file {@code reference} names, made by the file {@code from}. The file need not exist
     * (the caller says "not found"); when it does, it has passed {@link #inside}.
     */
    public Path resolve(String reference, Path from) throws RefusedException {
        URI uri;
        try {
            uri = new URI(reference);
        } catch (URISyntaxException e) {
            throw new RefusedException(Refusal.MALFORMED, reference);
        }
        if (uri.isAbsolute() || reference.startsWith("/") || reference.startsWith("\\") || uri.getPath() == null
                || uri.getRawAuthority() != null) {
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

    /**
     * The file, when it may be read: inside the book's folder as written and, once symbolic
     * links are resolved, still inside it and a regular file. A file that does not exist passes
     * (there is nothing to read). {@code reference} is how the book named it.
     */
    public Path inside(Path file, String reference) throws RefusedException {
        Path normalized = file.toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            throw new RefusedException(Refusal.OUTSIDE, reference);
        }
        if (!Files.exists(normalized, LinkOption.NOFOLLOW_LINKS)) {
            return normalized;
        }
        Path real;
        try {
            real = normalized.toRealPath();
        } catch (IOException e) {
            // A link whose target does not exist: nothing to read, and nothing to tell about it.
            return normalized;
        }
        if (!real.startsWith(realRoot)) {
            throw new RefusedException(Refusal.LINK_OUTSIDE, reference);
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new RefusedException(Refusal.NOT_A_FILE, reference);
        }
        return normalized;
    }

    /** Opens a file of the book, after checking it once more: links may have changed since. */
    public InputStream open(Path file) throws IOException {
        Path checked;
        try {
            checked = inside(file, file.toString());
        } catch (RefusedException e) {
            throw new IOException("refused to read " + file + ": " + e.refusal(), e);
        }
        return Files.newInputStream(checked.toRealPath());
    }

    /** Reads a file of the book; see {@link #open}. */
    public byte[] read(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        }
    }
}
