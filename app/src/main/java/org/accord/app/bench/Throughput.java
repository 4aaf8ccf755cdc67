package org.accord.app.bench;

import static java.util.Objects.requireNonNull;

import org.accord.app.pipeline.StageTimes;

/**
 * What one phase of a {@link Benchmark} processed and how long it took.
 *
 * @param articles the articles read and extracted
 * @param bytes the raw size of the documents read, failed ones included
 * @param mentions the signings the extractor found
 * @param failures the reads or extractions that failed (a document that fails on every cycle counts every time)
 * @param nanos the wall time, in nanoseconds
 * @param stages where the time went, summed over the threads, and how many articles the filter let through
 */
public record Throughput(long articles, long bytes, long mentions, long failures, long nanos, StageTimes stages) {

    /** Checks that the stage times are present. */
    public Throughput {
        requireNonNull(stages, "stages");
    }

    /** Bytes in a megabyte, as every figure here counts it: MB = 10^6 bytes. */
    public static final double BYTES_PER_MB = 1e6;

    /** The wall time in seconds. */
    public double seconds() {
        return nanos / 1e9;
    }

    /** The raw size in MB (10^6 bytes). */
    public double megabytes() {
        return bytes / BYTES_PER_MB;
    }

    /** Articles read and extracted per second of wall time. */
    public double articlesPerSecond() {
        return articles / positiveSeconds();
    }

    /** MB (10^6 bytes) of raw input read and extracted per second of wall time. */
    public double megabytesPerSecond() {
        return megabytes() / positiveSeconds();
    }

    private double positiveSeconds() {
        return Math.max(nanos, 1) / 1e9;
    }
}
