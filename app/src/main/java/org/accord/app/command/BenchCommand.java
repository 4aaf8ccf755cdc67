package org.accord.app.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.accord.app.ExitCodes;
import org.accord.app.bench.BenchFigures;
import org.accord.app.bench.BenchResult;
import org.accord.app.bench.Benchmark;
import org.accord.app.bench.Environment;
import org.accord.app.bench.HeapMeter;
import org.accord.app.bench.LoadingCost;
import org.accord.app.bench.ProcessMemory;
import org.accord.app.bench.Throughput;
import org.accord.app.bench.Workload;
import org.accord.app.io.AtomicFiles;
import org.accord.app.json.BenchmarkWriter;
import org.accord.app.json.PredictionWriter;
import org.accord.app.option.InputOptions;
import org.accord.app.pipeline.Failure;
import org.accord.app.pipeline.PredictionSpill;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.accord.ingest.Readers;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accord bench}: measures how fast articles are read and extracted. The inputs are loaded into memory once and
 * made into a workload, {@code dense} (the inputs cycled) or {@code stream} (one signing in fifty articles), which is
 * read, filtered, extracted and written on several threads until enough articles have been processed; the table on
 * stdout gives the one-off loading cost, the throughput after a warm-up, where the time went, the parse-only ceiling,
 * the heap and the process's memory, and {@code --json} writes the same figures as JSON.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        header = "Measures how fast articles are read and extracted.",
        description = {
            "Loads the files into memory once and makes a workload of them: dense (the files cycled in order, as if "
                    + "copied until there are N articles) or stream (a feed where 1 article in 50 reports a "
                    + "signing, made from the files with a seed). It reads (decode, detect the format, parse), "
                    + "filters, extracts and writes the predictions of N articles on the given threads, as extract "
                    + "does, then only reads the same documents, and prints:",
            "  loading cost  wall time of the first read and of the first English and",
            "                of the first Chinese extraction (dictionaries and models load)",
            "  throughput    articles, MB (10^6 bytes), seconds, articles/s, MB/s,",
            "                signings found and failures, measured after the warm-up",
            "  stages        share of the work in read, detect (the filter), extract, write;",
            "                the articles the filter let through to the full extraction",
            "  ceiling       the same documents only read: articles/s, and the measured",
            "                rate as a share of it",
            "  memory        peak heap of the measured run, live heap before and after it,",
            "                max heap (-Xmx), resident memory now and at its peak, in MiB",
            "An input that cannot be read is named on stderr once and counted as a failure every time; the run goes "
                    + "on."},
        footer = {"%nExamples:",
            "  accord bench samples --articles 1000",
            "  accord bench ../shared/corpus/articles --articles 10000 --json bench.json",
            "  accord bench ../shared/corpus/articles --workload stream --articles 100000 --threads 2"})
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

    @Option(names = "--workload", defaultValue = "dense", paramLabel = "KIND",
            description = "dense: the files cycled in order; stream: 1 article in 50 reports a signing "
                    + "(default: ${DEFAULT-VALUE}).")
    private WorkloadKind workload;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "The seed the stream workload is made from (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read and extract (default: the available processors, here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--no-filter", negatable = false,
            description = "Measure without the cascade's filter: every article goes through the full extraction.")
    private boolean noFilter;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the figures to this JSON file (replaced atomically).")
    private @Nullable Path json;

    private final Map<String, Failure> failedInputs = new LinkedHashMap<>();

    /** The workloads a benchmark can run. */
    enum WorkloadKind {
        dense, stream
    }

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
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads (" + threads + ") must be at least 1");
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

    private @Nullable BenchResult measure(int filesFound, List<RawDocument> documents) throws IOException {
        Consumer<Failure> onFailure = this::remember;
        Benchmark benchmark = Benchmark.standard(documents);
        LoadingCost loading = benchmark.measureLoading();
        // Only a stream needs to know which documents report a signing: extracting them all is start-up time.
        Workload.Census census = workload == WorkloadKind.dense ? benchmark.articleCounts() : benchmark.census();
        if (census.articles() == 0) {
            census.documents().forEach(this::readFailureOf);
            return null;
        }
        Workload chosen;
        try {
            chosen = workload == WorkloadKind.dense ? Workload.dense(census) : benchmark.stream(census, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--workload " + workload + " cannot be made of the "
                    + "inputs " + inputs.paths() + ": " + e.getMessage());
        }
        PredictionWriter predictions = new PredictionWriter();
        Throughput warm;
        try (PredictionSpill spill = PredictionSpill.create(predictions::write)) {
            warm = benchmark.run(chosen.documents(warmup), threads, !noFilter, onFailure, spill);
        }
        HeapMeter heap = new HeapMeter();
        long liveBefore = heap.liveBytes();
        heap.reset();
        Throughput measured;
        try (PredictionSpill spill = PredictionSpill.create(predictions::write)) {
            measured = benchmark.run(chosen.documents(articles), threads, !noFilter, onFailure, spill);
        }
        long peak = heap.peakBytes();
        Duration uptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        long liveAfter = heap.liveBytes();
        Throughput ceiling = benchmark.readOnly(chosen.documents(articles), threads, onFailure);
        long bytes = documents.stream().mapToLong(document -> document.content().length).sum();
        return new BenchResult(inputs.paths(), filesFound, documents.size(), bytes, Environment.current(), loading,
                warm, measured, peak, List.copyOf(failedInputs.values()), chosen.name(), chosen.description(),
                threads, ceiling, liveBefore, liveAfter, ProcessMemory.current(), uptime);
    }

    /** Names, once, why a document that gave no article could not be read. */
    private void readFailureOf(RawDocument document) {
        try {
            Readers.standard().read(document);
        } catch (IngestException e) {
            remember(new Failure(e.source(), e.reason()));
        } catch (RuntimeException e) {
            remember(new Failure(document.source(), "internal error (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** Names each failed input on stderr the first time it fails; the runs count every failure. */
    private void remember(Failure failure) {
        if (failedInputs.putIfAbsent(failure.source(), failure) == null) {
            Console.reportFailure(spec, failure);
        }
    }

    private void writeJson(BenchResult result) throws IOException {
        if (json != null) {
            StringWriter single = new StringWriter();
            new BenchmarkWriter().write(result, single);
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode node = (ObjectNode) mapper.readTree(single.toString());
            BenchFigures.addTo(node, result);
            AtomicFiles.writeText(json, writer -> {
                writer.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node));
                writer.write('\n');
            });
            spec.commandLine().getOut().println("wrote " + json);
        }
    }
}
