package org.accord.ingest;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.accord.core.model.Article;
import org.jspecify.annotations.Nullable;

/**
 * Detects each input's format and reads it with the matching {@link ArticleReader}, the records of containers (ZIP
 * entries, WARC responses) included. {@link Accord#reader()} gives the standard ones. Immutable and thread-safe.
 *
 * <pre>{@code
 * Readers readers = Readers.standard();
 * for (Path file : Readers.expand(List.of(Path.of("samples")))) {
 *     readers.read(file, listener);               // streams: each article as soon as it is read
 *     List<Article> articles = readers.read(file);  // or all at once, for small inputs
 * }
 * }</pre>
 */
public final class Readers {
    /** The path that stands for standard input. */
    public static final Path STANDARD_INPUT = Path.of("-");

    private final FormatDetector detector = new FormatDetector();
    private final Map<Format, ArticleReader> byFormat;
    private final Limits limits;

    private Readers(Map<Format, ArticleReader> byFormat, Limits limits) {
        this.byFormat = Map.copyOf(byFormat);
        this.limits = requireNonNull(limits, "limits");
    }

    /** The readers on the class path, one per format, found with {@link ServiceLoader}, with the standard limits. */
    public static Readers standard() {
        Map<Format, ArticleReader> byFormat = new EnumMap<>(Format.class);
        for (ArticleReader reader : ServiceLoader.load(ArticleReader.class, Readers.class.getClassLoader())) {
            byFormat.putIfAbsent(reader.format(), reader);
        }
        return new Readers(byFormat, Limits.standard());
    }

    /** The same readers with other limits. */
    public Readers withLimits(Limits newLimits) {
        return new Readers(byFormat, newLimits);
    }

    /**
     * Reads one file, or standard input for {@link #STANDARD_INPUT}, telling the listener of each record.
     *
     * @return the format the input was read as
     * @throws IngestException when the input as a whole cannot be read, naming it and the reason; records reported
     *     before stay reported
     */
    public Format read(Path file, ReadListener listener) throws IngestException {
        if (file.equals(STANDARD_INPUT)) {
            // Standard input belongs to the process: read it, never close it.
            return read(open(file.toString(), System.in), listener);
        }
        try (InputStream stream = Files.newInputStream(file)) {
            return read(open(file.toString(), stream), listener);
        } catch (IOException e) {
            throw new IngestException(file.toString(), "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads one input, whatever its format, telling the listener of each record.
     *
     * @return the format the input was read as
     * @throws IngestException when it is empty, has no reader, or is not readable as its format
     */
    public Format read(Input input, ReadListener listener) throws IngestException {
        if (input.isEmpty()) {
            throw new IngestException(input.source(), "the file is empty");
        }
        Format format = detector.detect(input);
        ArticleReader reader = byFormat.get(format);
        if (reader == null) {
            throw new IngestException(input.source(), "no reader for format " + format);
        }
        reader.read(input, new Dispatcher(listener));
        return format;
    }

    /**
     * Reads one file and returns all its articles. Records of a container that fail are left out; use
     * {@link #read(Path, ReadListener)} to hear of them.
     *
     * @throws IngestException when the file cannot be read or, holding no readable article, has a record that failed
     */
    public List<Article> read(Path file) throws IngestException {
        Collector collector = new Collector();
        read(file, collector);
        return collector.articles();
    }

    /**
     * Reads one document in memory, whatever its format, and returns all its articles.
     *
     * @throws IngestException when it is empty, binary, or not readable as its format
     */
    public List<Article> read(RawDocument document) throws IngestException {
        Collector collector = new Collector();
        read(Input.of(document, limits), collector);
        return collector.articles();
    }

    private Input open(String source, InputStream stream) throws IngestException {
        try {
            return Input.open(source, stream, limits);
        } catch (IOException e) {
            throw new IngestException(source, "cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Expands files and folders into the regular files to read: folders recursively, hidden files and folders
     * skipped, in a stable order. {@link #STANDARD_INPUT} is kept as it is.
     *
     * @throws IOException when a folder cannot be listed
     * @throws IllegalArgumentException when a path does not exist
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            checkArgument(path.equals(STANDARD_INPUT) || Files.exists(path), "input %s does not exist", path);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(p -> !isHidden(path.relativize(p)))
                            .sorted(Comparator.comparing(Path::toString)).forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Hands a container's documents back to the reader of their format; their failures become failed records. */
    private final class Dispatcher implements ArticleSink {
        private final ReadListener listener;

        Dispatcher(ReadListener listener) {
            this.listener = listener;
        }

        @Override
        public void article(Article article) {
            listener.article(article);
        }

        @Override
        public void skipped(String source, String reason) {
            listener.skipped(source, reason);
        }

        @Override
        public void failed(String source, String reason) {
            listener.failed(source, reason);
        }

        @Override
        public void nested(Input document) {
            if (document.depth() > document.limits().maxDepth()) {
                listener.failed(document.source(), "containers nested deeper than "
                        + document.limits().maxDepth() + "; not read");
                return;
            }
            try {
                read(document, listener);
            } catch (IngestException e) {
                listener.failed(e.source(), e.reason());
            } catch (RuntimeException e) {
                // One broken record must not lose the rest of its container.
                listener.failed(document.source(), "internal error (" + e.getClass().getSimpleName() + "): "
                        + e.getMessage());
            }
        }
    }

    /** Keeps the articles, and the first failure in case there is no article. */
    private static final class Collector implements ReadListener {
        private final List<Article> articles = new ArrayList<>();
        private @Nullable IngestException firstFailure;

        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void skipped(String source, String reason) {
            // Nothing was lost: the record holds no article.
        }

        @Override
        public void failed(String source, String reason) {
            if (firstFailure == null) {
                firstFailure = new IngestException(source, reason);
            }
        }

        List<Article> articles() throws IngestException {
            if (articles.isEmpty() && firstFailure != null) {
                throw firstFailure;
            }
            return List.copyOf(articles);
        }
    }
}
