package dev.hanzi.publisher.cli;

import dev.hanzi.publisher.PublishListener;
import dev.hanzi.publisher.PublishRequest;
import dev.hanzi.publisher.Publisher;
import dev.hanzi.publisher.diagnostics.PublishException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Watch mode: publishes, then publishes again whenever the book's main file, an included file
 * or an image changes, with the same warm {@link Publisher} (fonts and compiled stylesheets
 * stay loaded). Files are polled rather than watched with WatchService, which misses changes on
 * some file systems (network shares, editors that replace the file).
 */
public final class Watcher {
    private static final Duration POLL = Duration.ofMillis(300);

    private final Publisher publisher;

    public Watcher(Publisher publisher) {
        this.publisher = publisher;
    }

    /** Watches until {@code stop} says so; each build's problems go to the listener, not out. */
    public void watch(PublishRequest request, PublishListener listener, BooleanSupplier stop)
            throws InterruptedException {
        List<Path> files = build(request, listener);
        Map<Path, FileTime> seen = snapshot(files);
        while (!stop.getAsBoolean()) {
            Thread.sleep(POLL.toMillis());
            Map<Path, FileTime> now = snapshot(files);
            if (!now.equals(seen)) {
                files = build(request, listener);
                seen = snapshot(files);
            }
        }
    }

    private List<Path> build(PublishRequest request, PublishListener listener) {
        try {
            return publisher.publish(request, listener).files();
        } catch (PublishException e) {
            e.diagnostics().forEach(listener::report);
            // Keep watching what we know of; the main file at least.
            return List.of(request.source().toAbsolutePath());
        }
    }

    private static Map<Path, FileTime> snapshot(List<Path> files) {
        Map<Path, FileTime> times = new HashMap<>();
        for (Path file : files) {
            try {
                times.put(file, Files.getLastModifiedTime(file));
            } catch (IOException gone) {
                times.put(file, FileTime.fromMillis(0));
            }
        }
        return times;
    }
}
