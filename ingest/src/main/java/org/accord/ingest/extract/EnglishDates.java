package org.accord.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;

/**
 * The date an English sentence gives for an event ("May 29, 2024", "28 May", "in March 2023", "yesterday",
 * "Thursday"), read past a release's dateline; and whether a word belongs to a date, so that names stop before it.
 */
final class EnglishDates {
    private static final String MONTHS = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    /** A month's name or abbreviation, without a capturing group, for patterns that place dates. */
    static final String MONTH_NAME = "(?:" + MONTHS + ")\\.?";
    private static final String MONTH = "(" + MONTHS + ")\\.?";
    /** A release's dateline: optional place, the date, an optional wire in slashes or brackets, then a dash. */
    private static final Pattern DATELINE = Pattern.compile("\\s*(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+)?(?:[\\p{Lu}][\\p{L} .,'’-]{0,40}"
            + "(?:,|\\s[-–—])\\s+)?(?:" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})|(\\d{1,2})\\s+" + MONTH
            + "\\s+((?:19|20)\\d{2}))\\s*(?:/[^/]{1,40}/|\\([\\p{Lu}\\s]{2,30}\\))?\\s*(?:--|—|–|-)\\s*");
    private static final Pattern DATE_LABEL = Pattern.compile("^\\s*date\\s+\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern MONTH_OR_DAY = Pattern.compile(
            MONTH + "|\\d+(st|nd|rd|th)?,?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in|In|during)\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "\\b(yesterday|today|this (?:morning|afternoon|evening)|(?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|"
                    + "Saturday|Sunday))\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The words of the only dates above written without a digit: most sentences hold neither, and are spared. Found
     * anywhere, as {@code \\b} in the patterns would find them next to any sign ("yesterday¹").
     */
    private static final Literals DIGITLESS_DATES = Literals.substringsIgnoringCase(List.of("yesterday", "today",
            "this morning", "this afternoon", "this evening", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday"));

    private EnglishDates() {
    }

    /** The date the sentence gives for an event, resolved against the publication date. */
    static Optional<SigningDate> in(String written, @Nullable LocalDate published) {
        if (!hasDigit(written) && !DIGITLESS_DATES.foundIn(written)) {
            return Optional.empty();
        }
        // "HONG KONG, May 29, 2024 /PRNewswire/ -- ... signed yesterday (28 May)": the dateline dates the release.
        Matcher dateline = DATELINE.matcher(written);
        // A page's own "date 2024-03-19" label dates the page, not the event.
        String sentence = DATE_LABEL.matcher(written).replaceFirst("");
        if (dateline.lookingAt()) {
            sentence = written.substring(dateline.end());
            published = EventDates.day(Integer.valueOf(dateline.group(3) != null ? dateline.group(3) : dateline.group(6)),
                    month(dateline.group(1) != null ? dateline.group(1) : dateline.group(5)),
                    Integer.parseInt(dateline.group(2) != null ? dateline.group(2) : dateline.group(4)), null)
                    .map(SigningDate::date).orElse(published);
        }
        Matcher iso = ISO.matcher(sentence);
        if (iso.find()) {
            return EventDates.day(Integer.valueOf(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)), published);
        }
        Matcher md = MONTH_DAY.matcher(sentence);
        if (md.find()) {
            return EventDates.day(year(md.group(3)), month(md.group(1)), Integer.parseInt(md.group(2)), published);
        }
        Matcher dm = DAY_MONTH.matcher(sentence);
        if (dm.find()) {
            return EventDates.day(year(dm.group(3)), month(dm.group(2)), Integer.parseInt(dm.group(1)), published);
        }
        Matcher my = MONTH_YEAR.matcher(sentence);
        if (my.find()) {
            return EventDates.month(Integer.parseInt(my.group(2)), month(my.group(1)));
        }
        Matcher relative = RELATIVE_DAY.matcher(sentence);
        if (relative.find() && published != null) {
            String word = relative.group(1).toLowerCase(Locale.ROOT);
            if (word.equals("yesterday")) {
                return EventDates.daysBefore(1, published);
            }
            if (relative.group(2) != null) {
                DayOfWeek day = DayOfWeek.valueOf(relative.group(2).toUpperCase(Locale.ROOT));
                return Optional.of(SigningDate.ofDay(published.with(TemporalAdjusters.previousOrSame(day))));
            }
            return EventDates.daysBefore(0, published);
        }
        return Optional.empty();
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Integer year(@Nullable String year) {
        return year == null ? null : Integer.valueOf(year);
    }

    private static int month(String name) {
        return Integer.parseInt(MonthNames.number(name));
    }

    /** Whether the word is a month, a day of the month ("29th,") or a weekday: part of a date, not of a name. */
    static boolean isMonthOrDay(String word) {
        return MONTH_OR_DAY.matcher(word).matches();
    }
}
