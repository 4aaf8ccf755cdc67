package org.accord.app.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;

/**
 * Reads files, extracts the signings each article reports and merges them into agreements. A file that cannot be read,
 * or whose articles make the extractor fail, is recorded as a {@link Failure} and the run goes on.
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
    public Pipeline(Readers readers, Extractor extractor, AgreementMerger merger) {
        this.readers = requireNonNull(readers, "readers");
        this.extractor = requireNonNull(extractor, "extractor");
        this.merger = requireNonNull(merger, "merger");
    }

    /** The pipeline with the standard readers and extractor. */
    public static Pipeline standard() {
        return new Pipeline(Readers.standard(), Extractor.standard(), new AgreementMerger());
    }

    /**
     * Reads, extracts and merges.
     *
     * @param files the files to read, in the order their articles should be reported
     * @param onFailure told of each failed file as soon as it fails
     */
    public Batch run(List<Path> files, Consumer<Failure> onFailure) {
        List<ExtractedArticle> articles = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (Path file : files) {
            try {
                articles.addAll(extract(readers.read(file)));
            } catch (IngestException e) {
                fail(new Failure(e.source(), e.reason()), failures, onFailure);
            } catch (RuntimeException e) {
                fail(new Failure(file.toString(), describe(e)), failures, onFailure);
            }
        }
        List<Mention> mentions = articles.stream().flatMap(a -> a.mentions().stream()).toList();
        return new Batch(files.size(), articles, failures, merger.merge(mentions));
    }

    private List<ExtractedArticle> extract(List<Article> articles) {
        return articles.stream().map(article -> new ExtractedArticle(article, extractor.extract(article))).toList();
    }

    private static void fail(Failure failure, List<Failure> failures, Consumer<Failure> onFailure) {
        failures.add(failure);
        onFailure.accept(failure);
    }

    private static String describe(RuntimeException e) {
        String message = e.getMessage();
        String kind = "internal error (" + e.getClass().getSimpleName() + ")";
        return message == null || message.isBlank() ? kind : kind + ": " + message;
    }
}
