package org.accord.app.pipeline;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The predictions of a {@link Pipeline#stream streamed} run, written as the articles come, so that memory does not
 * grow with the articles read. An article that reports no signing is written at once, in its final form, to a
 * temporary file; one that reports signings needs the identifiers of the agreements they are merged into, known only
 * when every article has been read, so it leaves an empty line in its place. {@link #finish} then writes those
 * articles and copies everything, in input order, to the output. The temporary files are deleted on {@link #close()}.
 *
 * <pre>{@code
 * try (PredictionSpill spill = PredictionSpill.create(new PredictionWriter()::write)) {
 *     Batch batch = pipeline.stream(files, spill, onFailure, onFileRead, onProgress);
 *     AtomicFiles.writeText(json, writer -> spill.finish(batch, writer));
 * }
 * }</pre>
 */
public final class PredictionSpill implements Pipeline.ArticleSink, Closeable {
    private final Format format;
    private final Path records;
    private final Writer spill;
    private long placeholders;

    private PredictionSpill(Format format, Path records) throws IOException {
        this.format = format;
        this.records = records;
        this.spill = new FilterWriter(Files.newBufferedWriter(records, StandardCharsets.UTF_8)) {
            @Override
            public void flush() {
                // The format flushes after each batch; one article at a time that would be a write to disk each.
            }
        };
    }

    /** Writes the predictions of a batch, one line per article of {@link Batch#articles()}, in order. */
    @FunctionalInterface
    public interface Format {
        /**
         * Writes the lines.
         *
         * @throws IOException when writing fails
         */
        void write(Batch batch, Writer writer) throws IOException;
    }

    /**
     * A spill in a new temporary file of {@code java.io.tmpdir}.
     *
     * @param format writes the lines of the predictions
     * @throws IOException when the temporary file cannot be created
     */
    public static PredictionSpill create(Format format) throws IOException {
        return new PredictionSpill(requireNonNull(format, "format"),
                Files.createTempFile("accord-predictions-", ".jsonl.part"));
    }

    /** Writes the article's line, or the place of its line when it reports signings. */
    @Override
    public void accept(ExtractedArticle article) throws IOException {
        if (article.mentions().isEmpty()) {
            format.write(Batch.ofArticle(article), spill);
        } else {
            spill.write('\n');
            placeholders++;
        }
    }

    /**
     * Writes the predictions of every article, in input order, with the identifiers of the agreements.
     *
     * @param batch the streamed run's batch: its articles are those that report signings, in input order
     * @param out where to write; flushed, not closed
     * @throws IOException when writing or reading back fails
     * @throws IllegalStateException when the batch holds other articles than those that left their place
     */
    public void finish(Batch batch, Writer out) throws IOException {
        checkState(batch.articles().size() == placeholders, "the batch holds %s articles that report signings, "
                + "but %s were written", batch.articles().size(), placeholders);
        spill.close();
        Path signings = Files.createTempFile("accord-signings-", ".jsonl.part");
        try {
            try (Writer writer = Files.newBufferedWriter(signings, StandardCharsets.UTF_8)) {
                format.write(batch, writer);
            }
            try (BufferedReader lines = Files.newBufferedReader(records, StandardCharsets.UTF_8);
                    BufferedReader signingLines = Files.newBufferedReader(signings, StandardCharsets.UTF_8)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    out.write(line.isEmpty() ? requireNonNull(signingLines.readLine(), "a signing's line") : line);
                    out.write('\n');
                }
            }
            out.flush();
        } finally {
            Files.deleteIfExists(signings);
        }
    }

    /** Deletes the temporary file. */
    @Override
    public void close() throws IOException {
        try {
            spill.close();
        } finally {
            Files.deleteIfExists(records);
        }
    }
}
