package org.accord.report;

/**
 * The language of a report's own words (headings, labels, figures); the agreements keep their own language.
 *
 * <pre>{@code
 * Reports.writeWorkbook(agreements, ReportLanguage.ZH, Path.of("out/agreements.xlsx"));  // sheets 协议, 签约方…
 * Briefing.monthly(YearMonth.of(2021, 12)).language(ReportLanguage.ZH)
 *         .write(store.agreements(), Path.of("out/briefing-2021-12.pdf"));  // 合作协议简报, 2021年12月
 * }</pre>
 */
public enum ReportLanguage {
    /** English. */
    EN,
    /** Simplified Chinese. */
    ZH
}
