package org.accord.app.bench;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.accord.app.pipeline.Failure;

/**
 * Everything one {@code accord bench} measured, for the table on stdout and the JSON file.
 *
 * @param inputs the paths as given on the command line
 * @param filesFound how many files the inputs expanded to
 * @param documents how many of them were loaded into memory
 * @param documentBytes the raw size of the loaded documents, in bytes
 * @param environment the JVM it ran on
 * @param loading the one-off cost of the first calls
 * @param warmup the warm-up run, not measured
 * @param measured the measured run
 * @param peakHeapBytes the peak heap use during the measured run, in bytes (see {@link HeapMeter})
 * @param failedInputs each input that failed to load, read or extract, once, in the order they first failed
 */
public record BenchResult(
        List<Path> inputs,
        int filesFound,
        int documents,
        long documentBytes,
        Environment environment,
        LoadingCost loading,
        Throughput warmup,
        Throughput measured,
        long peakHeapBytes,
        List<Failure> failedInputs) {

    /** Copies the lists and checks the parts are present. */
    public BenchResult {
        inputs = List.copyOf(inputs);
        requireNonNull(environment, "environment");
        requireNonNull(loading, "loading");
        requireNonNull(warmup, "warmup");
        requireNonNull(measured, "measured");
        failedInputs = List.copyOf(failedInputs);
    }

    /** The benchmark runs on one thread. */
    public int threads() {
        return 1;
    }
}
