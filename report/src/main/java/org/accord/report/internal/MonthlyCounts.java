package org.accord.report.internal;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.SortedMap;
import java.util.TreeMap;
import org.accord.core.model.Agreement;
import org.accord.core.query.AgreementQuery;
import org.jspecify.annotations.Nullable;

/**
 * Agreements per month, counted one agreement at a time, so that a writer streaming agreements can count them on the
 * way: it holds a number per month, never the agreements. An agreement is in the months
 * {@link AgreementQuery#monthsOf} gives, each once.
 *
 * <p>Internal to the report module and not part of its API: public only because the workbook, in another package,
 * counts its Monthly sheet with it. Callers get that sheet through {@link org.accord.report.Reports}. Not
 * thread-safe. The workbook uses it so:
 *
 * <pre>{@code
 * MonthlyCounts counts = new MonthlyCounts();
 * for (Agreement agreement : agreements) {
 *     counts.add(agreement);
 * }
 * SortedMap<YearMonth, Integer> monthly = counts.spanned();
 * }</pre>
 */
public final class MonthlyCounts {
    private final TreeMap<YearMonth, Integer> counts = new TreeMap<>();

    /** Counts the agreement in each of its months. */
    public void add(Agreement agreement) {
        for (YearMonth month : new LinkedHashSet<>(AgreementQuery.monthsOf(agreement))) {
            counts.merge(month, 1, Integer::sum);
        }
    }

    /** The earliest month counted, or {@code null} when no agreement had a month. */
    public @Nullable YearMonth earliest() {
        return counts.isEmpty() ? null : counts.firstKey();
    }

    /** The counts from one month to another, both included, months without any agreement included as 0. */
    public SortedMap<YearMonth, Integer> between(YearMonth from, YearMonth to) {
        SortedMap<YearMonth, Integer> result = new TreeMap<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            result.put(month, counts.getOrDefault(month, 0));
        }
        return result;
    }

    /**
     * The counts from the earliest month counted to the latest, months without any agreement included as 0; empty
     * when no agreement had a month.
     */
    public SortedMap<YearMonth, Integer> spanned() {
        SortedMap<YearMonth, Integer> spanned = new TreeMap<>();
        if (counts.isEmpty()) {
            return spanned;
        }
        for (YearMonth month = counts.firstKey(); !month.isAfter(counts.lastKey()); month = month.plusMonths(1)) {
            spanned.put(month, counts.getOrDefault(month, 0));
        }
        return spanned;
    }
}
