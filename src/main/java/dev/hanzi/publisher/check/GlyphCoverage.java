package dev.hanzi.publisher.check;

import java.util.List;

/**
 * Which of the book's fonts cannot draw a character: the fonts answer, the checker asks. Every
 * font registered for the PDF answers, the monospaced face of code (Noto Sans Mono CJK SC, issue
 * 15) among them, since any character of the text may be set in code.
 */
@FunctionalInterface
public interface GlyphCoverage {
    /** The names of the font files that lack the character; empty when all have it. */
    List<String> fontsLacking(int codePoint);
}
