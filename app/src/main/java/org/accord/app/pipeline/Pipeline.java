package org.accord.app.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.ReadListener;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;

/**
 * Reads files, extracts the signings each article reports and merges them into agreements. Containers (JSON Lines,
 * feeds, ZIP, WARC) are read record by record, each article extracted as soon as it is read. A file or record that
 * cannot be read, or whose article makes the extractor fail, is recorded as a {@link Failure} and the run goes on;
 * one that holds no article is recorded as skipped.
 *
 * <pre>{@code
 * Batch batch = Pipeline.standard().run(files, failure -> err.println(failure));
 * }</pre>
 */
public final class Pipeline {
    private final Readers readers;
    private final Extractor extractor;
    private final AgreementMerger merger;

    /**
     * @param readers reads each file
     * @param extractor finds the signings in each article
     * @param merger merges the mentions of all articles
     */
    Pipeline(Readers readers, Extractor extractor, AgreementMerger merger) {
        this.readers = requireNonNull(readers, "readers");
        this.extractor = requireNonNull(extractor, "extractor");
        this.merger = requireNonNull(merger, "merger");
    }

    /** The pipeline with the standard readers and extractor. */
    public static Pipeline standard() {
        return standard(new AgreementMerger());
    }

    /** The pipeline with the standard readers and extractor, merging with the given merger. */
    public static Pipeline standard(AgreementMerger merger) {
        return new Pipeline(Readers.standard(), Extractor.standard(), merger);
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
     * Reads, extracts and merges, telling of each file read and of the progress after each file.
     *
     * @param files the files to read ({@code -} for standard input), in the order their articles should be reported
     * @param onFailure told of each failed file or record as soon as it fails
     * @param onFileRead told of each file read to its end, as for {@link #run(List, Consumer, Consumer)}
     * @param onProgress told after each file, read or failed, how many files are done and how many articles read
     */
    public Batch run(List<Path> files, Consumer<Failure> onFailure, Consumer<FileRead> onFileRead,
            Consumer<Progress> onProgress) {
        Ledger ledger = new Ledger(onFailure);
        List<ExtractedArticle> articles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            articles.addAll(read(files.get(i), ledger, onFileRead));
            onProgress.accept(new Progress(i + 1, files.size(), articles.size()));
        }
        List<Mention> mentions = articles.stream().flatMap(a -> a.mentions().stream()).toList();
        return new Batch(ledger.accounts(), articles, merger.merge(mentions));
    }

    private List<ExtractedArticle> read(Path file, Ledger ledger, Consumer<FileRead> onFileRead) {
        FileReading reading = new FileReading(ledger);
        try {
            Format format = readers.read(file, reading);
            ledger.fileRead(file.toString(), format.container(), reading);
            if (format.container() || reading.extractionFailures.isEmpty()) {
                // A document whose only article the extractor failed on is a failed file, told through onFailure.
                onFileRead.accept(new FileRead(file, format, reading.articles.size()));
            }
        } catch (IngestException e) {
            ledger.fileFailed(new Failure(e.source(), e.reason()), reading);
        } catch (RuntimeException e) {
            ledger.fileFailed(new Failure(file.toString(), describe(e)), reading);
        }
        return reading.articles;
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        String kind = "internal error (" + e.getClass().getSimpleName() + ")";
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }

    /** What one file gave: its articles, extracted as they come, and its records skipped or failed. */
    private final class FileReading implements ReadListener {
        private final Ledger ledger;
        private final List<ExtractedArticle> articles = new ArrayList<>();
        private final List<Failure> extractionFailures = new ArrayList<>();
        private int skipped;
        private int failed;

        FileReading(Ledger ledger) {
            this.ledger = ledger;
        }

        @Override
        public void article(Article article) {
            try {
                articles.add(new ExtractedArticle(article, extractor.extract(article)));
            } catch (RuntimeException e) {
                extractionFailures.add(new Failure(article.source(), describe(e)));
            }
        }

        @Override
        public void skipped(String source, String reason) {
            skipped++;
            ledger.skipped.add(new Failure(source, reason));
        }

        @Override
        public void failed(String source, String reason) {
            failed++;
            ledger.recordFailed(new Failure(source, reason));
        }

        boolean hasRecords() {
            return !articles.isEmpty() || !extractionFailures.isEmpty() || skipped > 0 || failed > 0;
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
            if (reading.articles.isEmpty() && reading.extractionFailures.isEmpty() && reading.failed == 0) {
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
            } else {
                reading.articles.clear();
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
            records = records.plus(new Tally(reading.articles.size(), reading.skipped,
                    reading.failed + reading.extractionFailures.size()));
        }

        Batch.Accounts accounts() {
            return new Batch.Accounts(files, records, failedFiles, failedRecords, skipped);
        }
    }
}
