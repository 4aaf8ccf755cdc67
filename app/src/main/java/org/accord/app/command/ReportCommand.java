package org.accord.app.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.accord.core.model.Agreement;
import org.accord.core.query.AgreementQuery;
import org.accord.core.query.PartyCountries;
import org.accord.report.Period;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportOptions;
import org.accord.report.Reports;
import org.accord.store.AgreementStore;
import org.accord.store.StoreException;
import org.accord.store.UncheckedStoreException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accord report}: writes the briefing (PDF) and the workbook (Excel) of a month, or of several months, from
 * the agreements of a store.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        header = "Writes the briefing (PDF) and the workbook (Excel) of a month from the agreements of a store.",
        description = {
            "Reads every agreement of the store and writes into DIR:",
            "  briefing-PERIOD.pdf     a cover with the period's figures and charts, contents, a table of the "
                    + "period's agreements and one section per agreement, each value with its sources",
            "  agreements-PERIOD.xlsx  the period's agreements, parties, attendees, commitments and sources, and "
                    + "the agreements per month up to the period's end",
            "PERIOD is the month (2021-12) or the span (2021-10-to-2021-12). An agreement is in the month it was "
                    + "signed in; an undated one in the months its articles were published in. A new partner is an "
                    + "organisation no earlier agreement of the store has.",
            "The same store gives the same reports: no date of writing goes into them."},
        footer = {"%nExamples:",
            "  accord report --month 2021-12 --out out",
            "  accord report --month 2021-12 --store news.db --out reports --language zh",
            "  accord report --from 2021-10 --to 2021-12 --store news.db --out reports "
                    + "--title \"Quarterly partnership briefing\" --organisation \"Partnership Office\""})
public final class ReportCommand implements Callable<Integer> {
    static final String BRIEFING_PREFIX = "briefing-";
    static final String WORKBOOK_PREFIX = "agreements-";

    /** The period: one month, or a span of months. */
    static final class When {
        @Option(names = "--month", paramLabel = "YYYY-MM", required = true, description = "The month to report on.")
        @Nullable YearMonth month;

        @ArgGroup(exclusive = false, multiplicity = "1")
        @Nullable Span span;
    }

    /** A span of months, both included. */
    static final class Span {
        @Option(names = "--from", paramLabel = "YYYY-MM", required = true,
                description = "The first month of the period (with --to, instead of --month).")
        @Nullable YearMonth from;

        @Option(names = "--to", paramLabel = "YYYY-MM", required = true, description = "The last month of the period.")
        @Nullable YearMonth to;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private When when;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The folder to write the reports into; created if missing, files of the same names "
                    + "replaced.")
    private Path out;

    @Option(names = "--store", paramLabel = "FILE",
            description = "The store to read (default: DIR/" + RunCommand.STORE + "); it must exist.")
    private @Nullable Path store;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "en",
            description = "The language of the report's own words: en (the default) or zh. The agreements keep "
                    + "the language of their articles.")
    private ReportLanguage language = ReportLanguage.EN;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The title on the cover (default: Partnership briefing, or 合作协议简报 with zh).")
    private @Nullable String title;

    @Option(names = "--organisation", paramLabel = "NAME",
            description = "The organisation the report is for, on the cover and in the running header.")
    private @Nullable String organisation;

    /** Reads the store, writes both reports and returns the exit code. */
    @Override
    public Integer call() throws IOException, StoreException {
        Period period = period();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out (" + out + ") is a file, not a folder");
        }
        Path file = store != null ? store : out.resolve(RunCommand.STORE);
        ReportOptions options = new ReportOptions(period, language, title, organisation);
        Path briefing = out.resolve(BRIEFING_PREFIX + period.fileLabel() + ".pdf");
        Path workbook = out.resolve(WORKBOOK_PREFIX + period.fileLabel() + ".xlsx");
        long inPeriod = 0;
        long total = 0;
        try (AgreementStore agreementStore = AgreementStore.openExisting(file)) {
            // Read from the store once, as the reports' figures are worked out: only the period's agreements are held.
            Iterable<Agreement> agreements = agreementStore.select(AgreementQuery.all(), PartyCountries.unknown());
            Files.createDirectories(out);
            Reports.PeriodCount count = Reports.writePeriodReports(agreements, options, briefing, workbook);
            inPeriod = count.inPeriod();
            total = count.read();
        } catch (UncheckedStoreException e) {
            throw e.getCause();
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("wrote");
        printer.println("  " + briefing);
        printer.println("  " + workbook);
        printer.flush();
        spec.commandLine().getErr().printf("%s: %d of %d %s in %s, from %s%n", spec.qualifiedName(), inPeriod,
                total, total == 1 ? "agreement" : "agreements", period, file);
        return 0;
    }

    private Period period() {
        if (when.month != null) {
            return Period.month(when.month);
        }
        try {
            return new Period(when.span.from, when.span.to);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--to (" + when.span.to + ") is before --from ("
                    + when.span.from + ")", e);
        }
    }
}
