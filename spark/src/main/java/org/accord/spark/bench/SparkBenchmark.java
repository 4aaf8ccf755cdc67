package org.accord.spark.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.accord.spark.SparkExtraction;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the Spark job in local mode: articles per second from reading to every output written, and the memory it
 * took. In local mode the driver and the executor are one JVM, so its peaks are the job's.
 *
 * <pre>
 * java -Xmx6g [Spark's --add-opens options] -cp ... org.accord.spark.bench.SparkBenchmark 'local[2]' /tmp/bench /tmp/out
 * </pre>
 *
 * <p>Prints: the master and cores, the time to start the session (once per application, not per article), the
 * articles, signings and agreements, the wall time of the job proper (read, extract, merge, write predictions,
 * Parquet mentions and agreements) and articles per second over it, the peak heap (the sum of the peaks of the heap
 * memory pools, garbage not yet collected included) and the peak resident memory of the process ({@code VmHWM}).
 */
public final class SparkBenchmark {

    private SparkBenchmark() {
    }

    /** {@code SparkBenchmark MASTER INPUT... OUT}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SparkBenchmark MASTER INPUT... OUT");
            System.exit(2);
        }
        String master = args[0];
        List<String> inputs = List.of(args).subList(1, args.length - 1);
        String out = args[args.length - 1];
        long start = System.nanoTime();
        SparkSession spark = SparkSession.builder().master(master).appName("accord-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.log.level", "WARN")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        int cores = spark.sparkContext().defaultParallelism();
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(cores * 4));
        long started = System.nanoTime();
        SparkExtraction.Counts counts;
        double extraction;
        double grouping;
        try (SparkExtraction.Result result = SparkExtraction.on(spark).run(inputs)) {
            result.write(out);
            counts = result.counts();
            extraction = result.extractionTime().toNanos() / 1e9;
            grouping = result.groupingTime().toNanos() / 1e9;
        }
        long done = System.nanoTime();
        spark.stop();
        double seconds = (done - started) / 1e9;
        System.out.printf(Locale.ROOT, "master              %s (%d cores)%n", master, cores);
        System.out.printf(Locale.ROOT, "session start       %.1f s%n", (started - start) / 1e9);
        System.out.printf(Locale.ROOT, "files               %d%n", counts.files());
        System.out.printf(Locale.ROOT, "articles            %d%n", counts.articles());
        System.out.printf(Locale.ROOT, "signings            %d%n", counts.mentions());
        System.out.printf(Locale.ROOT, "agreements          %d%n", counts.agreements());
        System.out.printf(Locale.ROOT, "failed              %d%n", counts.failed());
        System.out.printf(Locale.ROOT, "wall time           %.1f s%n", seconds);
        System.out.printf(Locale.ROOT, "articles per second %.1f%n", counts.articles() / seconds);
        System.out.printf(Locale.ROOT, "  read and extract  %.1f s (%.1f articles per second)%n", extraction,
                counts.articles() / extraction);
        System.out.printf(Locale.ROOT, "  candidate pairs and components %.1f s%n", grouping);
        System.out.printf(Locale.ROOT, "  merge components and write outputs %.1f s%n", seconds - extraction - grouping);
        System.out.printf(Locale.ROOT, "peak heap           %d MiB (-Xmx %d MiB)%n", peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "peak resident       %s%n", peakResident());
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u.getUsed()).sum();
    }

    private static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> l.substring(6).strip()).findFirst().orElse("n/a");
    }
}
