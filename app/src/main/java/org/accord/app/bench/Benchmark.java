package org.accord.app.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.accord.app.pipeline.Conveyor;
import org.accord.app.pipeline.ExtractedArticle;
import org.accord.app.pipeline.Failure;
import org.accord.app.pipeline.Pipeline;
import org.accord.app.pipeline.StageTimes;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.accord.ingest.ReadListener;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;
import org.accord.ingest.extract.SigningFilter;
import org.jspecify.annotations.Nullable;

/**
 * Measures reading and extraction on documents held in memory, so the disk is out of the measure, through the same
 * {@link Conveyor} as {@code accord extract}: each document is read (decode, detect the format, parse), each article
 * goes through the cascade's {@link SigningFilter} and, if it lets it through, the full extraction, and each is handed
 * to a sink (the predictions written as they come) in input order. A document that cannot be read, or whose
 * extraction fails, is counted as a failure and the run goes on.
 *
 * <pre>{@code
 * Benchmark benchmark = Benchmark.standard(documents);
 * LoadingCost loading = benchmark.measureLoading();   // first, before anything else has run
 * Workload workload = Workload.dense(benchmark.census());
 * Throughput measured = benchmark.run(workload.documents(10_000), 2, failure -> {}, article -> {});
 * Throughput ceiling = benchmark.readOnly(workload.documents(10_000), 2, failure -> {});
 * }</pre>
 */
public final class Benchmark {
    private final Readers readers;
    private final Extractor extractor;
    private final SigningFilter filter;
    private final List<RawDocument> documents;

    /**
     * @param readers reads each document
     * @param extractor finds the signings in each article
     * @param filter the cascade's first test
     * @param documents the documents the workloads are made of, in order
     * @throws IllegalArgumentException when there are no documents
     */
    Benchmark(Readers readers, Extractor extractor, SigningFilter filter, List<RawDocument> documents) {
        checkArgument(!documents.isEmpty(), "there are no documents to measure");
        this.readers = requireNonNull(readers, "readers");
        this.extractor = requireNonNull(extractor, "extractor");
        this.filter = requireNonNull(filter, "filter");
        this.documents = List.copyOf(documents);
    }

    /** The benchmark of the standard readers, filter and extractor. */
    public static Benchmark standard(List<RawDocument> documents) {
        return new Benchmark(Readers.standard(), Extractor.standard(), SigningFilter.standard(), documents);
    }

    /**
     * Times the first read, then the first extraction of the first English article and of the first Chinese article
     * of the documents, in that order. Call it before anything else reads or extracts in this JVM, or it measures
     * nothing but the work itself.
     */
    public LoadingCost measureLoading() {
        Duration firstRead = time(() -> readQuietly(documents.get(0)));
        Map<Language, Article> firsts = firstArticles();
        Duration english = timeExtraction(firsts.get(Language.ENGLISH));
        Duration chinese = timeExtraction(firsts.get(Language.CHINESE));
        return new LoadingCost(firstRead, english, chinese);
    }

    /** What each document holds: read and extracted once, with the full pipeline. */
    public Workload.Census census() {
        return Workload.Census.of(documents, readers, extractor, filter);
    }

    /** How many articles each document holds: read once, not extracted; enough for a dense workload. */
    public Workload.Census articleCounts() {
        return Workload.Census.counted(documents, readers);
    }

    /** The stream workload made from these documents (see {@link Workload#stream}). */
    public Workload stream(Workload.Census census, long seed) {
        return Workload.stream(census, readers, filter, seed);
    }

    /**
     * Reads, filters, extracts and hands on every article of the documents.
     *
     * @param run the documents, in order
     * @param threads the threads that read and extract
     * @param onFailure told of each failed read or extraction, every time it fails, in input order
     * @param sink told of each article in input order, on this thread: the write stage
     * @throws IOException when the sink fails
     */
    public Throughput run(Iterator<RawDocument> run, int threads, Consumer<Failure> onFailure,
            Pipeline.ArticleSink sink) throws IOException {
        return run(run, threads, true, onFailure, sink);
    }

    /**
     * Reads, filters if asked, extracts and hands on every article of the documents.
     *
     * @param run the documents, in order
     * @param threads the threads that read and extract
     * @param cascade whether the filter decides which articles go to the full extraction; without it, all do
     * @param onFailure told of each failed read or extraction, every time it fails, in input order
     * @param sink told of each article in input order, on this thread: the write stage
     * @throws IOException when the sink fails
     */
    public Throughput run(Iterator<RawDocument> run, int threads, boolean cascade, Consumer<Failure> onFailure,
            Pipeline.ArticleSink sink) throws IOException {
        return pass(run, new Conveyor<>(new Source(), cascade ? filter : null, extractor, threads), onFailure, sink);
    }

    /**
     * Only reads the documents (decode, detect the format, parse): the ceiling any extraction is measured against.
     *
     * @param run the documents, in order
     * @param threads the threads that read
     * @param onFailure told of each failed read, every time it fails
     */
    public Throughput readOnly(Iterator<RawDocument> run, int threads, Consumer<Failure> onFailure) {
        try {
            return pass(run, new Conveyor<>(new Source(), null, null, threads), onFailure, article -> { });
        } catch (IOException e) {
            throw new IllegalStateException("an empty sink cannot fail", e);
        }
    }

    private Throughput pass(Iterator<RawDocument> run, Conveyor<RawDocument> conveyor, Consumer<Failure> onFailure,
            Pipeline.ArticleSink sink) throws IOException {
        Tally tally = new Tally(onFailure, sink);
        long start = System.nanoTime();
        StageTimes stages = conveyor.run(run, tally);
        return new Throughput(tally.articles, tally.bytes, tally.mentions, tally.failures, System.nanoTime() - start,
                stages);
    }

    /** Reads a document in memory; its articles are told when it has been read whole. */
    private final class Source implements Conveyor.Source<RawDocument> {
        @Override
        public @Nullable Format read(RawDocument document, ReadListener listener) throws IngestException {
            for (Article article : readers.read(document)) {
                listener.article(article);
            }
            return null;
        }

        @Override
        public String name(RawDocument document) {
            return document.source();
        }
    }

    private Map<Language, Article> firstArticles() {
        Map<Language, Article> firsts = new EnumMap<>(Language.class);
        for (RawDocument document : documents) {
            readQuietly(document).forEach(article -> firsts.putIfAbsent(article.language(), article));
            if (firsts.containsKey(Language.ENGLISH) && firsts.containsKey(Language.CHINESE)) {
                break;
            }
        }
        return firsts;
    }

    /** The wall time of extracting the article; a failure is left for the measured runs to count. */
    private @Nullable Duration timeExtraction(@Nullable Article article) {
        if (article == null) {
            return null;
        }
        return time(() -> {
            try {
                extractor.extract(article);
            } catch (RuntimeException e) {
                // Counted, with its reason, when the runs meet the article again.
            }
        });
    }

    private List<Article> readQuietly(RawDocument document) {
        try {
            return readers.read(document);
        } catch (IngestException | RuntimeException e) {
            return List.of();
        }
    }

    private static Duration time(Runnable action) {
        long start = System.nanoTime();
        action.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The running counts of one run, kept on the calling thread. */
    private static final class Tally implements Conveyor.Receiver<RawDocument> {
        private final Consumer<Failure> onFailure;
        private final Pipeline.ArticleSink sink;
        private long articles;
        private long bytes;
        private long mentions;
        private long failures;

        Tally(Consumer<Failure> onFailure, Pipeline.ArticleSink sink) {
            this.onFailure = onFailure;
            this.sink = sink;
        }

        @Override
        public void article(ExtractedArticle article) throws IOException {
            articles++;
            mentions += article.mentions().size();
            sink.accept(article);
        }

        @Override
        public void extractionFailed(Failure failure) {
            articles++;
            fail(failure);
        }

        @Override
        public void skipped(String source, String reason) {
            // A record that holds no article, on purpose: nothing lost.
        }

        @Override
        public void failed(String source, String reason) {
            fail(new Failure(source, reason));
        }

        @Override
        public void inputRead(RawDocument document, @Nullable Format format) {
            bytes += document.content().length;
        }

        @Override
        public void inputFailed(RawDocument document, Failure failure) {
            bytes += document.content().length;
            fail(failure);
        }

        private void fail(Failure failure) {
            failures++;
            onFailure.accept(failure);
        }
    }
}
