package org.accord.app.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
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
 * @param workload the workload's name ({@code dense}, {@code stream})
 * @param workloadDescription what the workload is made of
 * @param threads the threads that read and extract
 * @param ceiling the same documents only read (decoded, detected, parsed) on as many threads: the parse-only ceiling
 * @param liveHeapBeforeBytes the live heap after a garbage collection, just before the measured run
 * @param liveHeapAfterBytes the live heap after a garbage collection, just after the measured run
 * @param memory the process's resident memory at the end, and its peak since the JVM started
 * @param uptimeAtMeasuredEnd the time from the JVM's start to the end of the measured run: start-up, loading,
 *     census, warm-up and the measured run
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
        List<Failure> failedInputs,
        String workload,
        String workloadDescription,
        int threads,
        Throughput ceiling,
        long liveHeapBeforeBytes,
        long liveHeapAfterBytes,
        ProcessMemory memory,
        Duration uptimeAtMeasuredEnd) {

    /** Copies the lists and checks the parts are present. */
    public BenchResult {
        inputs = List.copyOf(inputs);
        requireNonNull(environment, "environment");
        requireNonNull(loading, "loading");
        requireNonNull(warmup, "warmup");
        requireNonNull(measured, "measured");
        failedInputs = List.copyOf(failedInputs);
        requireNonNull(workload, "workload");
        requireNonNull(workloadDescription, "workloadDescription");
        checkArgument(threads >= 1, "threads (%s) must be at least 1", threads);
        requireNonNull(ceiling, "ceiling");
        requireNonNull(memory, "memory");
        requireNonNull(uptimeAtMeasuredEnd, "uptimeAtMeasuredEnd");
    }

    /** The measured rate as a share of the parse-only ceiling's: 1 when extraction costs nothing. */
    public double shareOfCeiling() {
        double ceilingRate = ceiling.articlesPerSecond();
        return ceilingRate == 0 ? 0 : measured.articlesPerSecond() / ceilingRate;
    }

    /** The measured articles per second of the JVM's life up to the end of the measured run, start-up included. */
    public double articlesPerSecondWithStartup() {
        return measured.articles() / Math.max(uptimeAtMeasuredEnd.toNanos() / 1e9, 1e-9);
    }
}
