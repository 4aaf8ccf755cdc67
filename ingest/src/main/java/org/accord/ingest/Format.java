package org.accord.ingest;

/**
 * The formats Accord reads. Each has one {@link ArticleReader}.
 *
 * <pre>{@code
 * Format format = Accord.reader().read(Path.of("export.jsonl"), listener);   // told by content, then name
 * System.out.println("read as " + format + (format.container() ? ", record by record" : ""));
 * }</pre>
 */
public enum Format {
    /** The plain text of a news page: a headline, a date line, paragraphs. */
    PLAIN_TEXT(false),
    /**
     * A Markdown document or a Jekyll/Hugo post: optional YAML front matter between {@code ---} lines, then an HTML or
     * Markdown body.
     */
    MARKDOWN(false),
    /** An HTML page. */
    HTML(false),
    /** JSON article records: one object, an array of objects, or JSON Lines (one object per line). */
    JSON(true),
    /** An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item or entry. */
    FEED(true),
    /** A ZIP archive of documents in any of these formats. */
    ZIP(true),
    /** A WARC web archive, plain or gzipped: one article per HTML response record. */
    WARC(true),
    /** A Word document (Office Open XML), such as a press release. */
    DOCX(false),
    /** A PDF document with a text layer, such as a press release. */
    PDF(false);

    private final boolean container;

    Format(boolean container) {
        this.container = container;
    }

    /** Whether an input of this format holds records, each read, skipped or failed on its own. */
    public boolean container() {
        return container;
    }
}
