package org.accord.ingest;

import org.accord.core.model.Article;

/**
 * Told of every record {@link Readers} meets in an input, as soon as it meets it, so that a container's articles need
 * not be held in memory: each record is an article, or is skipped or failed with a reason. A plain document is one
 * record; a container (a JSON Lines file, a feed, a ZIP, a WARC) has one per line, item, entry or response.
 *
 * <pre>{@code
 * List<Mention> mentions = new ArrayList<>();
 * Format format = Accord.reader().read(Path.of("crawl.warc.gz"), new ReadListener() {
 *     public void article(Article article) { mentions.addAll(Accord.extractor().extract(article)); }
 *     public void skipped(String source, String reason) { }
 *     public void failed(String source, String reason) { System.err.println(source + ": " + reason); }
 * });
 * }</pre>
 */
public interface ReadListener {

    /** An article was read. */
    void article(Article article);

    /**
     * A record was left out on purpose because it holds no article (a WARC request record, an image in a ZIP).
     *
     * @param source the record, such as {@code crawl.warc.gz#3}
     * @param reason why, for a person to read
     */
    void skipped(String source, String reason);

    /**
     * A record could not be read; the reader goes on with the next one.
     *
     * @param source the record, such as {@code articles.jsonl:12}
     * @param reason what is wrong with it, for a person to read
     */
    void failed(String source, String reason);
}
