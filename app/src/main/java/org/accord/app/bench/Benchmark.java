package org.accord.app.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.accord.app.pipeline.Failure;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;
import org.accord.ingest.RawDocument;
import org.accord.ingest.extract.Extractor;
import org.jspecify.annotations.Nullable;

/**
 * Measures reading and extraction on documents held in memory, so the disk is out of the measure. Each step reads one
 * document (decode, detect the format, parse) and extracts the signings of each of its articles; the documents are
 * cycled, in order, until enough articles have been processed. Single-threaded. A document that cannot be read, or
 * whose extraction fails, is counted as a failure and the run goes on.
 *
 * <pre>{@code
 * Benchmark benchmark = Benchmark.standard(documents);
 * LoadingCost loading = benchmark.measureLoading();   // first, before anything else has run
 * benchmark.run(200, failure -> {});                  // warm-up
 * Throughput measured = benchmark.run(10_000, failure -> err.println(failure));
 * }</pre>
 */
public final class Benchmark {
    private final Readers readers;
    private final Extractor extractor;
    private final List<RawDocument> documents;

    /**
     * @param readers reads each document
     * @param extractor finds the signings in each article
     * @param documents the documents to cycle through, in order
     * @throws IllegalArgumentException when there are no documents
     */
    Benchmark(Readers readers, Extractor extractor, List<RawDocument> documents) {
        checkArgument(!documents.isEmpty(), "there are no documents to measure");
        this.readers = requireNonNull(readers, "readers");
        this.extractor = requireNonNull(extractor, "extractor");
        this.documents = List.copyOf(documents);
    }

    /** The benchmark of the standard readers and extractor. */
    public static Benchmark standard(List<RawDocument> documents) {
        return new Benchmark(Readers.standard(), Extractor.standard(), documents);
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

    /**
     * Reads and extracts, cycling through the documents from the first, until at least the given number of articles
     * have been processed; stops after one cycle when no document holds an article.
     *
     * @param articles how many articles to process at least
     * @param onFailure told of each failed read or extraction, every time it fails
     */
    public Throughput run(long articles, Consumer<Failure> onFailure) {
        Tally tally = new Tally();
        long start = System.nanoTime();
        for (int i = 0; tally.articles < articles; i = (i + 1) % documents.size()) {
            process(documents.get(i), tally, onFailure);
            if (i == documents.size() - 1 && tally.articles == 0) {
                break;
            }
        }
        return tally.toThroughput(System.nanoTime() - start);
    }

    private void process(RawDocument document, Tally tally, Consumer<Failure> onFailure) {
        tally.bytes += document.content().length;
        try {
            for (Article article : readers.read(document)) {
                tally.articles++;
                tally.mentions += extractor.extract(article).size();
            }
        } catch (IngestException e) {
            tally.failures++;
            onFailure.accept(new Failure(e.source(), e.reason()));
        } catch (RuntimeException e) {
            tally.failures++;
            onFailure.accept(new Failure(document.source(), describe(e)));
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

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        String kind = "internal error (" + e.getClass().getSimpleName() + ")";
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    /** The running counts of one run. */
    private static final class Tally {
        private long articles;
        private long bytes;
        private long mentions;
        private long failures;

        Throughput toThroughput(long nanos) {
            return new Throughput(articles, bytes, mentions, failures, nanos);
        }
    }
}
