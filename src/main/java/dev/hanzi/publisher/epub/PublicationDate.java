package dev.hanzi.publisher.epub;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book's {@code pubdate} as the EPUB package's {@code dc:date} wants it: W3C date-time
 * (YYYY, YYYY-MM or YYYY-MM-DD). DocBook's pubdate is free text, and real books write
 * 「1999 年 2 月」, 「2021年6月1日」 or a version-control keyword ({@code $FreeBSD$}); those
 * that name a date are read as one, the others give no dc:date at all rather than one that
 * EPUBCheck flags (OPF-053) and reading systems cannot sort by.
 */
final class PublicationDate {
    /** 2021, 2021-06, 2021-06-01, 2021/6/1, 2021.6.1 and the same with a time after it. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?(?:T.*| \\d{1,2}:.*)?");
    /** 1999 年 2 月, 2021年6月1日 (with or without spaces). */
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");

    private PublicationDate() {
    }

    static Optional<String> w3c(String pubdate) {
        String text = pubdate.strip();
        for (Pattern pattern : new Pattern[] {NUMERIC, CHINESE}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return format(m.group(1), m.group(2), m.group(3));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> format(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (month == null) {
                return Optional.of(String.format("%04d", y));
            }
            if (day == null) {
                return Optional.of(YearMonth.of(y, Integer.parseInt(month)).toString());
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString());
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
