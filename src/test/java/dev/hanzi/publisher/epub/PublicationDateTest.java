package dev.hanzi.publisher.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PublicationDateTest {
    @Test
    void datesWrittenAsRealBooksWriteThemBecomeW3cDates() {
        assertEquals(Optional.of("2021"), PublicationDate.w3c("2021"));
        assertEquals(Optional.of("2021-06"), PublicationDate.w3c("2021-06"));
        assertEquals(Optional.of("2021-06-01"), PublicationDate.w3c("2021-06-01"));
        assertEquals(Optional.of("2021-06-01"), PublicationDate.w3c("2021/6/1"));
        assertEquals(Optional.of("2021-06-01"), PublicationDate.w3c("2021-06-01T08:00:00Z"));
        assertEquals(Optional.of("1999-02"), PublicationDate.w3c("1999 年 2 月"));
        assertEquals(Optional.of("2021-06-01"), PublicationDate.w3c("2021年6月1日"));
        assertEquals(Optional.of("2005"), PublicationDate.w3c(" 2005 年 "));
    }

    @Test
    void textThatNamesNoDateGivesNone() {
        assertEquals(Optional.empty(), PublicationDate.w3c("$FreeBSD$"));
        assertEquals(Optional.empty(), PublicationDate.w3c(""));
        assertEquals(Optional.empty(), PublicationDate.w3c("2021-13"));
        assertEquals(Optional.empty(), PublicationDate.w3c("2021-02-30"));
        assertEquals(Optional.empty(), PublicationDate.w3c("春天"));
    }
}
