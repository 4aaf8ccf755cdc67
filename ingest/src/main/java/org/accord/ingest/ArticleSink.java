package org.accord.ingest;

/**
 * Where an {@link ArticleReader} puts what it finds: articles and skipped or failed records, as for any
 * {@link ReadListener}, plus the documents a container holds ({@link #nested(Input)}), which {@link Readers} detects
 * and reads with the reader of their own format.
 *
 * <p>In {@link ArticleReader#read}, a container reports each of its records:
 *
 * <pre>{@code
 * sink.article(article);                                     // the record is an article
 * sink.skipped(input.source() + "#2", "a request record");   // it holds none, on purpose
 * sink.failed(input.source() + "#3", "no text");             // it cannot be read; go on with the next
 * sink.nested(input.nested(input.source() + "!/page.html", entry, null));   // a document in it: read now
 * }</pre>
 */
public interface ArticleSink extends ReadListener {

    /**
     * Reads a document held by a container, such as a ZIP entry or a WARC response body, with the reader of its
     * format. A nested document that cannot be read is reported with {@link #failed} and does not stop the container.
     *
     * @param document the record, made with {@link Input#nested}; read before this method returns
     */
    void nested(Input document);
}
