package org.accord.report;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * What a periodic report covers and how its cover reads.
 *
 * <pre>{@code
 * ReportOptions december = ReportOptions.of(Period.month(YearMonth.of(2021, 12)));  // English, default title
 * ReportOptions quarter = new ReportOptions(new Period(YearMonth.of(2021, 10), YearMonth.of(2021, 12)),
 *         ReportLanguage.ZH, "合作协议季度简报", "合作发展处");
 * Reports.writePeriodBriefing(store.agreements(), quarter, Path.of("out/briefing-2021-10-to-2021-12.pdf"));
 * }</pre>
 *
 * @param period the months the report covers
 * @param language the language of the report's own words
 * @param title the title on the cover; {@code null} for the default ("Partnership briefing" / "合作协议简报")
 * @param organisation the organisation the report is made for, shown on the cover and in the running header;
 *     {@code null} for none
 */
public record ReportOptions(
        Period period, ReportLanguage language, @Nullable String title, @Nullable String organisation) {

    /** Checks that the period and language are present; a blank title or organisation counts as none. */
    public ReportOptions {
        requireNonNull(period, "period");
        requireNonNull(language, "language");
        title = title == null || title.isBlank() ? null : title.strip();
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    }

    /** The report of one period in English, with the default title and no organisation. */
    public static ReportOptions of(Period period) {
        return new ReportOptions(period, ReportLanguage.EN, null, null);
    }
}
