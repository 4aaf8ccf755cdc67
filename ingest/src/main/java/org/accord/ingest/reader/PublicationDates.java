package org.accord.ingest.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written out in an article's header: {@code 2019-04-02}, {@code 2019/4/2},
 * {@code 2019年4月2日}, {@code Apr 2, 2019}, {@code 2 April 2019}, or else a compact time stamp
 * ({@code 20220926142225}). Only full dates count: a publication date without a year resolves nothing.
 */
final class PublicationDates {
    private static final String MONTHS =
            "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
                    + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})\\s+" + MONTHS + ",?\\s+((?:19|20)\\d{2})\\b");

    /**
     * A compact date and time, "20220926142225": how pages name what they upload ("微信图片_20220926142225"), at
     * the time of writing. Only where no date is written out.
     */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:[01]\\d|2[0-3])[0-5]\\d[0-5]\\d(?!\\d)");

    private PublicationDates() {
    }

    /** The earliest-placed full date in the text. */
    static Optional<LocalDate> find(String text) {
        Found best = null;
        Matcher m = NUMERIC.matcher(text);
        if (m.find()) {
            best = Found.better(best, m.start(), date(m.group(1), m.group(2), m.group(3)));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            best = Found.better(best, m.start(), date(m.group(3), month(m.group(1)), m.group(2)));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            best = Found.better(best, m.start(), date(m.group(3), month(m.group(2)), m.group(1)));
        }
        if (best == null) {
            m = TIMESTAMP.matcher(text);
            if (m.find()) {
                best = Found.better(null, m.start(), date(m.group(1), m.group(2), m.group(3)));
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.date);
    }

    /** Parses an ISO-like date at the start of a value such as {@code 2021-12-17 18:33:12 +0800}. */
    static Optional<LocalDate> parseLeading(String value) {
        Matcher m = NUMERIC.matcher(value.strip());
        return m.lookingAt() ? Optional.ofNullable(date(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    /**
     * Parses a date as metadata states it: ISO-like ({@code 2021-12-17T10:00:00+08:00}), RFC 1123 as in RSS
     * ({@code Fri, 17 Dec 2021 10:00:00 +0800}, the date as written, in its own zone), or any full date in the value.
     */
    static Optional<LocalDate> parseStated(String value) {
        Optional<LocalDate> leading = parseLeading(value);
        if (leading.isPresent()) {
            return leading;
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException notRfc1123) {
            return find(value);
        }
    }

    static String month(String name) {
        String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return Integer.toString(month.getValue());
            }
        }
        throw new IllegalArgumentException("not a month name: " + name);
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private record Found(int position, LocalDate date) {
        static Found better(Found current, int position, LocalDate date) {
            if (date == null || (current != null && current.position <= position)) {
                return current;
            }
            return new Found(position, date);
        }
    }
}
