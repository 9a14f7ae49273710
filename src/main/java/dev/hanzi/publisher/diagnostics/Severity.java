package dev.hanzi.publisher.diagnostics;

import java.util.Locale;

/** How much a diagnostic matters: an error stops the book; a warning is printed and the book published. */
public enum Severity {
    ERROR,
    WARNING;

    /** As printed: {@code error}, {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
