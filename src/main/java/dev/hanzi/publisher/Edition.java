package dev.hanzi.publisher;

import java.util.Locale;

/** The two PDF editions of a book. */
public enum Edition {
    /** Tagged, archival, linked: PDF/UA-1 and PDF/A-2u, for screens, screen readers and archives. */
    SCREEN,
    /** PDF/X for the print shop: bleed, crop marks, chapters opening on recto pages. */
    PRINT;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Edition fromName(String value) {
        for (Edition edition : values()) {
            if (edition.cliName().equals(value.toLowerCase(Locale.ROOT))) {
                return edition;
            }
        }
        throw new IllegalArgumentException("unknown edition '" + value + "' (choose screen|print)");
    }
}
