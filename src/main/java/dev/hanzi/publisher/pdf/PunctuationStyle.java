package dev.hanzi.publisher.pdf;

import java.util.Locale;

/** How a stop or closing mark ends a full line, and an opening mark starts one. */
enum PunctuationStyle {
    /** Its empty half taken away: the ink at the margin (the default). */
    TRIM,
    /** Kept full width (全角式). */
    FULL,
    /** A line-end mark set in the margin, the line filled to the measure without it. */
    HANG;

    static PunctuationStyle named(String name) {
        return name == null || name.isEmpty() ? TRIM : valueOf(name.toUpperCase(Locale.ROOT));
    }
}
