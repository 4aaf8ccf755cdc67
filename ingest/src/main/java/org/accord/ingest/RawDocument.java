package org.accord.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one input and the name it came under, before its format is known.
 *
 * <pre>{@code
 * RawDocument page = new RawDocument("inbox/page.html", bytes, "gbk");   // charset from an HTTP header
 * List<Article> articles = Accord.reader().read(page);
 * List<Article> fromFile = Accord.reader().read(RawDocument.of(Path.of("news/page.html")));
 * }</pre>
 *
 * @param source the input's name: a file path, or a path and a record inside a container
 * @param content the raw bytes; the record keeps the array it is given, callers must not change it afterwards
 * @param charset the charset the input's container declared for it (an HTTP {@code Content-Type} in a WARC), or null
 */
public record RawDocument(String source, byte[] content, @Nullable String charset) {

    /** Checks that the source and the content are present. */
    public RawDocument {
        requireNonNull(source, "source");
        requireNonNull(content, "content");
    }

    /** A document with no declared charset. */
    public RawDocument(String source, byte[] content) {
        this(source, content, null);
    }

    /**
     * Reads a whole file.
     *
     * @throws IOException when the file cannot be read
     */
    public static RawDocument of(Path file) throws IOException {
        return new RawDocument(file.toString(), Files.readAllBytes(file));
    }

    /** The file name without its folders, lower case, for detection by name. */
    String fileName() {
        String name = source.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
