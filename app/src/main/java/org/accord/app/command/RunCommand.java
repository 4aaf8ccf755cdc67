package org.accord.app.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.accord.app.io.AtomicFiles;
import org.accord.app.io.FileNames;
import org.accord.app.json.PredictionWriter;
import org.accord.app.json.RunSummary;
import org.accord.app.option.InputOptions;
import org.accord.app.option.RegistryOptions;
import org.accord.app.option.VerbosityOptions;
import org.accord.core.merge.AgreementMerger;
import org.accord.app.pipeline.Batch;
import org.accord.app.pipeline.Failure;
import org.accord.app.pipeline.FileRead;
import org.accord.app.pipeline.Pipeline;
import org.accord.app.terminal.ProgressLine;
import org.accord.core.model.Agreement;
import org.accord.report.Reports;
import org.accord.store.AgreementStore;
import org.accord.store.StoreException;
import org.accord.store.StoreUpdate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accord run}: the main job. Reads the inputs, extracts and merges the signings, and writes the predictions,
 * the workbook, one briefing per agreement and a summary into one folder.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        header = "Reads articles and writes their agreements as JSON, an Excel workbook and PDF briefings.",
        description = {
            "Reads the articles, extracts the signings they report, merges those of the same signing, and writes "
                    + "into DIR:",
            "  agreements.jsonl   one JSON record per article read, in input order",
            "  agreements.xlsx    one row per agreement",
            "  briefings/*.pdf    one briefing per agreement, named from its date and parties",
            "  run-summary.json   the figures below, the failed inputs and the output paths",
            "and adds the articles to the store, DIR/accord.db unless --store names another (see accord list).",
            "An input that cannot be read is named on stderr with the reason, and the run goes on."},
        footer = {"%nExamples:",
            "  accord run samples --out out",
            "  accord run news/2021 news/2022/shanghai.html --out reports/2022",
            "  accord run news/2022-01 --out reports/2022-01 --store news.db"})
public final class RunCommand implements Callable<Integer> {
    static final String PREDICTIONS = "agreements.jsonl";
    static final String WORKBOOK = "agreements.xlsx";
    static final String BRIEFINGS = "briefings";
    static final String SUMMARY = "run-summary.json";
    static final String STORE = "accord.db";

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Mixin
    private RegistryOptions registry;

    @Mixin
    private VerbosityOptions verbosity;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
            description = "The folder to write into; created if missing, files of the same names replaced. "
                    + "Must not be inside an input folder.")
    private Path out;

    @Option(names = "--store", paramLabel = "FILE",
            description = "The store to add the articles to, created if missing (default: DIR/" + STORE + "). "
                    + "Articles it holds already are left as they are.")
    private @Nullable Path store;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read and extract (default: the available processors, here ${DEFAULT-VALUE}). "
                    + "The outputs are the same whatever the number.")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Reads, extracts, writes every output, adds the articles to the store and returns the exit code. */
    @Override
    public Integer call() throws IOException, StoreException {
        boolean quiet = verbosity.quiet();
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads (" + threads + ") must be at least 1");
        }
        inputs.checkOutside(out, "--out");
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out (" + out + ") is a file, not a folder");
        }
        if (store != null) {
            inputs.checkOutside(store, "--store");
        }
        List<Path> files = inputs.files();
        // Opened before reading, so that a store in use by another run is refused before any work is done.
        AgreementMerger merger = registry.merger();
        try (AgreementStore agreementStore = AgreementStore.open(store != null ? store : out.resolve(STORE), merger)) {
            ProgressLine progress = ProgressLine.on(spec.commandLine().getErr(), spec.qualifiedName(), quiet);
            Batch batch = Pipeline.standard(merger).withThreads(threads).run(files, failure -> {
                progress.clear();
                Console.reportFailure(spec, failure);
            }, fileRead -> fileRead(fileRead, progress), progress);
            RunSummary summary = write(batch, agreementStore);
            if (!quiet) {
                print(summary);
            }
            return Console.exitCode(batch);
        }
    }

    private void fileRead(FileRead fileRead, ProgressLine progress) {
        if (verbosity.verbose()) {
            progress.clear();
            Console.reportFileRead(spec, fileRead);
        }
    }

    private RunSummary write(Batch batch, AgreementStore agreementStore) throws IOException, StoreException {
        Files.createDirectories(out);
        Path predictions = out.resolve(PREDICTIONS);
        AtomicFiles.writeText(predictions, writer -> new PredictionWriter().write(batch, writer));
        Path workbook = out.resolve(WORKBOOK);
        Reports.writeWorkbook(batch.agreements(), workbook);
        List<Path> briefings = writeBriefings(batch.agreements());
        StoreUpdate update = agreementStore.add(Stores.entries(batch));
        RunSummary summary = new RunSummary(inputs.paths(), batch, predictions, workbook, briefings,
                new RunSummary.StoreOutput(agreementStore.file(), update));
        AtomicFiles.writeText(out.resolve(SUMMARY), summary::write);
        return summary;
    }

    private List<Path> writeBriefings(List<Agreement> agreements) throws IOException {
        Path folder = Files.createDirectories(out.resolve(BRIEFINGS));
        List<String> names = FileNames.unique(agreements.stream().map(Agreement::id).toList());
        List<Path> briefings = new ArrayList<>();
        for (int i = 0; i < agreements.size(); i++) {
            Path briefing = folder.resolve(names.get(i) + ".pdf");
            Reports.writeBriefing(agreements.get(i), briefing);
            briefings.add(briefing);
        }
        return briefings;
    }

    /** The records of containers, when any input was one; skipped records are listed in the summary file only. */
    private static void printRecords(Batch batch, PrintWriter printer) {
        if (batch.records().found() == 0) {
            return;
        }
        printer.printf("records      %6d  in containers%n", batch.records().found());
        printer.printf("  read       %6d%n", batch.records().read());
        printer.printf("  skipped    %6d%n", batch.records().skipped());
        printer.printf("  failed     %6d%n", batch.records().failed());
        for (Failure failure : batch.recordFailures()) {
            printer.println("    " + failure);
        }
    }

    private void print(RunSummary summary) {
        Batch batch = summary.batch();
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("files found  %6d%n", batch.filesFound());
        printer.printf("  read       %6d%n", batch.filesRead());
        if (batch.files().skipped() > 0) {
            printer.printf("  skipped    %6d%n", batch.files().skipped());
        }
        printer.printf("  failed     %6d%n", batch.failures().size());
        for (Failure failure : batch.failures()) {
            printer.println("    " + failure);
        }
        printRecords(batch, printer);
        printer.printf("articles     %6d%n", batch.articles().size());
        printer.printf("signings     %6d%n", batch.mentionCount());
        printer.printf("agreements   %6d%n", batch.agreements().size());
        printer.println("wrote");
        printer.println("  " + summary.predictions());
        printer.println("  " + summary.workbook());
        int briefings = summary.briefings().size();
        printer.printf("  %s/ (%d %s)%n", out.resolve(BRIEFINGS), briefings, briefings == 1 ? "PDF" : "PDFs");
        printer.println("  " + out.resolve(SUMMARY));
        RunSummary.StoreOutput stored = summary.store();
        if (stored != null) {
            printer.println("  " + stored.file() + " (" + Stores.describe(stored.update()) + ")");
        }
    }
}
