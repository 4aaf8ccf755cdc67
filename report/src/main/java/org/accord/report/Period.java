package org.accord.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a periodic report covers, from the first to the last, both included.
 *
 * <pre>{@code
 * Period december = Period.month(YearMonth.of(2021, 12));
 * Period quarter = new Period(YearMonth.of(2021, 10), YearMonth.of(2021, 12));
 * Reports.writePeriodWorkbook(agreements, quarter, Path.of("out/agreements-" + quarter.fileLabel() + ".xlsx"));
 * }</pre>
 *
 * @param from the first month
 * @param to the last month, not before {@code from}
 */
public record Period(YearMonth from, YearMonth to) {

    /** Checks that the period does not end before it starts. */
    public Period {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        checkArgument(!to.isBefore(from), "period end (%s) must not be before its start (%s)", to, from);
    }

    /** The period of one month. */
    public static Period month(YearMonth month) {
        return new Period(month, month);
    }

    /** Whether the month is in the period. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    /** Whether the period is a single month. */
    public boolean isSingleMonth() {
        return from.equals(to);
    }

    /** The months of the period, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    /** {@code 2021-12} for one month, {@code 2021-10-to-2021-12} for several: the period in file names. */
    public String fileLabel() {
        return isSingleMonth() ? from.toString() : from + "-to-" + to;
    }

    @Override
    public String toString() {
        return isSingleMonth() ? from.toString() : from + " to " + to;
    }
}
