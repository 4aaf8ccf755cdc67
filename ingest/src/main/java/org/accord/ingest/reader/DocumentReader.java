package org.accord.ingest.reader;

import org.accord.core.model.Article;
import org.accord.ingest.ArticleReader;
import org.accord.ingest.ArticleSink;
import org.accord.ingest.IngestException;
import org.accord.ingest.Input;
import org.accord.ingest.RawDocument;

/**
 * A reader of formats that hold one article and must be parsed whole (a page, a post, a DOCX, a PDF): it reads the
 * input into memory, bounded by {@link org.accord.ingest.Limits#maxDocumentBytes()}, and reports its one article.
 */
abstract class DocumentReader implements ArticleReader {

    @Override
    public final void read(Input input, ArticleSink sink) throws IngestException {
        sink.article(read(input.readAll()));
    }

    /**
     * Reads the one article of a document.
     *
     * @throws IngestException when the document is not readable as this format, with the reason
     */
    abstract Article read(RawDocument document) throws IngestException;
}
