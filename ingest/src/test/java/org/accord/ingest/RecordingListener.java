package org.accord.ingest;

import java.util.ArrayList;
import java.util.List;
import org.accord.core.model.Article;

/** A {@link ReadListener} that keeps everything it is told, for tests to assert on. */
public final class RecordingListener implements ReadListener {
    /**
     * A record left out or failed.
     *
     * @param source the record
     * @param reason why
     */
    public record Outcome(String source, String reason) {
    }

    private final List<Article> articles = new ArrayList<>();
    private final List<Outcome> skipped = new ArrayList<>();
    private final List<Outcome> failed = new ArrayList<>();

    /** Reads a fixture with the standard readers and records what they report. */
    public static RecordingListener read(String fixture) throws IngestException {
        return read(Readers.standard(), Fixtures.article(fixture));
    }

    /** Reads a file with the given readers and records what they report. */
    public static RecordingListener read(Readers readers, java.nio.file.Path file) throws IngestException {
        RecordingListener listener = new RecordingListener();
        readers.read(file, listener);
        return listener;
    }

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void skipped(String source, String reason) {
        skipped.add(new Outcome(source, reason));
    }

    @Override
    public void failed(String source, String reason) {
        failed.add(new Outcome(source, reason));
    }

    /** The articles read, in order. */
    public List<Article> articles() {
        return articles;
    }

    /** The records skipped, in order. */
    public List<Outcome> skipped() {
        return skipped;
    }

    /** The records failed, in order. */
    public List<Outcome> failed() {
        return failed;
    }
}
