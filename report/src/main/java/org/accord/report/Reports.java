package org.accord.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.time.YearMonth;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.accord.core.model.Agreement;
import org.accord.report.excel.AgreementWorkbook;
import org.accord.report.internal.MonthlyCounts;
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
 * Reports.writePeriodWorkbook(store.agreements(), december, Path.of("out/agreements-2021-12.xlsx"));
 * }</pre>
 *
 * <p>The workbook methods that take an {@code Iterable} read the agreements once per sheet and never hold them all,
 * so that a workbook of any size is written in bounded memory from a view that reads the agreements again each time.
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
     * Writes the workbook (.xlsx) in English to a file, replacing any file of that name.
     *
     * @param agreements the agreements, one row each, in this order
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writeWorkbook(List<Agreement> agreements, Path file) {
        writeWorkbook(List.copyOf(agreements), ReportLanguage.EN, file);
    }

    /**
     * Writes the workbook (.xlsx) in English to a stream. The stream is flushed as far as the workbook writer flushes
     * it, and is not closed: the caller closes it.
     *
     * @param agreements the agreements, one row each, in this order
     * @param out where to write the workbook
     * @throws ReportException when it cannot be written; the stream may then hold part of a workbook
     */
    public static void writeWorkbook(List<Agreement> agreements, OutputStream out) {
        writeWorkbook(List.copyOf(agreements), ReportLanguage.EN, out);
    }

    /**
     * Writes the workbook (.xlsx) to a file, replacing any file of that name, with its sheet names and headers in a
     * language.
     *
     * <p>The agreements are read once per sheet, and never all held: give a view that reads them again from where
     * they are kept, and a workbook of any number of agreements is written in bounded memory. They must come the same,
     * in the same order, each time they are iterated (a {@code List} does).
     *
     * <pre>{@code
     * // Made anew for each sheet, one agreement at a time: never all in memory.
     * Iterable<Agreement> all = () -> IntStream.range(0, 100_000).mapToObj(i -> agreement(i)).iterator();
     * Reports.writeWorkbook(all, ReportLanguage.ZH, Path.of("out/agreements.xlsx"));
     * }</pre>
     *
     * @param agreements the agreements, one row each, in this order
     * @param language the language of the sheet names, headers and the workbook's other words
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written, or when the agreements do not come the same
     *     each time
     */
    public static void writeWorkbook(Iterable<Agreement> agreements, ReportLanguage language, Path file) {
        requireNonNull(agreements, "agreements");
        requireNonNull(language, "language");
        requireNonNull(file, "file");
        AtomicFiles.write(file, out -> AgreementWorkbook.write(agreements, language, out));
    }

    /**
     * Writes the workbook (.xlsx) to a stream, with its sheet names and headers in a language (see
     * {@link #writeWorkbook(Iterable, ReportLanguage, Path)}). The stream is not closed: the caller closes it.
     *
     * @param agreements the agreements, one row each, in this order; iterated once per sheet
     * @param language the language of the sheet names, headers and the workbook's other words
     * @param out where to write the workbook
     * @throws ReportException when it cannot be written; the stream may then hold part of a workbook
     */
    public static void writeWorkbook(Iterable<Agreement> agreements, ReportLanguage language, OutputStream out) {
        requireNonNull(agreements, "agreements");
        requireNonNull(language, "language");
        requireNonNull(out, "out");
        try {
            AgreementWorkbook.write(agreements, language, out);
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
        writePeriodBriefing((Iterable<Agreement>) List.copyOf(agreements), options, file);
    }

    /**
     * Writes the briefing on a period to a file, as {@link #writePeriodBriefing(List, ReportOptions, Path)} does, from
     * agreements read once and held only when they are the period's: the others are read and let go.
     *
     * @param agreements every agreement known, in any order; iterated once
     * @param options the period, the language of the report's words, the title and the organisation
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writePeriodBriefing(Iterable<Agreement> agreements, ReportOptions options, Path file) {
        requireNonNull(agreements, "agreements");
        requireNonNull(options, "options");
        requireNonNull(file, "file");
        PeriodFigures figures = PeriodFigures.of(agreements, options.period());
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
        writePeriodBriefing((Iterable<Agreement>) List.copyOf(agreements), options, out);
    }

    /**
     * Writes the briefing on a period to a stream, which is not closed (see
     * {@link #writePeriodBriefing(Iterable, ReportOptions, Path)}).
     *
     * @param agreements every agreement known, in any order; iterated once
     * @param options the period, the language of the report's words, the title and the organisation
     * @param out where to write the PDF
     * @throws ReportException when it cannot be written; the stream may then hold part of a PDF
     */
    public static void writePeriodBriefing(Iterable<Agreement> agreements, ReportOptions options, OutputStream out) {
        requireNonNull(agreements, "agreements");
        requireNonNull(options, "options");
        requireNonNull(out, "out");
        PeriodFigures figures = PeriodFigures.of(agreements, options.period());
        try {
            PeriodBriefing.write(figures, options, out);
        } catch (RuntimeException e) {
            throw new ReportException(PERIOD_BRIEFING, e);
        }
    }

    /**
     * Writes the workbook of a period in English to a file, replacing any file of that name: the period's agreements
     * in every sheet but Monthly, which counts the agreements of every month from the earliest known to the period's
     * end.
     *
     * @param agreements every agreement known (a store's), in any order
     * @param period the period
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writePeriodWorkbook(List<Agreement> agreements, Period period, Path file) {
        writePeriodWorkbook(List.copyOf(agreements), ReportOptions.of(period), file);
    }

    /**
     * Writes the workbook of a period to a file, replacing any file of that name, with its sheet names and headers in
     * the options' language: the period's agreements, in {@link org.accord.core.query.AgreementQuery#ORDER}, in every
     * sheet but Monthly, which counts the agreements of every month from the earliest known to the period's end.
     *
     * <p>The agreements are read several times and held only when they must be sorted: when they come in that order
     * already (as a store gives them), none is held, however many there are; else the period's are sorted in memory,
     * but never the others.
     *
     * @param agreements every agreement known (a store's), in any order; each iteration must give the same ones
     * @param options the period and the language; the title and organisation are the briefing's and unused here
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writePeriodWorkbook(Iterable<Agreement> agreements, ReportOptions options, Path file) {
        requireNonNull(agreements, "agreements");
        requireNonNull(options, "options");
        requireNonNull(file, "file");
        Iterable<Agreement> rows = PeriodFigures.inPeriod(agreements, options.period());
        SortedMap<YearMonth, Integer> monthly = monthsUpTo(agreements, options.period());
        AtomicFiles.write(file, out -> AgreementWorkbook.write(rows, monthly, options.language(), out));
    }

    /**
     * Writes the briefing and the workbook of a period at once, on two threads, from one pass over every agreement:
     * what {@link #writePeriodBriefing(Iterable, ReportOptions, Path)} and
     * {@link #writePeriodWorkbook(Iterable, ReportOptions, Path)} write, for the cost of reading the agreements once.
     * The period's agreements are held, as the briefing's sections need them; the others are read and let go.
     *
     * @param agreements every agreement known, in any order; iterated once, on the calling thread
     * @param options the period, the language of the reports' words, the title and the organisation
     * @param briefing the PDF file to write; its directory must exist
     * @param workbook the Excel file to write; its directory must exist
     * @return how many agreements were read, and how many of them are the period's
     * @throws ReportException naming the file that could not be written (the briefing's failure first)
     */
    public static PeriodCount writePeriodReports(Iterable<Agreement> agreements, ReportOptions options, Path briefing,
            Path workbook) {
        requireNonNull(agreements, "agreements");
        requireNonNull(options, "options");
        requireNonNull(briefing, "briefing");
        requireNonNull(workbook, "workbook");
        // The typeface is read while the agreements are: each takes a fifth of a second or so.
        CompletableFuture<Void> typeface = CompletableFuture.runAsync(PeriodBriefing::prepare);
        MonthlyCounts everyMonth = new MonthlyCounts();
        int[] count = {0};
        PeriodFigures figures = PeriodFigures.of(() -> counting(agreements.iterator(), count), options.period(),
                everyMonth);
        SortedMap<YearMonth, Integer> monthly = monthsUpTo(everyMonth, options.period());
        // Two threads: a report's time is mostly the first use of its library (the PDF's, the spreadsheet's).
        CompletableFuture<Void> workbookWritten = CompletableFuture.runAsync(() -> AtomicFiles.write(workbook,
                out -> AgreementWorkbook.write(figures.agreements(), monthly, options.language(), out)));
        try {
            joined(typeface);
            AtomicFiles.write(briefing, out -> PeriodBriefing.write(figures, options, out));
        } catch (RuntimeException e) {
            // The workbook is finished either way before this returns; the briefing's failure is the one told.
            workbookWritten.exceptionally(failure -> null).join();
            throw e;
        }
        joined(workbookWritten);
        return new PeriodCount(count[0], figures.agreements().size());
    }

    /** Waits for work done on another thread, and throws what it threw. */
    private static void joined(CompletableFuture<Void> work) {
        try {
            work.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The agreements of an iterator, each counted as it is given. */
    private static java.util.Iterator<Agreement> counting(java.util.Iterator<Agreement> agreements, int[] count) {
        return new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return agreements.hasNext();
            }

            @Override
            public Agreement next() {
                count[0]++;
                return agreements.next();
            }
        };
    }

    /**
     * What a period's reports were drawn from.
     *
     * @param read the agreements read
     * @param inPeriod those of them in the period
     */
    public record PeriodCount(int read, int inPeriod) {
    }

    private static SortedMap<YearMonth, Integer> monthsUpTo(Iterable<Agreement> all, Period period) {
        MonthlyCounts counts = new MonthlyCounts();
        all.forEach(counts::add);
        return monthsUpTo(counts, period);
    }

    /** Agreements per month from the earliest month known (or the period's first, if earlier) to the period's end. */
    private static SortedMap<YearMonth, Integer> monthsUpTo(MonthlyCounts counts, Period period) {
        YearMonth earliest = counts.earliest();
        YearMonth from = earliest == null || earliest.isAfter(period.from()) ? period.from() : earliest;
        return counts.between(from, period.to());
    }
}
