package org.accord.ingest;

/**
 * An input could not be read as an article. The message names the input and the reason; {@link #source()} and
 * {@link #reason()} carry them as data.
 *
 * <pre>{@code
 * try {
 *     List<Article> articles = Accord.reader().read(Path.of("press/release.pdf"));
 * } catch (IngestException e) {
 *     System.err.println("not read: " + e.source() + ": " + e.reason());
 * }
 * }</pre>
 */
public class IngestException extends Exception {
    private static final long serialVersionUID = 1L;
    /** The input that failed, as {@link #source()} returns it. */
    private final String source;
    /** What is wrong with the input, as {@link #reason()} returns it. */
    private final String reason;

    /**
     * @param source the input that failed
     * @param reason what is wrong with it, for a person to read
     * @param cause the underlying failure, if any
     */
    public IngestException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /**
     * @param source the input that failed
     * @param reason what is wrong with it, for a person to read
     */
    public IngestException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    /** The input that failed. */
    public String source() {
        return source;
    }

    /** What is wrong with it. */
    public String reason() {
        return reason;
    }
}
