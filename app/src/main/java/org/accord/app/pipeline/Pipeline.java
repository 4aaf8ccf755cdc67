package org.accord.app.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.ingest.Format;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;
import org.accord.ingest.extract.SigningFilter;
import org.jspecify.annotations.Nullable;

/**
 * Reads files, extracts the signings each article reports and merges them into agreements. Containers (JSON Lines,
 * feeds, ZIP, WARC) are read record by record, each article extracted as soon as it is read. A file or record that
 * cannot be read, or whose article makes the extractor fail, is recorded as a {@link Failure} and the run goes on;
 * one that holds no article is recorded as skipped.
 *
 * <p>Extraction is a cascade: the {@link SigningFilter} turns down, in one pass over its characters, every article
 * that holds no signing verb, and only the others go through the full extraction; the results are the same as without
 * the filter. With {@link #withThreads(int) several threads}, files are read and extracted in parallel, with bounded
 * queues (see {@link Conveyor}); the batch, the listeners' calls and their order are the same whatever the number of
 * threads.
 *
 * <pre>{@code
 * Batch batch = Pipeline.standard().withThreads(4).run(files, failure -> err.println(failure));
 * }</pre>
 */
public final class Pipeline {
    private final Readers readers;
    private final Extractor extractor;
    private final AgreementMerger merger;
    private final @Nullable SigningFilter filter;
    private final int threads;

    /**
     * @param readers reads each file
     * @param extractor finds the signings in each article
     * @param merger merges the mentions of all articles
     */
    Pipeline(Readers readers, Extractor extractor, AgreementMerger merger) {
        this(readers, extractor, merger, SigningFilter.standard(), 1);
    }

    /**
     * @param readers reads each file
     * @param extractor finds the signings in each article
     * @param merger merges the mentions of all articles
     * @param filter the cascade's first test, or null to extract every article
     * @param threads the threads that read and extract, at least 1
     */
    Pipeline(Readers readers, Extractor extractor, AgreementMerger merger, @Nullable SigningFilter filter,
            int threads) {
        checkArgument(threads >= 1, "threads (%s) must be at least 1", threads);
        this.readers = requireNonNull(readers, "readers");
        this.extractor = requireNonNull(extractor, "extractor");
        this.merger = requireNonNull(merger, "merger");
        this.filter = filter;
        this.threads = threads;
    }

    /** The pipeline with the standard readers, filter and extractor, on one thread. */
    public static Pipeline standard() {
        return standard(new AgreementMerger());
    }

    /** The pipeline with the standard readers, filter and extractor, on one thread, merging with the given merger. */
    public static Pipeline standard(AgreementMerger merger) {
        return new Pipeline(Readers.standard(), Extractor.standard(), merger);
    }

    /**
     * The same pipeline on another number of threads.
     *
     * @param count the threads that read and extract, at least 1
     * @throws IllegalArgumentException when count is less than 1
     */
    public Pipeline withThreads(int count) {
        return new Pipeline(readers, extractor, merger, filter, count);
    }

    /** The same pipeline without the cascade's filter: every article goes through the full extraction. */
    Pipeline withoutFilter() {
        return new Pipeline(readers, extractor, merger, null, threads);
    }

    /** The threads that read and extract. */
    public int threads() {
        return threads;
    }

    /**
     * Reads, extracts and merges.
     *
     * @param files the files to read ({@code -} for standard input), in the order their articles should be reported
     * @param onFailure told of each failed file or record as soon as it fails
     */
    public Batch run(List<Path> files, Consumer<Failure> onFailure) {
        return run(files, onFailure, fileRead -> { });
    }

    /**
     * Reads, extracts and merges, telling of each file read.
     *
     * @param files the files to read ({@code -} for standard input), in the order their articles should be reported
     * @param onFailure told of each failed file or record as soon as it fails
     * @param onFileRead told of each file read to its end, with its format and the articles it gave; a file that
     *     failed as a whole goes to {@code onFailure} instead
     */
    public Batch run(List<Path> files, Consumer<Failure> onFailure, Consumer<FileRead> onFileRead) {
        return run(files, onFailure, onFileRead, progress -> { });
    }

    /**
     * Reads, extracts and merges, telling of each file read and of the progress after each file. Every article read
     * is kept in the batch, with its text.
     *
     * @param files the files to read ({@code -} for standard input), in the order their articles should be reported
     * @param onFailure told of each failed file or record as soon as it fails
     * @param onFileRead told of each file read to its end, as for {@link #run(List, Consumer, Consumer)}
     * @param onProgress told after each file, read or failed, how many files are done and how many articles read
     */
    public Batch run(List<Path> files, Consumer<Failure> onFailure, Consumer<FileRead> onFileRead,
            Consumer<Progress> onProgress) {
        List<ExtractedArticle> articles = new ArrayList<>();
        try {
            return pass(files, articles::add, onFailure, onFileRead, onProgress, true);
        } catch (IOException e) {
            throw new UncheckedIOException("keeping an article in memory cannot fail", e);
        }
    }

    /**
     * Reads, extracts and merges, handing each article to the sink as soon as it and those before it are extracted,
     * in input order, and keeping in memory only the articles that report a signing (without their text): memory
     * does not grow with the number of articles read. The batch returned has {@link Batch#articleCount() every
     * article counted}, but {@link Batch#articles()} holds only those that report a signing.
     *
     * @param files the files to read ({@code -} for standard input), in the order their articles should be reported
     * @param sink told of each article, on this thread, in input order
     * @param onFailure told of each failed file or record, in input order
     * @param onFileRead told of each file read to its end, as for {@link #run(List, Consumer, Consumer)}
     * @param onProgress told after each file, read or failed, how many files are done and how many articles read
     * @throws IOException when the sink fails; the run stops
     */
    public Batch stream(List<Path> files, ArticleSink sink, Consumer<Failure> onFailure,
            Consumer<FileRead> onFileRead, Consumer<Progress> onProgress) throws IOException {
        return pass(files, sink, onFailure, onFileRead, onProgress, false);
    }

    /** Where {@link #stream} hands each article. */
    @FunctionalInterface
    public interface ArticleSink {
        /**
         * Takes one article and the signings found in it.
         *
         * @throws IOException when it cannot be written
         */
        void accept(ExtractedArticle article) throws IOException;
    }

    private Batch pass(List<Path> files, ArticleSink sink, Consumer<Failure> onFailure,
            Consumer<FileRead> onFileRead, Consumer<Progress> onProgress, boolean keepAll) throws IOException {
        Ledger ledger = new Ledger(onFailure);
        Receiver receiver = new Receiver(ledger, sink, keepAll, files.size(), onFileRead, onProgress);
        new Conveyor<Path>(readers::read, filter, extractor, threads).run(files.iterator(), receiver);
        List<ExtractedArticle> articles = receiver.kept;
        List<Mention> mentions = articles.stream().flatMap(a -> a.mentions().stream()).toList();
        return new Batch(ledger.accounts(), articles, receiver.articles, merger.merge(mentions));
    }

    static String describe(RuntimeException e) {
        String message = e.getMessage();
        String kind = "internal error (" + e.getClass().getSimpleName() + ")";
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    /** The records of every file, in input order, into the ledger, the sink and the listeners. */
    private static final class Receiver implements Conveyor.Receiver<Path> {
        private final Ledger ledger;
        private final ArticleSink sink;
        private final boolean keepAll;
        private final int files;
        private final Consumer<FileRead> onFileRead;
        private final Consumer<Progress> onProgress;
        private final List<ExtractedArticle> kept = new ArrayList<>();
        private FileReading reading = new FileReading();
        private int filesDone;
        private int articles;

        Receiver(Ledger ledger, ArticleSink sink, boolean keepAll, int files, Consumer<FileRead> onFileRead,
                Consumer<Progress> onProgress) {
            this.ledger = ledger;
            this.sink = sink;
            this.keepAll = keepAll;
            this.files = files;
            this.onFileRead = onFileRead;
            this.onProgress = onProgress;
        }

        @Override
        public void article(ExtractedArticle article) throws IOException {
            reading.articles++;
            articles++;
            sink.accept(article);
            if (!keepAll && !article.mentions().isEmpty()) {
                kept.add(withoutText(article));
            } else if (keepAll) {
                kept.add(article);
            }
        }

        @Override
        public void extractionFailed(Failure failure) {
            reading.extractionFailures.add(failure);
        }

        @Override
        public void skipped(String source, String reason) {
            reading.skipped++;
            ledger.skipped.add(new Failure(source, reason));
        }

        @Override
        public void failed(String source, String reason) {
            reading.failed++;
            ledger.recordFailed(new Failure(source, reason));
        }

        @Override
        public void inputRead(Path file, @Nullable Format format) {
            Format read = requireNonNull(format, "format");
            ledger.fileRead(file.toString(), read.container(), reading);
            if (read.container() || reading.extractionFailures.isEmpty()) {
                // A document whose only article the extractor failed on is a failed file, told through onFailure.
                onFileRead.accept(new FileRead(file, read, reading.articles));
            }
            next();
        }

        @Override
        public void inputFailed(Path file, Failure failure) {
            ledger.fileFailed(failure, reading);
            next();
        }

        private void next() {
            reading = new FileReading();
            onProgress.accept(new Progress(++filesDone, files, articles));
        }

        /** The article as the predictions and the merge need it: everything but its text. */
        private static ExtractedArticle withoutText(ExtractedArticle extracted) {
            Article a = extracted.article();
            return new ExtractedArticle(new Article(a.source(), a.url(), a.title(), a.language(), a.published(), "",
                    a.mixedLanguage()), extracted.mentions());
        }
    }

    /** What one file gave: its articles, extracted as they come, and its records skipped or failed. */
    private static final class FileReading {
        private final List<Failure> extractionFailures = new ArrayList<>();
        private int articles;
        private int skipped;
        private int failed;

        boolean hasRecords() {
            return articles > 0 || !extractionFailures.isEmpty() || skipped > 0 || failed > 0;
        }
    }

    /** The running accounts of a run: every file and record, and each failure told as soon as it is known. */
    private static final class Ledger {
        private final Consumer<Failure> onFailure;
        private final List<Failure> failedFiles = new ArrayList<>();
        private final List<Failure> failedRecords = new ArrayList<>();
        private final List<Failure> skipped = new ArrayList<>();
        private Tally files = Tally.none();
        private Tally records = Tally.none();

        Ledger(Consumer<Failure> onFailure) {
            this.onFailure = onFailure;
        }

        void recordFailed(Failure failure) {
            failedRecords.add(failure);
            onFailure.accept(failure);
        }

        /** A file read to its end: a plain document is its one article; a container is its records. */
        void fileRead(String source, boolean container, FileReading reading) {
            if (!container) {
                if (reading.extractionFailures.isEmpty()) {
                    files = files.plus(new Tally(1, 0, 0));
                } else {
                    // The extractor failed on the file's only article: the file failed, as a whole.
                    failFile(new Failure(source, reading.extractionFailures.get(0).reason()));
                }
                return;
            }
            countRecords(reading);
            if (reading.articles == 0 && reading.extractionFailures.isEmpty() && reading.failed == 0) {
                files = files.plus(new Tally(0, 1, 0));
                skipped.add(new Failure(source, reading.skipped == 0 ? "holds no record"
                        : "holds no article (" + reading.skipped + (reading.skipped == 1 ? " record" : " records")
                        + " skipped)"));
            } else {
                files = files.plus(new Tally(1, 0, 0));
            }
        }

        /** A file that failed as a whole; the records a container gave before it broke still count. */
        void fileFailed(Failure failure, FileReading reading) {
            if (reading.hasRecords()) {
                countRecords(reading);
            }
            failFile(failure);
        }

        private void failFile(Failure failure) {
            files = files.plus(new Tally(0, 0, 1));
            failedFiles.add(failure);
            onFailure.accept(failure);
        }

        private void countRecords(FileReading reading) {
            reading.extractionFailures.forEach(this::recordFailed);
            records = records.plus(new Tally(reading.articles, reading.skipped,
                    reading.failed + reading.extractionFailures.size()));
        }

        Batch.Accounts accounts() {
            return new Batch.Accounts(files, records, failedFiles, failedRecords, skipped);
        }
    }
}
