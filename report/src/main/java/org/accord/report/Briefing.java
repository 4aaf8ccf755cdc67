package org.accord.report;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import org.accord.core.model.Agreement;

/**
 * The briefing on a month, or several, as {@code accord report} writes it: a PDF for a director and the workbook of
 * the same period. A briefing is immutable: each setting returns a new one, so one can be kept and varied. It hands
 * off to {@link Reports}, which documents how the files are written (atomically, into a directory that must exist).
 *
 * <pre>{@code
 * Briefing december = Briefing.monthly(YearMonth.of(2021, 12))
 *         .language(ReportLanguage.ZH)
 *         .title("合作协议月报")
 *         .organisation("合作发展处");
 * december.write(store.agreements(), Path.of("out/briefing-2021-12.pdf"));
 * december.writeWorkbook(store.agreements(), Path.of("out/agreements-2021-12.xlsx"));
 * }</pre>
 *
 * <p>Safe to share between threads.
 */
public final class Briefing {
    private final ReportOptions options;

    private Briefing(ReportOptions options) {
        this.options = options;
    }

    /**
     * The briefing on one month, in English, with the default title and no organisation.
     *
     * @param month the month the briefing covers
     * @return the briefing, to set up further or write
     */
    public static Briefing monthly(YearMonth month) {
        return new Briefing(ReportOptions.of(Period.month(month)));
    }

    /**
     * The briefing on the months from {@code from} to {@code to}, both included, in English, with the default title
     * and no organisation.
     *
     * @param from the first month
     * @param to the last month
     * @return the briefing, to set up further or write
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static Briefing period(YearMonth from, YearMonth to) {
        return new Briefing(ReportOptions.of(new Period(from, to)));
    }

    /**
     * The same briefing with the report's own words (headings, labels, figures) in another language. The agreements
     * are shown as their articles state them, whatever the language.
     *
     * @param language the language of the report's words
     * @return a new briefing; this one is unchanged
     */
    public Briefing language(ReportLanguage language) {
        return new Briefing(new ReportOptions(options.period(), language, options.title(), options.organisation()));
    }

    /**
     * The same briefing with another title on the cover.
     *
     * @param title the title; a blank one gives the default ("Partnership briefing" / "合作协议简报") back
     * @return a new briefing; this one is unchanged
     */
    public Briefing title(String title) {
        requireNonNull(title, "title");
        return new Briefing(new ReportOptions(options.period(), options.language(), title, options.organisation()));
    }

    /**
     * The same briefing made for an organisation, named on the cover and in the running header.
     *
     * @param organisation the organisation; a blank one names none
     * @return a new briefing; this one is unchanged
     */
    public Briefing organisation(String organisation) {
        requireNonNull(organisation, "organisation");
        return new Briefing(new ReportOptions(options.period(), options.language(), options.title(), organisation));
    }

    /**
     * The options this briefing hands to {@link Reports}.
     *
     * @return the period, language, title and organisation
     */
    public ReportOptions options() {
        return options;
    }

    /**
     * Writes the PDF briefing to a file, replacing any file of that name.
     *
     * @param agreements every agreement known (a store's), in any order: the period's are chosen from them, and the
     *     others tell which partners are new and how the months before compare
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     * @see Reports#writePeriodBriefing(Iterable, ReportOptions, Path)
     */
    public void write(Iterable<Agreement> agreements, Path file) {
        Reports.writePeriodBriefing(agreements, options, file);
    }

    /**
     * Writes the PDF briefing to a stream, which is not closed: the caller closes it.
     *
     * @param agreements every agreement known, in any order
     * @param out where to write the PDF
     * @throws ReportException when it cannot be written; the stream may then hold part of a PDF
     */
    public void write(Iterable<Agreement> agreements, OutputStream out) {
        Reports.writePeriodBriefing(agreements, options, out);
    }

    /**
     * Writes the period's workbook to a file, in the briefing's language, replacing any file of that name: the
     * period's agreements, and the agreements per month up to the period's end.
     *
     * @param agreements every agreement known (a store's), in any order; a store's {@code select} streams them
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     * @see Reports#writePeriodWorkbook(Iterable, ReportOptions, Path)
     */
    public void writeWorkbook(Iterable<Agreement> agreements, Path file) {
        Reports.writePeriodWorkbook(agreements, options, file);
    }
}
