package dev.hanzi.publisher.check;

import java.util.List;

/** Which of the book's fonts cannot draw a character: the fonts answer, the checker asks. */
@FunctionalInterface
public interface GlyphCoverage {
    /** The names of the font files that lack the character; empty when all have it. */
    List<String> fontsLacking(int codePoint);
}
