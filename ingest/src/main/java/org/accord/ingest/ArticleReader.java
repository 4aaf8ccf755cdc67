package org.accord.ingest;

import java.util.List;
import org.accord.core.model.Article;

/**
 * Reads the articles in one format. Implementations are found with {@link java.util.ServiceLoader}, are stateless and
 * thread-safe; {@link Readers} picks one by the {@link Format} it detects.
 */
public interface ArticleReader {

    /** The format this reader reads. */
    Format format();

    /**
     * Reads the articles in a document of this reader's format.
     *
     * @param document the input
     * @return the articles it holds; empty when it holds none
     * @throws IngestException when the document is not readable as this format, with the reason
     */
    List<Article> read(RawDocument document) throws IngestException;
}
