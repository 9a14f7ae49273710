package dev.hanzi.publisher.output;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Writes an output file so that it is either complete or not there: the bytes go to a temporary
 * file beside the target, which replaces the target only when everything was written. A failed
 * build leaves no half-written file and never destroys an earlier good one.
 */
public final class AtomicOutput {
    /** Writes the content of one output file. */
    @FunctionalInterface
    public interface Writer<T> {
        T write(OutputStream out) throws IOException, PublishException;
    }

    private AtomicOutput() {
    }

    public static <T> T write(Path target, Writer<T> writer) throws PublishException {
        Path directory = target.toAbsolutePath().getParent();
        Path temporary;
        try {
            Files.createDirectories(directory);
            // Not createTempFile: its owner-only permissions would end up on the finished file.
            temporary = directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + System.nanoTime() + ".part");
            Files.createFile(temporary);
        } catch (IOException e) {
            throw new PublishException(Code.OUT_CANNOT_CREATE, Location.of(target), Map.of("reason", reason(e)), e);
        }
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                result = writer.write(out);
            }
            move(temporary, target);
            return result;
        } catch (IOException e) {
            throw new PublishException(Code.OUT_WRITE_FAILED, Location.of(target), Map.of("reason", reason(e)), e);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // Nothing more to do: the temporary file is hidden and the target is untouched.
            }
        }
    }

    static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
