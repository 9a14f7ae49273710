package dev.hanzi.publisher.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps FOP's and Saxon's internal chatter (logged through java.util.logging) off the console. */
final class Logging {
    private Logging() {
    }

    static void quiet(boolean verbose) {
        // The root logger is held by the LogManager for the life of the JVM, so its level sticks.
        Logger root = Logger.getLogger("");
        root.setLevel(verbose ? Level.INFO : Level.SEVERE);
        for (var handler : root.getHandlers()) {
            handler.setLevel(verbose ? Level.INFO : Level.SEVERE);
        }
    }
}
