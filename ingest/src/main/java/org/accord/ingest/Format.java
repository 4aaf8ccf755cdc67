package org.accord.ingest;

/** The formats Accord reads. Each has one {@link ArticleReader}. */
public enum Format {
    /** The plain text of a news page: a headline, a date line, paragraphs. */
    PLAIN_TEXT,
    /**
     * A Markdown document or a Jekyll/Hugo post: optional YAML front matter between {@code ---} lines, then an HTML or
     * Markdown body.
     */
    MARKDOWN,
    /** An HTML page. */
    HTML
}
