package org.accord.ingest;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One input on its way to a reader, as a stream so that containers (ZIP, WARC, JSON Lines) are never loaded whole: its
 * name, its first bytes for format detection, the charset its container declared, and the {@link Limits} that bound
 * it.
 *
 * <p>The stream is read once, by the reader {@link Readers} hands the input to. Whoever opened the underlying stream
 * closes it; readers consume it but do not close it.
 *
 * <pre>{@code
 * public void read(Input input, ArticleSink sink) throws IngestException {   // in an ArticleReader
 *     RawDocument document = input.readAll();   // at most input.limits().maxDocumentBytes()
 *     String text = new String(document.content(), StandardCharsets.UTF_8);
 *     sink.article(new Article(input.source(), null, "", Language.OTHER, null, text));
 * }
 * }</pre>
 */
public final class Input {
    /** How many leading bytes detection looks at. */
    static final int HEAD_BYTES = 8192;

    private final String source;
    private final byte[] head;
    private final InputStream stream;
    private final @Nullable String charset;
    private final Limits limits;
    private final int depth;

    private Input(String source, byte[] head, InputStream stream, @Nullable String charset,
            Limits limits, int depth) {
        checkArgument(!source.isBlank(), "source (%s) must name the input", source);
        this.source = source;
        this.head = head;
        this.stream = requireNonNull(stream, "stream");
        this.charset = charset;
        this.limits = requireNonNull(limits, "limits");
        this.depth = depth;
    }

    /** A document already in memory. */
    static Input of(RawDocument document, Limits limits) {
        byte[] content = document.content();
        return new Input(document.source(), Arrays.copyOf(content, Math.min(HEAD_BYTES, content.length)),
                new ByteArrayInputStream(content), document.charset(), limits, 0);
    }

    /**
     * A top-level input read from a stream, such as a file or standard input.
     *
     * @param stream the content; not closed
     * @throws IOException when its first bytes cannot be read
     */
    static Input open(String source, InputStream stream, Limits limits) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(stream, HEAD_BYTES);
        return new Input(source, head(buffered), buffered, null, limits, 0);
    }

    /**
     * A record of this container, one level deeper, such as a ZIP entry or a WARC response body.
     *
     * @param recordSource the record's name, such as {@code news.zip!/a.html}
     * @param content the record's content, bounded by the container; not closed
     * @param recordCharset the charset the container declares for it, or null
     * @throws IOException when its first bytes cannot be read
     */
    public Input nested(String recordSource, InputStream content, @Nullable String recordCharset)
            throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(content, HEAD_BYTES);
        return new Input(recordSource, head(buffered), buffered, recordCharset, limits, depth + 1);
    }

    private static byte[] head(BufferedInputStream stream) throws IOException {
        stream.mark(HEAD_BYTES);
        byte[] head = stream.readNBytes(HEAD_BYTES);
        stream.reset();
        return head;
    }

    /** The input's name: a file path, {@code -} for standard input, or a container's path plus a record. */
    public String source() {
        return source;
    }

    /** The file name without its folders, lower case, for detection by name. */
    public String fileName() {
        String name = source.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** Up to the first 8,192 bytes, for detection; a copy. */
    public byte[] head() {
        return head.clone();
    }

    /** Whether the input holds no byte at all. */
    boolean isEmpty() {
        return head.length == 0;
    }

    /** The whole content, from its first byte; read it once. */
    public InputStream stream() {
        return stream;
    }

    /** The charset its container declared, such as {@code gbk}, or null. */
    public @Nullable String charset() {
        return charset;
    }

    /** The bounds for this input and its records. */
    public Limits limits() {
        return limits;
    }

    /** How many containers this input sits in: 0 for a file given to {@link Readers}. */
    int depth() {
        return depth;
    }

    /**
     * Reads the whole input into memory, for formats that need it whole (a page, a DOCX, a PDF).
     *
     * @throws IngestException when it holds more than {@link Limits#maxDocumentBytes()} or cannot be read
     */
    public RawDocument readAll() throws IngestException {
        try {
            byte[] content = stream.readNBytes(Math.toIntExact(Math.min(Integer.MAX_VALUE - 8L,
                    limits.maxDocumentBytes() + 1)));
            if (content.length > limits.maxDocumentBytes()) {
                throw new IngestException(source, "too large: more than " + limits.describeMaxDocument()
                        + ", the most one document may hold");
            }
            return new RawDocument(source, content, charset);
        } catch (IOException e) {
            throw new IngestException(source, "cannot read the content (" + e.getMessage() + ")", e);
        }
    }
}
