package org.accord.app.command;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.accord.app.bench.BenchResult;
import org.accord.app.bench.Environment;
import org.accord.app.bench.LoadingCost;
import org.accord.app.bench.Throughput;
import org.accord.app.pipeline.Failure;
import org.accord.app.pipeline.StageTimes;
import org.jspecify.annotations.Nullable;

/** The figures of {@code accord bench} as a small table for the terminal, one figure a line with its unit. */
final class BenchTable {

    private BenchTable() {
    }

    /**
     * Prints the table.
     *
     * @param result what the benchmark measured
     * @param requested the articles asked for with {@code --articles}
     * @param out where to print
     */
    static void print(BenchResult result, long requested, PrintWriter out) {
        printSetup(result, requested, out);
        printLoading(result.loading(), out);
        printMeasured(result, out);
        printStages(result, out);
        printCeiling(result, out);
        printMemory(result, out);
        out.println();
        out.println("MB = 10^6 bytes, MiB = 2^20 bytes. Stages: shares of the work of every thread. Peak heap: the "
                + "sum of the heap pools' peaks during the measured run (garbage not yet collected included); live "
                + "heap: after a garbage collection. Resident: the process's memory (VmRSS, VmHWM).");
    }

    private static void printSetup(BenchResult result, long requested, PrintWriter out) {
        Environment environment = result.environment();
        out.printf(Locale.ROOT, "accord bench: %d of %d files loaded into memory (%.3f MB); %s workload until %d "
                + "articles; %s%n", result.documents(), result.filesFound(),
                result.documentBytes() / Throughput.BYTES_PER_MB, result.workload(), requested,
                result.threads() == 1 ? "single-threaded" : result.threads() + " threads");
        out.println("  " + result.workload() + ": " + result.workloadDescription());
        out.println();
        row(out, "java", environment.java(), "");
        row(out, "available processors", String.valueOf(environment.processors()), "");
        row(out, "max heap (-Xmx)", decimal(Environment.mebibytes(environment.maxHeapBytes()), 1), "MiB");
    }

    private static void printLoading(LoadingCost loading, PrintWriter out) {
        out.println();
        out.println("loading cost (wall time of the first call)");
        row(out, "first read", milliseconds(loading.firstRead()), "ms");
        row(out, "first English extraction", milliseconds(loading.firstEnglish()), unit(loading.firstEnglish()));
        row(out, "first Chinese extraction", milliseconds(loading.firstChinese()), unit(loading.firstChinese()));
    }

    private static void printMeasured(BenchResult result, PrintWriter out) {
        Throughput measured = result.measured();
        out.println();
        out.printf("measured run (after %d warm-up articles)%n", result.warmup().articles());
        row(out, "articles", String.valueOf(measured.articles()), "");
        row(out, "raw input", decimal(measured.megabytes(), 3), "MB");
        row(out, "wall time", decimal(measured.seconds(), 3), "s");
        row(out, "throughput", decimal(measured.articlesPerSecond(), 1), "articles/s");
        row(out, "", decimal(measured.megabytesPerSecond(), 3), "MB/s");
        row(out, "signings found", String.valueOf(measured.mentions()), "");
        row(out, "failures", String.valueOf(measured.failures()), "");
        for (Failure failure : result.failedInputs()) {
            out.println("    " + failure);
        }
    }

    private static void printStages(BenchResult result, PrintWriter out) {
        StageTimes stages = result.measured().stages();
        out.println();
        out.printf(Locale.ROOT, "where the time went (%.3f s of work on %s)%n", stages.busyNanos() / 1e9,
                threads(result.threads()));
        share(out, "read (decode, detect, parse)", stages, stages.readNanos());
        share(out, "detect (cascade filter)", stages, stages.detectNanos());
        share(out, "extract (full pipeline)", stages, stages.extractNanos());
        share(out, "write (predictions)", stages, stages.writeNanos());
        row(out, "filter let through", stages.passed() + " of " + stages.articles(),
                stages.detectNanos() == 0 && stages.passed() == stages.articles() ? "articles (no filter)"
                        : "articles");
    }

    private static void printCeiling(BenchResult result, PrintWriter out) {
        Throughput ceiling = result.ceiling();
        out.println();
        out.printf("parse-only ceiling (the same documents only read, on %s)%n", threads(result.threads()));
        row(out, "throughput", decimal(ceiling.articlesPerSecond(), 1), "articles/s");
        row(out, "", decimal(ceiling.megabytesPerSecond(), 3), "MB/s");
        row(out, "measured / ceiling", decimal(100 * result.shareOfCeiling(), 1), "%");
        row(out, "with start-up", decimal(result.articlesPerSecondWithStartup(), 1),
                "articles/s (measured articles / " + decimal(result.uptimeAtMeasuredEnd().toNanos() / 1e9, 3)
                        + " s since the JVM started)");
    }

    private static void printMemory(BenchResult result, PrintWriter out) {
        out.println();
        out.println("memory");
        row(out, "peak heap", decimal(Environment.mebibytes(result.peakHeapBytes()), 1), "MiB");
        row(out, "live heap before", decimal(Environment.mebibytes(result.liveHeapBeforeBytes()), 1), "MiB");
        row(out, "live heap after", decimal(Environment.mebibytes(result.liveHeapAfterBytes()), 1), "MiB");
        row(out, "resident now (VmRSS)", mebibytes(result.memory().residentBytes()), "MiB");
        row(out, "resident peak (VmHWM)", mebibytes(result.memory().peakResidentBytes()), "MiB");
    }

    private static String threads(int count) {
        return count == 1 ? "1 thread" : count + " threads";
    }

    private static void share(PrintWriter out, String label, StageTimes stages, long nanos) {
        row(out, label, decimal(100 * stages.share(nanos), 1), "% (" + decimal(nanos / 1e9, 3) + " s)");
    }

    private static String mebibytes(@Nullable Long bytes) {
        return bytes == null ? "n/a" : decimal(Environment.mebibytes(bytes), 1);
    }

    private static void row(PrintWriter out, String label, String value, String unit) {
        out.println(String.format("  %-26s %12s %s", label, value, unit).stripTrailing());
    }

    private static String milliseconds(@Nullable Duration duration) {
        return duration == null ? "n/a" : decimal(duration.toNanos() / 1e6, 1);
    }

    private static String unit(@Nullable Duration duration) {
        return duration == null ? "(no article in that language)" : "ms";
    }

    private static String decimal(double value, int places) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
