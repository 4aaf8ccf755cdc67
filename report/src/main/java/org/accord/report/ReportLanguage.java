package org.accord.report;

/** The language of a report's own words (headings, labels, figures); the agreements keep their own language. */
public enum ReportLanguage {
    /** English. */
    EN,
    /** Simplified Chinese. */
    ZH
}
