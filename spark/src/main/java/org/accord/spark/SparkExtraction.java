package org.accord.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import com.google.common.base.Preconditions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Mention;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accord's reading, extraction and merging as a Spark job: the same {@code Readers}, the same {@code Extractor} and
 * the same {@link AgreementMerger} as {@code accord extract}, with the same result, on as many executors as the
 * cluster gives.
 *
 * <ol>
 * <li><b>Read.</b> The inputs are expanded into files on the driver (through Hadoop's file systems, so any URI works);
 *     each task reads its files with {@code Accord.reader()}, containers (WARC, JSON Lines, ZIP) record by record.
 * <li><b>Extract.</b> Each task extracts the signings of its articles with one {@code Accord.extractor()}: its
 *     dictionaries load once per executor JVM. When there are fewer files than cores, the articles are first spread
 *     over more partitions ({@link #withPartitions}).
 * <li><b>Merge.</b> Mentions can only be one signing when they share an organisation and their dates agree. Blocking
 *     keys ({@link MergeKeys}) find every such candidate pair; the merger's own {@code sameSigning} keeps those that
 *     report one signing; the connected components of what it keeps are found by label propagation; each component is
 *     merged with {@link AgreementMerger#merge} on one executor; identifiers that repeat across components are then
 *     numbered as the merger numbers them. The union of the components' agreements is the merge of all mentions at
 *     once, since the merger never joins mentions that are not connected this way.
 * </ol>
 *
 * <pre>{@code
 * SparkSession spark = SparkSession.builder().appName("accord").getOrCreate();
 * try (SparkExtraction.Result result = SparkExtraction.on(spark).run(List.of("hdfs:///crawl/2024"))) {
 *     result.write("hdfs:///accord/2024");   // predictions/, mentions/ (Parquet), agreements/, problems/
 * }
 * }</pre>
 */
public final class SparkExtraction {
    private static final Logger LOG = LoggerFactory.getLogger(SparkExtraction.class);
    private static final StructType COMPACT = DataTypes.createStructType(List.of(
            DataTypes.createStructField("mid", DataTypes.LongType, false),
            DataTypes.createStructField("compact", DataTypes.StringType, false)));
    private static final StructType LINES = DataTypes.createStructType(List.of(
            DataTypes.createStructField("seq", DataTypes.LongType, false),
            DataTypes.createStructField("line", DataTypes.StringType, false)));
    /** Up to how many edges the components are found on the driver; beyond, by label propagation on the executors. */
    private static final long DRIVER_EDGES = 50_000_000L;
    private static final StructType LABELS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("node", DataTypes.LongType, false),
            DataTypes.createStructField("label", DataTypes.LongType, false)));
    private static final StructType NAME_GRAMS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("name", DataTypes.StringType, false),
            DataTypes.createStructField("gram", DataTypes.StringType, false)));
    private static final StructType FRAGMENTS = DataTypes.createStructType(List.of(
            DataTypes.createStructField("seq", DataTypes.LongType, false),
            DataTypes.createStructField("idx", DataTypes.IntegerType, false),
            DataTypes.createStructField("fragment", DataTypes.StringType, false)));

    private final SparkSession spark;
    private final String organisations;
    private final String organisationsName;
    private final int partitions;
    private long driverEdges = DRIVER_EDGES;

    private SparkExtraction(SparkSession spark, String organisations, String organisationsName, int partitions) {
        this.spark = requireNonNull(spark, "spark");
        this.organisations = requireNonNull(organisations, "organisations");
        this.organisationsName = requireNonNull(organisationsName, "organisationsName");
        Preconditions.checkArgument(partitions >= 0, "partitions (%s) must not be negative", partitions);
        this.partitions = partitions;
    }

    /** The job on a session, with the bundled organisation registry and partitions chosen from the inputs. */
    public static SparkExtraction on(SparkSession spark) {
        return new SparkExtraction(spark, "", "", 0);
    }

    /**
     * The job with more organisations, as {@code --organisations FILE} gives them to the command line.
     *
     * @param registryText the text of a registry file (see {@code OrganisationRegistry#parse})
     * @param name what to call it in error messages, such as its path
     * @throws IllegalArgumentException when the text is not a valid registry
     */
    public SparkExtraction withOrganisations(String registryText, String name) {
        Tasks.registry(registryText, name); // refuses a bad file on the driver, before any task runs
        return new SparkExtraction(spark, registryText, name, partitions);
    }

    /**
     * The job with the articles spread over this many partitions for extraction. Without it (0), articles are
     * extracted in the partitions that read them, and spread over twice the default parallelism only when there are
     * fewer files than that.
     */
    public SparkExtraction withPartitions(int count) {
        return new SparkExtraction(spark, organisations, organisationsName, count);
    }

    /** The job finding components by label propagation beyond this many edges (tests use 0 to try that way). */
    SparkExtraction withDriverEdges(long edges) {
        SparkExtraction job = new SparkExtraction(spark, organisations, organisationsName, partitions);
        job.driverEdges = edges;
        return job;
    }

    /**
     * Plans the job over the given inputs and runs its merge. The outputs are computed when written or collected;
     * extraction runs once, its results kept for all of them.
     *
     * @param inputs files and folders, as local paths or URIs of any Hadoop file system
     * @throws IllegalArgumentException when an input does not exist or there is none
     * @throws IOException when a folder cannot be listed
     */
    public Result run(List<String> inputs) throws IOException {
        Preconditions.checkArgument(!inputs.isEmpty(), "give at least one input");
        List<InputFile> files = InputFiles.expand(inputs, spark.sparkContext().hadoopConfiguration());
        HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        int parallelism = spark.sparkContext().defaultParallelism();
        List<Row> fileRows = files.stream()
                .map(f -> RowFactory.create(f.index(), f.uri(), f.source())).toList();
        int slices = Math.max(1, Math.min(files.size(), parallelism * 4));
        Dataset<Row> fileSet = spark.createDataFrame(
                new JavaSparkContext(spark.sparkContext()).parallelize(fileRows, slices), Schemas.FILES);
        Dataset<Row> records = fileSet.mapPartitions(
                (MapPartitionsFunction<Row, Row>) it -> Tasks.read(it, conf), Encoders.row(Schemas.RECORDS));
        int spread = partitions > 0 ? partitions : files.size() < parallelism ? parallelism * 2 : 0;
        if (spread > 0) {
            records = records.repartition(spread);
        }
        Dataset<Row> extracted = records.mapPartitions(
                (MapPartitionsFunction<Row, Row>) Tasks::extract, Encoders.row(Schemas.EXTRACTED));
        return merge(extracted, files.size());
    }

    /**
     * Merges what was extracted ({@link Schemas#EXTRACTED} rows, one per record read), as {@link #run} does after
     * extracting.
     */
    Result merge(Dataset<Row> extracted, int files) {
        long start = System.nanoTime();
        Dataset<Row> kept = extracted.persist(StorageLevel.MEMORY_AND_DISK());
        // Extract once, in one job, before the merge's joins read the articles from several jobs at a time.
        long records = kept.count();
        long extractedAt = System.nanoTime();
        LOG.info("extracted {} records of {} files", records, files);
        Result result = new Result(files, kept);
        result.extraction = java.time.Duration.ofNanos(extractedAt - start);
        result.grouping = java.time.Duration.ofNanos(System.nanoTime() - extractedAt);
        return result;
    }

    /**
     * What a run gives: the predictions, the mentions, the agreements and the problems, as datasets, computed when
     * written or collected. Close it to release what it keeps cached.
     */
    public final class Result implements AutoCloseable {
        private final int files;
        private final Dataset<Row> extracted;
        private final Dataset<Row> mentions;
        private final Dataset<Row> numbered;
        private final Dataset<Row> identified;
        private final List<Dataset<Row>> cached = new ArrayList<>();
        private java.time.Duration extraction = java.time.Duration.ZERO;
        private java.time.Duration grouping = java.time.Duration.ZERO;

        private Result(int files, Dataset<Row> extracted) {
            this.files = files;
            this.extracted = extracted;
            cached.add(extracted);
            this.mentions = extracted.where(col("kind").equalTo("article"))
                    .select(col("seq"), col("source"), posexplode(col("mentions")).as(new String[] {"idx", "mention"}))
                    .select(col("seq").multiply(lit(1L << Tasks.MENTION_BITS)).plus(col("idx")).cast("long").as("mid"), col("seq"), col("idx"), col("source"), col("mention"));
            Dataset<Row> labels = components(edges());
            Dataset<Row> byComponent = mentions.join(labels, mentions.col("mid").equalTo(labels.col("node")), "left")
                    .select(col("mid"), col("seq"), col("idx"), col("source"), col("mention"),
                            coalesce(col("label"), col("mid")).as("label"));
            String registryText = organisations;
            String registryName = organisationsName;
            Dataset<Row> merged = byComponent.repartition(col("label")).sortWithinPartitions("label")
                    .mapPartitions((MapPartitionsFunction<Row, Row>) it -> mergeComponents(it, registryText,
                            registryName), Encoders.row(Schemas.COMPONENT_AGREEMENTS));
            Column n = col("n");
            this.numbered = merged
                    .withColumn("n", row_number().over(Window.partitionBy("base_id")
                            .orderBy(col("first_source"), col("first_mid"))))
                    .withColumn("id", when(n.equalTo(1), col("base_id"))
                            .otherwise(concat(col("base_id"), lit("-"), n.cast("string"))))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(numbered);
            Dataset<Row> ids = numbered.select(col("id"), explode(col("mids")).as("mid"));
            this.identified = mentions.join(ids, "mid").persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(identified);
        }

        /** The candidate pairs the blocking keys give, kept when the merger finds them one signing. */
        private Dataset<Row> edges() {
            String registryText = organisations;
            String registryName = organisationsName;
            Dataset<Row> keys = rarestGrams(mentions.mapPartitions(
                    (MapPartitionsFunction<Row, Row>) it -> Tasks.keys(it, registryText, registryName),
                    Encoders.row(Schemas.KEYS)));
            Dataset<Row> index = keys.where(col("probe").equalTo(false))
                    .select(col("key"), col("month"), col("mid").as("b"));
            Dataset<Row> probes = keys.where(col("probe")).select(col("key"), col("month"), col("mid").as("a"));
            Dataset<Row> byMonth = probes.where(col("month").notEqual(MergeKeys.ANY_MONTH))
                    .join(index, scala.jdk.javaapi.CollectionConverters.asScala(List.of("key", "month")).toSeq())
                    .select(col("a"), col("b"));
            Dataset<Row> anyMonth = probes.where(col("month").equalTo(MergeKeys.ANY_MONTH)).select(col("key"), col("a"))
                    .join(index.select(col("key"), col("b")), "key").select(col("a"), col("b"));
            Dataset<Row> pairs = byMonth.union(anyMonth).where(col("a").notEqual(col("b")))
                    .select(least(col("a"), col("b")).as("a"), greatest(col("a"), col("b")).as("b")).distinct();
            Dataset<Row> compact = mentions.map(
                    (MapFunction<Row, Row>) r -> RowFactory.create(r.getLong(0), Tasks.compact(r.getString(4))),
                    Encoders.row(COMPACT));
            Dataset<Row> edges = pairs
                    .join(compact.select(col("mid").as("a"), col("compact").as("ca")), "a")
                    .join(compact.select(col("mid").as("b"), col("compact").as("cb")), "b")
                    .select(col("a"), col("b"), col("ca"), col("cb"))
                    .mapPartitions((MapPartitionsFunction<Row, Row>) it -> Tasks.sameSigning(it, registryText,
                            registryName), Encoders.row(Schemas.EDGES))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(edges);
            return edges;
        }

        /**
         * The keys with their {@link MergeKeys#RAREST} placeholders made: each name that stands for itself by one
         * n-gram takes the n-gram the fewest keys of the input index ({@code S} keys), fewest first, then the least.
         */
        private Dataset<Row> rarestGrams(Dataset<Row> made) {
            Dataset<Row> keys = made.persist(StorageLevel.MEMORY_AND_DISK());
            cached.add(keys);
            Dataset<Row> pending = keys.where(col("key").startsWith(MergeKeys.RAREST))
                    .select(col("key").substr(2, 1).as("tag"), col("key").substr(3, Integer.MAX_VALUE).as("name"),
                            col("month"), col("probe"), col("mid"));
            Dataset<Row> counts = keys.where(col("probe").equalTo(false).and(col("key").startsWith("S")))
                    .groupBy("key").count();
            Dataset<Row> rarest = pending.select("name").distinct()
                    .flatMap((FlatMapFunction<Row, Row>) r -> MergeKeys.containedGrams(r.getString(0)).stream()
                            .map(gram -> RowFactory.create(r.getString(0), gram)).iterator(), Encoders.row(NAME_GRAMS))
                    .join(counts, col("gram").equalTo(counts.col("key")), "left")
                    .groupBy("name")
                    .agg(min(struct(coalesce(col("count"), lit(0L)).as("count"), col("gram"))).as("best"))
                    .select(col("name"), col("best.gram").as("gram"));
            Dataset<Row> resolved = pending.join(rarest, "name")
                    .select(concat(col("tag"), col("gram").substr(2, Integer.MAX_VALUE)).as("key"), col("month"),
                            col("probe"), col("mid"));
            return keys.where(not(col("key").startsWith(MergeKeys.RAREST))).unionByName(resolved);
        }

        /**
         * The connected components of the edges, by label propagation: each mention takes the least id among its own
         * and its neighbours' labels, then its label's label, until no label changes; every label is then the least id
         * of its component. Gives a row (node, label) for each mention with an edge.
         */
        private Dataset<Row> components(Dataset<Row> edges) {
            long count = edges.count();
            LOG.info("merge: {} pairs of mentions report one signing", count);
            if (count <= driverEdges) {
                return componentsOnDriver(edges);
            }
            Dataset<Row> arcs = edges.select(col("a").as("src"), col("b").as("dst"))
                    .union(edges.select(col("b").as("src"), col("a").as("dst")));
            Dataset<Row> labels = arcs.groupBy(col("src").as("node")).agg(min(col("dst")).as("least"))
                    .select(col("node"), least(col("node"), col("least")).as("label"))
                    .localCheckpoint();
            for (int round = 1; ; round++) {
                Dataset<Row> offered = arcs.join(labels, arcs.col("dst").equalTo(labels.col("node")))
                        .groupBy(arcs.col("src").as("node")).agg(min(labels.col("label")).as("offered"));
                Dataset<Row> hooked = labels.join(offered, "node")
                        .select(col("node"), least(col("label"), col("offered")).as("label"));
                // Pointer jumping: a node takes its label's label too, so a long chain of mentions (articles a few
                // weeks apart, each undated) is labelled in a few rounds rather than one round per link.
                Dataset<Row> parents = hooked.select(col("node").as("parent"), col("label").as("grand"));
                Dataset<Row> next = hooked.join(parents, hooked.col("label").equalTo(parents.col("parent")), "left")
                        .select(col("node"), least(col("label"), coalesce(col("grand"), col("label"))).as("label"))
                        .localCheckpoint();
                long changed = next.join(labels.withColumnRenamed("label", "old"), "node")
                        .where(col("label").lt(col("old"))).count();
                labels = next;
                LOG.info("merge: label propagation round {}: {} labels changed", round, changed);
                if (changed == 0) {
                    return labels;
                }
            }
        }

        /**
         * The connected components of a graph small enough for the driver, by union-find over its edges, streamed a
         * partition at a time: one pass, however long the chains of mentions are. The graph is the pairs of mentions
         * of one signing, far fewer than the mentions times the articles.
         */
        private Dataset<Row> componentsOnDriver(Dataset<Row> edges) {
            java.util.Map<Long, Long> parent = new java.util.HashMap<>();
            Iterator<Row> it = edges.toLocalIterator();
            while (it.hasNext()) {
                Row edge = it.next();
                long a = root(parent, edge.getLong(0));
                long b = root(parent, edge.getLong(1));
                if (a != b) {
                    parent.put(Math.max(a, b), Math.min(a, b));
                }
            }
            List<Row> labels = new ArrayList<>(parent.size());
            for (Long node : parent.keySet()) {
                labels.add(RowFactory.create(node, root(parent, node)));
            }
            return spark.createDataFrame(labels, LABELS);
        }

        /** How long reading and extracting took: {@link SparkExtraction#run} waits for it. */
        public java.time.Duration extractionTime() {
            return extraction;
        }

        /**
         * How long finding the mentions that may report one signing, and their components, took;
         * {@link SparkExtraction#run} waits for it too. Merging the components runs with the first output.
         */
        public java.time.Duration groupingTime() {
            return grouping;
        }

        /** The files the inputs expanded to. */
        public int files() {
            return files;
        }

        /**
         * The predictions: one JSON line per article, in input order, as {@code accord extract --json} writes them.
         */
        public Dataset<String> predictions() {
            Dataset<Row> fragments = identified.map((MapFunction<Row, Row>) r -> RowFactory.create(r.getAs("seq"),
                    r.getAs("idx"), PredictionJson.agreement(ModelJson.read(r.getAs("mention"), Mention.class),
                            r.getAs("id"))), Encoders.row(FRAGMENTS));
            Dataset<Row> grouped = fragments.groupBy("seq")
                    .agg(sort_array(collect_list(struct(col("idx"), col("fragment")))).as("parts"));
            Dataset<Row> headers = extracted.where(col("kind").equalTo("article")).select(col("seq"), col("header"));
            return headers.join(grouped, headers.col("seq").equalTo(grouped.col("seq")), "left")
                    .select(headers.col("seq"), col("header"), col("parts"))
                    .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getLong(0), line(r)), Encoders.row(LINES))
                    .orderBy("seq").select("line").as(Encoders.STRING());
        }

        private static String line(Row r) {
            List<String> parts = new ArrayList<>();
            if (!r.isNullAt(2)) {
                List<Row> structs = r.getList(2);
                structs.forEach(s -> parts.add(s.getString(1)));
            }
            return PredictionJson.line(r.getString(1), parts);
        }

        /** The Parquet table of mentions ({@link Schemas#MENTION_TABLE}), ordered as the predictions. */
        public Dataset<Row> mentions() {
            return identified.orderBy("seq", "idx").map((MapFunction<Row, Row>) r -> MentionTable.row(
                    ModelJson.read(r.getAs("mention"), Mention.class), r.getAs("idx"), r.getAs("id")),
                    Encoders.row(Schemas.MENTION_TABLE));
        }

        /**
         * The merged agreements, as JSON ({@code org.accord.core.model.Agreement} as Jackson writes it, with its
         * mentions), in the order {@link AgreementMerger#merge} gives them: by date, undated last, then identifier.
         */
        public Dataset<String> agreements() {
            return numbered.orderBy(col("date_key"), col("base_id"), col("n"))
                    .map((MapFunction<Row, String>) r -> r.<Integer>getAs("n") == 1 ? r.getAs("agreement")
                            : Tasks.renamed(r.getAs("agreement"), r.getAs("id")), Encoders.STRING());
        }

        /** The records skipped or failed, in input order: {@code source}, {@code kind}, {@code reason}. */
        public Dataset<Row> problems() {
            return extracted.where(col("kind").notEqual("article")).orderBy("seq")
                    .select(col("source"), col("kind"), col("reason"));
        }

        /** Counts the articles, mentions, agreements and problems; runs the job if nothing was written yet. */
        public Counts counts() {
            List<Row> kinds = extracted.groupBy("kind").count().collectAsList();
            long articles = 0;
            long skipped = 0;
            long failed = 0;
            for (Row row : kinds) {
                switch (row.getString(0)) {
                    case "article" -> articles = row.getLong(1);
                    case "skipped" -> skipped = row.getLong(1);
                    default -> failed += row.getLong(1);
                }
            }
            return new Counts(files, articles, identified.count(), numbered.count(), skipped, failed);
        }

        /**
         * Writes every output into a folder (any Hadoop URI): {@code predictions/} (JSON Lines text, parts in input
         * order), {@code mentions/} (Parquet), {@code agreements/} (JSON Lines text) and {@code problems/} (JSON
         * Lines). Existing outputs of the same names are replaced.
         */
        public void write(String folder) {
            String base = folder.replaceAll("/+$", "");
            predictions().write().mode("overwrite").text(base + "/predictions");
            mentions().write().mode("overwrite").parquet(base + "/mentions");
            agreements().write().mode("overwrite").text(base + "/agreements");
            problems().write().mode("overwrite").json(base + "/problems");
        }

        /**
         * The predictions, one line at a time in input order, pulled to the driver a partition at a time: for writing
         * one local file, as {@code accord extract --json} does.
         */
        public Iterator<String> predictionLines() {
            return predictions().toLocalIterator();
        }

        /** Releases the cached datasets. */
        @Override
        public void close() {
            cached.forEach(Dataset::unpersist);
        }
    }

    /** The root of a node in a union-find forest, compressing the path; a node not yet seen is its own root. */
    private static long root(java.util.Map<Long, Long> parent, long node) {
        long root = node;
        for (Long up = parent.get(root); up != null && up != root; up = parent.get(root)) {
            root = up;
        }
        parent.putIfAbsent(node, root);
        for (long at = node; at != root; ) {
            long up = parent.get(at);
            parent.put(at, root);
            at = up;
        }
        return root;
    }

    /** Merges the components of a partition, sorted by label, one after another, with one merger. */
    private static Iterator<Row> mergeComponents(Iterator<Row> rows, String organisations, String name) {
        AgreementMerger merger = new AgreementMerger(Tasks.registry(organisations, name));
        return new Iterator<>() {
            private Iterator<Row> merged = List.<Row>of().iterator();
            private @Nullable Row pending;

            @Override
            public boolean hasNext() {
                while (!merged.hasNext() && (pending != null || rows.hasNext())) {
                    List<Row> component = new ArrayList<>();
                    Row first = pending != null ? pending : rows.next();
                    pending = null;
                    component.add(first);
                    while (rows.hasNext()) {
                        Row row = rows.next();
                        if (row.getLong(5) != first.getLong(5)) {
                            pending = row;
                            break;
                        }
                        component.add(row);
                    }
                    merged = Tasks.merge(component.iterator(), merger);
                }
                return merged.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return merged.next();
            }
        };
    }

    /**
     * The figures of a run.
     *
     * @param files the files the inputs expanded to
     * @param articles the articles read and extracted
     * @param mentions the signings they report, each counted once per article
     * @param agreements the agreements after merging
     * @param skipped the records that hold no article
     * @param failed the files and records that could not be read or extracted
     */
    public record Counts(int files, long articles, long mentions, long agreements, long skipped, long failed) {
    }
}
