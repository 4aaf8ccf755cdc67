package org.accord.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The date of a signing, as precisely as the article states it.
 *
 * <pre>{@code
 * SigningDate day = SigningDate.ofDay(LocalDate.of(2021, 12, 15));
 * SigningDate month = SigningDate.ofMonth(YearMonth.of(2021, 12));
 * day.iso();                     // "2021-12-15"; month.iso() is "2021-12"
 * day.isCompatibleWith(month);   // true: it may be that day; not with ofDay(2021-12-16)
 * }</pre>
 *
 * @param date the date; for {@link DatePrecision#MONTH} the first of the month
 * @param precision how much of the date is known
 */
public record SigningDate(LocalDate date, DatePrecision precision) {

    /** Checks that a month-precise date is the first of its month. */
    public SigningDate {
        requireNonNull(date, "date");
        requireNonNull(precision, "precision");
        checkArgument(precision == DatePrecision.DAY || date.getDayOfMonth() == 1,
                "a month-precise date (%s) must be the first of its month", date);
    }

    /** A date known to the day. */
    public static SigningDate ofDay(LocalDate date) {
        return new SigningDate(date, DatePrecision.DAY);
    }

    /** A date known to the month. */
    public static SigningDate ofMonth(YearMonth month) {
        return new SigningDate(month.atDay(1), DatePrecision.MONTH);
    }

    /** The month of the signing. */
    public YearMonth month() {
        return YearMonth.from(date);
    }

    /** ISO form to its precision: {@code 2021-12-15} or {@code 2021-12}. */
    public String iso() {
        return precision == DatePrecision.DAY ? date.toString() : month().toString();
    }

    /** Whether the two dates can name the same day: equal, or equal to the coarser one's precision. */
    public boolean isCompatibleWith(SigningDate other) {
        if (precision == DatePrecision.DAY && other.precision == DatePrecision.DAY) {
            return date.equals(other.date);
        }
        return month().equals(other.month());
    }

    @Override
    public String toString() {
        return iso();
    }
}
