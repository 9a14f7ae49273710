package dev.hanzi.publisher.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes go into the stylesheets' regular expressions inside [ ] as they stand (the
 * openers escaped): a character that means something there would change every pattern quietly.
 */
class CharacterClassesTest {
    @Test
    void theMarksHoldNoCharacterThatMeansSomethingInsideBrackets() {
        for (String marks : List.of(CharacterClasses.CLOSING, CharacterClasses.OPENING)) {
            assertEquals("", marks.replaceAll("[^\\\\\\-\\[\\]^]", ""), marks);
        }
        // Each mark once, in one class only.
        String all = CharacterClasses.CLOSING + CharacterClasses.OPENING;
        assertEquals(all.length(), all.chars().distinct().count(), all);
    }
}
