package org.accord.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The Spark application: {@code accord extract} on a cluster. Give it to {@code spark-submit} with the job jar
 * ({@code spark/target/accord-spark.jar}); the master, executors and memory are {@code spark-submit}'s options, so the
 * same jar runs in local mode, on a standalone master, on YARN or on Kubernetes.
 *
 * <pre>
 * spark-submit --master yarn --class org.accord.spark.AccordSpark accord-spark.jar \
 *     hdfs:///crawl/2024 --out hdfs:///accord/2024
 * </pre>
 *
 * <p>Arguments: the inputs (files and folders, local paths or URIs of any Hadoop file system), then
 * <ul>
 * <li>{@code --out DIR}: write {@code predictions/}, {@code mentions/} (Parquet), {@code agreements/} and
 *     {@code problems/} into this folder (see {@link SparkExtraction.Result#write});
 * <li>{@code --json FILE}: also write the predictions as one local JSON Lines file on the driver, as
 *     {@code accord extract --json FILE} does (for small jobs and comparisons);
 * <li>{@code --organisations FILE}: more organisations for merging, as for the command line;
 * <li>{@code --partitions N}: spread the articles over N partitions for extraction;
 * <li>{@code --master URL}: the master when not started by {@code spark-submit} (default {@code local[*]}).
 * </ul>
 * At least one of {@code --out} and {@code --json} is needed. The figures go to stderr. Exit code 0 when every input
 * was read, 1 when some file or record failed (named in {@code problems/}), 2 for a usage error.
 */
public final class AccordSpark {
    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;

    private AccordSpark() {
    }

    /** Runs the job and exits with its exit code. */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.err));
    }

    /** Parses the arguments, runs the job, and returns the exit code. */
    static int run(String[] args, PrintStream err) throws IOException {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String json = null;
        String organisations = null;
        String master = null;
        int partitions = 0;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                err.println(usage());
                return OK;
            }
            if (arg.startsWith("--")) {
                if (i + 1 >= args.length) {
                    err.println("accord-spark: " + arg + " needs a value\n" + usage());
                    return USAGE;
                }
                String value = args[++i];
                switch (arg) {
                    case "--out" -> out = value;
                    case "--json" -> json = value;
                    case "--organisations" -> organisations = value;
                    case "--master" -> master = value;
                    case "--partitions" -> {
                        try {
                            partitions = Integer.parseInt(value);
                        } catch (NumberFormatException e) {
                            partitions = -1;
                        }
                        if (partitions <= 0) {
                            err.println("accord-spark: --partitions must be a positive number, not " + value);
                            return USAGE;
                        }
                    }
                    default -> {
                        err.println("accord-spark: unknown option " + arg + "\n" + usage());
                        return USAGE;
                    }
                }
            } else {
                inputs.add(arg);
            }
        }
        if (inputs.isEmpty() || (out == null && json == null)) {
            err.println("accord-spark: give the inputs and --out or --json\n" + usage());
            return USAGE;
        }
        SparkConf conf = new SparkConf().setAppName("accord");
        if (master != null || !conf.contains("spark.master")) {
            // Not started by spark-submit: a local run, which need not show Spark's INFO lines.
            conf.setMaster(master != null ? master : "local[*]");
            conf.setIfMissing("spark.log.level", "WARN");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            SparkExtraction job = SparkExtraction.on(spark);
            if (organisations != null) {
                job = job.withOrganisations(readText(spark, organisations), organisations);
            }
            if (partitions > 0) {
                job = job.withPartitions(partitions);
            }
            try (SparkExtraction.Result result = job.run(inputs)) {
                if (out != null) {
                    result.write(out);
                }
                if (json != null) {
                    writeLocal(Path.of(json), result.predictionLines());
                }
                SparkExtraction.Counts counts = result.counts();
                err.println("accord-spark: " + counts.files() + " files, " + counts.articles() + " articles, "
                        + counts.mentions() + " signings, " + counts.agreements() + " agreements; "
                        + counts.skipped() + " records skipped, " + counts.failed() + " failed"
                        + (out == null ? "" : "; wrote " + out) + (json == null ? "" : "; wrote " + json));
                return counts.failed() == 0 ? OK : SOME_FAILED;
            }
        } catch (IllegalArgumentException e) {
            err.println("accord-spark: " + e.getMessage());
            return USAGE;
        } finally {
            spark.stop();
        }
    }

    private static String readText(SparkSession spark, String file) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (InputStream in = fs.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes the lines to a hidden temporary file beside the target, then moves it into place. */
    private static void writeLocal(Path file, Iterator<String> lines) throws IOException {
        Path absolute = file.toAbsolutePath();
        @Nullable Path folder = absolute.getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            while (lines.hasNext()) {
                writer.write(lines.next());
                writer.write('\n');
            }
        }
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String usage() {
        return "usage: accord-spark PATH... (--out DIR | --json FILE) [--organisations FILE] [--partitions N] "
                + "[--master URL]";
    }
}
