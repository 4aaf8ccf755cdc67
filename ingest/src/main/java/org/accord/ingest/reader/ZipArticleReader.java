package org.accord.ingest.reader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.accord.ingest.ArticleReader;
import org.accord.ingest.ArticleSink;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.Input;
import org.accord.ingest.Limits;

/**
 * Reads a ZIP archive as a stream, entry by entry, each entry read with the reader of its own format and named
 * {@code archive.zip!/folder/page.html}. Entry names are only ever labels: nothing is written to disk, so a name such
 * as {@code ../../etc/passwd} can choose no path. Hidden entries ({@code .DS_Store}, {@code __MACOSX/}) are skipped.
 *
 * <p>Zip bombs are bounded: an entry may inflate to at most {@link Limits#maxDocumentBytes()} and an archive may hold
 * at most {@link Limits#maxEntries()} entries. An entry over the size bound stops the archive, since skipping past it
 * would mean inflating it.
 *
 * <p>Not called directly: {@link org.accord.ingest.Readers#standard()}, which {@link org.accord.ingest.Accord#reader()}
 * returns, finds it through {@code META-INF/services} and hands it every input whose content is a ZIP archive other
 * than a Word document.
 *
 * <pre>{@code
 * Format format = Accord.reader().read(Path.of("bundle.zip"), listener);   // each entry to the listener
 * }</pre>
 */
public final class ZipArticleReader implements ArticleReader {

    @Override
    public Format format() {
        return Format.ZIP;
    }

    @Override
    public void read(Input input, ArticleSink sink) throws IngestException {
        // Not closed: closing would close the input's stream, which belongs to whoever opened it.
        ZipInputStream zip = new ZipInputStream(input.stream(), StandardCharsets.UTF_8);
        int entries = 0;
        try {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                String source = input.source() + "!/" + entry.getName();
                if (++entries > input.limits().maxEntries()) {
                    sink.failed(source, "more than " + input.limits().maxEntries() + " entries in the archive; "
                            + "this one and the rest are not read");
                    return;
                }
                readEntry(input, zip, source, entry.getName(), sink);
            }
        } catch (IOException e) {
            throw new IngestException(input.source(), "broken ZIP archive after " + entries + " entries ("
                    + e.getMessage() + "); the rest is not read", e);
        } catch (IllegalArgumentException e) {
            // ZipInputStream's way of saying an entry name is not UTF-8 and carries no UTF-8 flag.
            throw new IngestException(input.source(), "an entry name after " + entries + " entries is not UTF-8 ("
                    + e.getMessage() + "); the rest is not read", e);
        }
    }

    private static void readEntry(Input input, ZipInputStream zip, String source, String name, ArticleSink sink)
            throws IOException, IngestException {
        if (isHidden(name)) {
            sink.skipped(source, "a hidden file, not an article");
            return;
        }
        long limit = input.limits().maxDocumentBytes();
        BoundedStream entry = new BoundedStream(zip, limit + 1);
        sink.nested(input.nested(source, entry, null));
        if (entry.drain()) {
            throw new IngestException(input.source(), "stopped at " + name + ": it inflates to more than "
                    + input.limits().describeMaxDocument() + " (a zip bomb?), and the entries after it are not read");
        }
    }

    private static boolean isHidden(String name) {
        for (String part : name.split("[/\\\\]")) {
            if (part.startsWith(".") && !part.equals(".") && !part.equals("..") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
