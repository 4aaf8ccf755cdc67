package org.accord.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.time.YearMonth;
import java.util.SortedMap;
import org.accord.core.model.Agreement;
import org.accord.report.excel.AgreementWorkbook;
import org.accord.report.internal.PeriodFigures;
import org.accord.report.pdf.AgreementBriefing;
import org.accord.report.pdf.PeriodBriefing;

/**
 * Writes agreements as reports: an Excel workbook with one row per agreement, a PDF briefing on one agreement, and
 * the briefing and workbook of a period (a month, or several) drawn from every agreement of a store.
 *
 * <p>Files are written atomically: the report goes to a temporary file in the target's directory, which is then
 * renamed to the target, so a reader never sees half a report and a failure leaves any earlier file untouched. The
 * directory must exist. Text from articles is written as text: a value that looks like a spreadsheet formula stays a
 * string, and only {@code http} and {@code https} addresses become links.
 *
 * <pre>{@code
 * Reports.writeWorkbook(agreements, Path.of("out/agreements.xlsx"));
 * Reports.writeBriefing(agreements.get(0), Path.of("out/briefing.pdf"));
 * ReportOptions december = ReportOptions.of(Period.month(YearMonth.of(2021, 12)));
 * Reports.writePeriodBriefing(store.agreements(), december, Path.of("out/briefing-2021-12.pdf"));
 * Reports.writePeriodWorkbook(store.agreements(), december.period(), Path.of("out/agreements-2021-12.xlsx"));
 * }</pre>
 *
 * <p>All methods are safe to call from several threads at once.
 */
public final class Reports {
    private static final String WORKBOOK = "workbook";
    private static final String BRIEFING = "briefing";
    private static final String PERIOD_BRIEFING = "period briefing";

    private Reports() {
    }

    /**
     * Writes the workbook (.xlsx) to a file, replacing any file of that name.
     *
     * @param agreements the agreements, one row each, in this order
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writeWorkbook(List<Agreement> agreements, Path file) {
        List<Agreement> rows = List.copyOf(agreements);
        requireNonNull(file, "file");
        AtomicFiles.write(file, out -> AgreementWorkbook.write(rows, out));
    }

    /**
     * Writes the workbook (.xlsx) to a stream. The stream is flushed as far as the workbook writer flushes it, and is
     * not closed: the caller closes it.
     *
     * @param agreements the agreements, one row each, in this order
     * @param out where to write the workbook
     * @throws ReportException when it cannot be written; the stream may then hold part of a workbook
     */
    public static void writeWorkbook(List<Agreement> agreements, OutputStream out) {
        List<Agreement> rows = List.copyOf(agreements);
        requireNonNull(out, "out");
        try {
            AgreementWorkbook.write(rows, out);
        } catch (IOException | RuntimeException e) {
            throw new ReportException(WORKBOOK, e);
        }
    }

    /**
     * Writes the PDF briefing on one agreement to a file, replacing any file of that name.
     *
     * @param agreement the agreement
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writeBriefing(Agreement agreement, Path file) {
        requireNonNull(agreement, "agreement");
        requireNonNull(file, "file");
        AtomicFiles.write(file, out -> AgreementBriefing.write(agreement, out));
    }

    /**
     * Writes the PDF briefing on one agreement to a stream. The stream is not closed: the caller closes it.
     *
     * @param agreement the agreement
     * @param out where to write the PDF
     * @throws ReportException when it cannot be written; the stream may then hold part of a PDF
     */
    public static void writeBriefing(Agreement agreement, OutputStream out) {
        requireNonNull(agreement, "agreement");
        requireNonNull(out, "out");
        try {
            AgreementBriefing.write(agreement, out);
        } catch (RuntimeException e) {
            throw new ReportException(BRIEFING, e);
        }
    }

    /**
     * Writes the briefing on a period (cover with headline figures and charts, contents, a table of the period's
     * agreements, one section per agreement) to a file, replacing any file of that name. The same agreements and
     * options give the same document content: its dates are the end of the period, not the time of writing.
     *
     * @param agreements every agreement known (a store's), in any order: the period's are chosen from them, and the
     *     others tell which partners are new and how the months before compare
     * @param options the period, the language of the report's words, the title and the organisation
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writePeriodBriefing(List<Agreement> agreements, ReportOptions options, Path file) {
        requireNonNull(options, "options");
        requireNonNull(file, "file");
        PeriodFigures figures = PeriodFigures.of(List.copyOf(agreements), options.period());
        AtomicFiles.write(file, out -> PeriodBriefing.write(figures, options, out));
    }

    /**
     * Writes the briefing on a period to a stream, which is not closed (see
     * {@link #writePeriodBriefing(List, ReportOptions, Path)}).
     *
     * @param agreements every agreement known, in any order
     * @param options the period, the language of the report's words, the title and the organisation
     * @param out where to write the PDF
     * @throws ReportException when it cannot be written; the stream may then hold part of a PDF
     */
    public static void writePeriodBriefing(List<Agreement> agreements, ReportOptions options, OutputStream out) {
        requireNonNull(options, "options");
        requireNonNull(out, "out");
        PeriodFigures figures = PeriodFigures.of(List.copyOf(agreements), options.period());
        try {
            PeriodBriefing.write(figures, options, out);
        } catch (RuntimeException e) {
            throw new ReportException(PERIOD_BRIEFING, e);
        }
    }

    /**
     * Writes the workbook of a period to a file, replacing any file of that name: the period's agreements in every
     * sheet but Monthly, which counts the agreements of every month from the earliest known to the period's end.
     *
     * @param agreements every agreement known (a store's), in any order
     * @param period the period
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writePeriodWorkbook(List<Agreement> agreements, Period period, Path file) {
        requireNonNull(period, "period");
        requireNonNull(file, "file");
        List<Agreement> all = List.copyOf(agreements);
        List<Agreement> rows = PeriodFigures.of(all, period).agreements();
        SortedMap<YearMonth, Integer> monthly = monthsUpTo(all, period);
        AtomicFiles.write(file, out -> AgreementWorkbook.write(rows, monthly, out));
    }

    private static SortedMap<YearMonth, Integer> monthsUpTo(List<Agreement> all, Period period) {
        SortedMap<YearMonth, Integer> known = PeriodFigures.monthlyCounts(all);
        YearMonth first = known.isEmpty() || known.firstKey().isAfter(period.from()) ? period.from()
                : known.firstKey();
        return PeriodFigures.monthlyCounts(all, first, period.to());
    }
}
