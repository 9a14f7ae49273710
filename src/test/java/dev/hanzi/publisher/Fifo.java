package dev.hanzi.publisher;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A named pipe that tells whether anything opened it for reading: CI runs as root, so file
 * permissions prove nothing about what the publisher reads. A watcher thread opens the pipe for
 * writing, which blocks until a reader opens it; when a reader does, the watcher records it,
 * hands the reader {@link #CONTENT} (so that it never hangs) and waits for the next one.
 * {@link #close} releases the watcher by opening the pipe itself: an open after that is not
 * counted.
 */
final class Fifo implements AutoCloseable {
    /** What a reader of the pipe gets: a string that must never appear in any output or message. */
    static final String CONTENT = "FIFO-SECRET-7f3a";

    private final Path path;
    private final Thread watcher;
    private final AtomicInteger openedByOthers = new AtomicInteger();
    private volatile boolean closing;
    private volatile Throwable failure;

    private Fifo(Path path) {
        this.path = path;
        this.watcher = new Thread(this::watch, "fifo watcher " + path.getFileName());
        this.watcher.setDaemon(true);
        this.watcher.start();
    }

    /** Makes the named pipe {@code path} (mkfifo) and starts watching it. */
    static Fifo create(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        String output = new String(mkfifo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
            throw new IOException("mkfifo " + path + " failed: " + output);
        }
        return new Fifo(path);
    }

    Path path() {
        return path;
    }

    /** A file: URI of the pipe, as a hostile book writes it. */
    String uri() {
        return path.toUri().toString();
    }

    private void watch() {
        while (!closing) {
            // Blocks until a reader opens the pipe (or close() does, to end this thread).
            try (OutputStream out = new FileOutputStream(path.toFile())) {
                if (closing) {
                    return;
                }
                openedByOthers.incrementAndGet();
                out.write(CONTENT.getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // A reader that closed early (broken pipe): it opened the pipe all the same.
                if (closing) {
                    return;
                }
            } catch (RuntimeException | Error e) {
                failure = e;
                return;
            }
            // The reader has its content and end of file: give it time to close before the next
            // open, which would otherwise meet the same reader again.
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** How many times something other than this class opened the pipe for reading (0, or at least once). */
    int timesOpened() {
        return openedByOthers.get();
    }

    /**
     * Ends the watcher: opens the pipe read-write, which on Linux never blocks and lets the
     * watcher's blocked open return, then waits for the thread to end.
     */
    @Override
    public void close() throws IOException, InterruptedException {
        closing = true;
        while (watcher.isAlive()) {
            try (RandomAccessFile release = new RandomAccessFile(path.toFile(), "rw")) {
                watcher.join(200);
            }
        }
        if (failure != null) {
            throw new IllegalStateException("the watcher of " + path + " failed", failure);
        }
    }
}
