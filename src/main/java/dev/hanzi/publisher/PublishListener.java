package dev.hanzi.publisher;

import java.time.Duration;

/** Hears what the pipeline does, stage by stage; the CLI prints it. */
public interface PublishListener {
    /** A stage finished: its name, how long it took, and a short result ("37 pages  0.9 MB"). */
    void stageDone(String stage, Duration time, String result);

    /** Something the author should look at, though the book was published. */
    void warning(String message);

    PublishListener SILENT = new PublishListener() {
        @Override
        public void stageDone(String stage, Duration time, String result) {
        }

        @Override
        public void warning(String message) {
        }
    };
}
