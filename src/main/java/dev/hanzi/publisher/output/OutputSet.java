package dev.hanzi.publisher.output;

import dev.hanzi.publisher.diagnostics.Code;
import dev.hanzi.publisher.diagnostics.Location;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The outputs of one build, all or none: each is written to a hidden temporary file (or folder)
 * beside its target, and only when every one of them is complete are they moved into place.
 * Closing the set without {@link #commit} removes the temporaries and leaves every earlier
 * output as it was.
 */
public final class OutputSet implements AutoCloseable {
    private final List<Staged> staged = new ArrayList<>();
    private boolean committed;

    /** An output being written: where it goes, and where it is written until then. */
    private record Staged(Path target, Path temporary, boolean folder) {
    }

    /** A temporary file for the output {@code target}, in the same folder (a move there is atomic). */
    public synchronized Path file(Path target) throws PublishException {
        return stage(target, false);
    }

    /** A temporary folder for the output folder {@code target} (proofs). */
    public synchronized Path folder(Path target) throws PublishException {
        return stage(target, true);
    }

    private Path stage(Path target, boolean folder) throws PublishException {
        Path directory = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(directory);
            // Not createTempFile: its owner-only permissions would end up on the finished file.
            Path temporary = directory.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + System.nanoTime() + ".part");
            if (folder) {
                Files.createDirectory(temporary);
            } else {
                Files.createFile(temporary);
            }
            staged.add(new Staged(target.toAbsolutePath(), temporary, folder));
            return temporary;
        } catch (IOException e) {
            throw new PublishException(Code.OUT_CANNOT_CREATE, Location.of(target),
                    Map.of("reason", AtomicOutput.reason(e)), e);
        }
    }

    /** Moves every output into place, replacing what was there. */
    public synchronized void commit() throws PublishException {
        for (Staged output : staged) {
            try {
                if (output.folder()) {
                    replaceFolder(output.temporary(), output.target());
                } else {
                    AtomicOutput.move(output.temporary(), output.target());
                }
            } catch (IOException e) {
                throw new PublishException(Code.OUT_WRITE_FAILED, Location.of(output.target()),
                        Map.of("reason", AtomicOutput.reason(e)), e);
            }
        }
        committed = true;
    }

    /** A folder cannot replace a folder in one move: the old one steps aside first. */
    private static void replaceFolder(Path temporary, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old);
        }
        Files.move(temporary, target);
        if (old != null) {
            delete(old);
        }
    }

    @Override
    public synchronized void close() {
        if (committed) {
            return;
        }
        for (Staged output : staged) {
            try {
                delete(output.temporary());
            } catch (IOException ignored) {
                // Hidden and named as ours: the next build of the same output does not read it.
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
