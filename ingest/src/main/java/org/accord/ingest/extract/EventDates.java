package org.accord.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the pieces of a date an article gives against its publication date. A date without a year takes the
 * publication year, or the year before when that would put the event more than a week after publication (a post of
 * January 3rd about "December 28"). Without a publication date, a date without a year resolves to nothing.
 */
final class EventDates {
    /** Articles are sometimes dated a little before the event they announce. */
    private static final int DAYS_AHEAD_ALLOWED = 7;

    private EventDates() {
    }

    static Optional<SigningDate> day(@Nullable Integer year, int month, int day, @Nullable LocalDate published) {
        try {
            if (year != null) {
                return Optional.of(SigningDate.ofDay(LocalDate.of(year, month, day)));
            }
            if (published == null) {
                return Optional.empty();
            }
            LocalDate date = LocalDate.of(published.getYear(), month, day);
            if (date.isAfter(published.plusDays(DAYS_AHEAD_ALLOWED))) {
                date = date.minusYears(1);
            }
            return Optional.of(SigningDate.ofDay(date));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    static Optional<SigningDate> dayOfPublicationMonth(int day, @Nullable LocalDate published) {
        if (published == null) {
            return Optional.empty();
        }
        try {
            LocalDate date = published.withDayOfMonth(day);
            return Optional.of(SigningDate.ofDay(date.isAfter(published) ? date.minusMonths(1) : date));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    static Optional<SigningDate> month(int year, int month) {
        try {
            return Optional.of(SigningDate.ofMonth(YearMonth.of(year, month)));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }

    static Optional<SigningDate> daysBefore(int days, @Nullable LocalDate published) {
        return published == null ? Optional.empty() : Optional.of(SigningDate.ofDay(published.minusDays(days)));
    }
}
