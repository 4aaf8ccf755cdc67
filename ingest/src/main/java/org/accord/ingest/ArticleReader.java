package org.accord.ingest;

/**
 * Reads the articles in one format. Implementations are found with {@link java.util.ServiceLoader}, are stateless and
 * thread-safe; {@link Readers} picks one by the {@link Format} it detects. A new format is one new implementation plus
 * its line in {@code META-INF/services/org.accord.ingest.ArticleReader}.
 *
 * <p>Readers stream: a container reports each record to the sink as soon as it is read, so its articles are never all
 * in memory at once.
 *
 * <p>Callers seldom use a reader directly: {@link Accord#reader()} holds them all.
 *
 * <pre>{@code
 * for (ArticleReader reader : ServiceLoader.load(ArticleReader.class)) {   // what Readers.standard() finds
 *     System.out.println(reader.format() + ": " + reader.getClass().getName());
 * }
 * List<Article> articles = Accord.reader().read(Path.of("news/page.html"));   // reader chosen by content
 * }</pre>
 */
public interface ArticleReader {

    /** The format this reader reads. */
    Format format();

    /**
     * Reads the articles in an input of this reader's format, reporting each record to the sink.
     *
     * @param input the input; its stream is consumed, not closed
     * @param sink told of every article, and of every record skipped or failed
     * @throws IngestException when the input as a whole is not readable as this format (a single document that is
     *     malformed, a container whose structure is broken), with the reason; records reported before stay reported
     */
    void read(Input input, ArticleSink sink) throws IngestException;
}
