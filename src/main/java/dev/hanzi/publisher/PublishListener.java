package dev.hanzi.publisher;

import dev.hanzi.publisher.diagnostics.Diagnostic;
import java.time.Duration;

/** Hears what the pipeline does, stage by stage; the CLI prints it. */
public interface PublishListener {
    /** A stage finished: its name, how long it took, and a short result ("37 pages  0.9 MB"). */
    void stageDone(String stage, Duration time, String result);

    /**
     * Something the author should look at: a warning of a book that was published, or (in watch
     * mode, which goes on) an error of a build that failed.
     */
    void report(Diagnostic diagnostic);

    PublishListener SILENT = new PublishListener() {
        @Override
        public void stageDone(String stage, Duration time, String result) {
        }

        @Override
        public void report(Diagnostic diagnostic) {
        }
    };
}
