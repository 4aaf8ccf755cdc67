package org.accord.ingest;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
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

/**
 * The front door of ingest: detects each input's format and reads it with the matching {@link ArticleReader}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Readers readers = Readers.standard();
 * for (Path file : Readers.expand(List.of(Path.of("samples")))) {
 *     List<Article> articles = readers.read(file);
 * }
 * }</pre>
 */
public final class Readers {
    private final FormatDetector detector = new FormatDetector();
    private final Map<Format, ArticleReader> byFormat;

    private Readers(Map<Format, ArticleReader> byFormat) {
        this.byFormat = Map.copyOf(byFormat);
    }

    /** The readers on the class path, one per format, found with {@link ServiceLoader}. */
    public static Readers standard() {
        Map<Format, ArticleReader> byFormat = new EnumMap<>(Format.class);
        for (ArticleReader reader : ServiceLoader.load(ArticleReader.class, Readers.class.getClassLoader())) {
            byFormat.putIfAbsent(reader.format(), reader);
        }
        return new Readers(byFormat);
    }

    /**
     * Reads one file.
     *
     * @throws IngestException when the file cannot be read or holds no readable article, naming it and the reason
     */
    public List<Article> read(Path file) throws IngestException {
        RawDocument document;
        try {
            document = RawDocument.of(file);
        } catch (IOException e) {
            throw new IngestException(file.toString(), "cannot read the file (" + e.getMessage() + ")", e);
        }
        return read(document);
    }

    /**
     * Reads one document, whatever its format.
     *
     * @throws IngestException when it is empty, binary, or not readable as its format
     */
    public List<Article> read(RawDocument document) throws IngestException {
        if (document.content().length == 0) {
            throw new IngestException(document.source(), "the file is empty");
        }
        Format format = detector.detect(document);
        ArticleReader reader = byFormat.get(format);
        if (reader == null) {
            throw new IngestException(document.source(), "no reader for format " + format);
        }
        return reader.read(document);
    }

    /**
     * Expands files and folders into the regular files to read: folders recursively, hidden files and folders
     * skipped, in a stable order.
     *
     * @throws IOException when a folder cannot be listed
     * @throws IllegalArgumentException when a path does not exist
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            checkArgument(Files.exists(path), "input %s does not exist", path);
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
}
