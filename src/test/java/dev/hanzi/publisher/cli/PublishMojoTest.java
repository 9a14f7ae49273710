package dev.hanzi.publisher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Maven plugin's build date: SOURCE_DATE_EPOCH, else the pom's outputTimestamp, else the book's pubdate. */
class PublishMojoTest {
    @Test
    void sourceDateEpochWinsOverThePom() {
        assertEquals(Optional.of(Instant.parse("2021-06-01T00:00:00Z")),
                PublishMojo.buildDate("1622505600", "2025-01-01T00:00:00Z"));
    }

    @Test
    void thePomsTimestampIsReadAsMavenWritesIt() {
        assertEquals(Optional.of(Instant.parse("2025-01-01T00:00:00Z")), PublishMojo.buildDate(null, "2025-01-01T00:00:00Z"));
        assertEquals(Optional.of(Instant.parse("2024-12-31T16:00:00Z")), PublishMojo.buildDate("", "2025-01-01T00:00:00+08:00"));
        assertEquals(Optional.of(Instant.parse("2021-06-01T00:00:00Z")), PublishMojo.buildDate(" ", "1622505600"));
    }

    @Test
    void withoutATimestampTheBooksPubdateIsUsed() {
        assertEquals(Optional.empty(), PublishMojo.buildDate(null, null));
        // One character switches Maven's reproducible timestamps off.
        assertEquals(Optional.empty(), PublishMojo.buildDate(null, "a"));
    }

    @Test
    void aTimestampThatIsNoDateIsAnErrorThatSaysSo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PublishMojo.buildDate(null, "last tuesday"));
        assertTrue(e.getMessage().contains("project.build.outputTimestamp") && e.getMessage().contains("last tuesday"),
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PublishMojo.buildDate("yesterday", null));
    }
}
