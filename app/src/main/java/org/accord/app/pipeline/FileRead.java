package org.accord.app.pipeline;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;
import org.accord.ingest.Format;

/**
 * One file read to its end, as told to a {@link Pipeline}'s listener.
 *
 * @param file the file as given ({@code -} for standard input)
 * @param format the format it was read as
 * @param articles the articles it gave (a container's records that held one; 0 for a container of none)
 */
public record FileRead(Path file, Format format, int articles) {

    /** Checks the values. */
    public FileRead {
        requireNonNull(file, "file");
        requireNonNull(format, "format");
    }

    /** The file, its format and its articles: {@code samples/a.txt (plain text, 1 article)}. */
    @Override
    public String toString() {
        return file + " (" + format.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", " + articles
                + (articles == 1 ? " article)" : " articles)");
    }
}
