package org.accord.app.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.accord.app.ExitCodes;
import org.accord.app.bench.BenchResult;
import org.accord.app.bench.Benchmark;
import org.accord.app.bench.Environment;
import org.accord.app.bench.HeapMeter;
import org.accord.app.bench.LoadingCost;
import org.accord.app.bench.Throughput;
import org.accord.app.io.AtomicFiles;
import org.accord.app.json.BenchmarkWriter;
import org.accord.app.option.InputOptions;
import org.accord.app.pipeline.Failure;
import org.accord.ingest.RawDocument;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accord bench}: measures how fast articles are read and extracted. The inputs are loaded into memory once and
 * cycled until enough articles have been processed; the table on stdout gives the one-off loading cost, the
 * throughput after a warm-up and the peak heap, and {@code --json} writes the same figures as JSON.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        header = "Measures how fast articles are read and extracted.",
        description = {
            "Loads the files into memory once, then reads (decode, detect the format, parse) and extracts them on one "
                    + "thread, cycling through them in order until N articles have been processed. It prints:",
            "  loading cost  wall time of the first read and of the first English and",
            "                of the first Chinese extraction (dictionaries and models load)",
            "  throughput    articles, MB (10^6 bytes), seconds, articles/s, MB/s,",
            "                signings found and failures, measured after the warm-up",
            "  memory        peak heap of the measured run and max heap (-Xmx), in MiB",
            "An input that cannot be read is named on stderr once and counted as a failure every time; the run goes "
                    + "on."},
        footer = {"%nExamples:",
            "  accord bench samples --articles 1000",
            "  accord bench ../shared/corpus/articles --articles 10000 --json bench.json"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N",
            description = "Articles to process in the measured run, at least (default: ${DEFAULT-VALUE}).")
    private long articles;

    @Option(names = "--warmup", defaultValue = "200", paramLabel = "N",
            description = "Articles to process before measuring (default: ${DEFAULT-VALUE}).")
    private long warmup;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the figures to this JSON file (replaced atomically).")
    private @Nullable Path json;

    private final Map<String, Failure> failedInputs = new LinkedHashMap<>();

    /** Loads the inputs, measures, prints the table, writes the JSON if asked and returns the exit code. */
    @Override
    public Integer call() throws IOException {
        checkOptions();
        List<Path> files = inputs.files();
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "The inputs " + inputs.paths() + " hold no file");
        }
        List<RawDocument> documents = load(files);
        BenchResult result = documents.isEmpty() ? null : measure(files.size(), documents);
        if (result == null || result.measured().articles() == 0) {
            spec.commandLine().getErr().println(spec.qualifiedName()
                    + ": no input could be read as an article; nothing to measure");
            return ExitCodes.INPUTS_FAILED;
        }
        BenchTable.print(result, articles, spec.commandLine().getOut());
        writeJson(result);
        return failedInputs.isEmpty() ? ExitCodes.OK : ExitCodes.INPUTS_FAILED;
    }

    private void checkOptions() {
        if (articles < 1) {
            throw new ParameterException(spec.commandLine(), "--articles (" + articles + ") must be at least 1");
        }
        if (warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--warmup (" + warmup + ") must not be negative");
        }
        if (json != null) {
            inputs.checkOutside(json, "--json");
        }
    }

    /** The files' bytes, read once; a file that cannot be read is a failure. */
    private List<RawDocument> load(List<Path> files) {
        List<RawDocument> documents = new ArrayList<>();
        for (Path file : files) {
            try {
                documents.add(RawDocument.of(file));
            } catch (IOException e) {
                remember(new Failure(file.toString(), "cannot read the file (" + e.getMessage() + ")"));
            }
        }
        return documents;
    }

    private BenchResult measure(int filesFound, List<RawDocument> documents) {
        Consumer<Failure> onFailure = this::remember;
        Benchmark benchmark = Benchmark.standard(documents);
        LoadingCost loading = benchmark.measureLoading();
        Throughput warm = benchmark.run(warmup, onFailure);
        HeapMeter heap = new HeapMeter();
        heap.reset();
        Throughput measured = benchmark.run(articles, onFailure);
        long peak = heap.peakBytes();
        long bytes = documents.stream().mapToLong(document -> document.content().length).sum();
        return new BenchResult(inputs.paths(), filesFound, documents.size(), bytes, Environment.current(), loading,
                warm, measured, peak, List.copyOf(failedInputs.values()));
    }

    /** Names each failed input on stderr the first time it fails; the runs count every failure. */
    private void remember(Failure failure) {
        if (failedInputs.putIfAbsent(failure.source(), failure) == null) {
            Console.reportFailure(spec, failure);
        }
    }

    private void writeJson(BenchResult result) throws IOException {
        if (json != null) {
            AtomicFiles.writeText(json, writer -> new BenchmarkWriter().write(result, writer));
            spec.commandLine().getOut().println("wrote " + json);
        }
    }
}
