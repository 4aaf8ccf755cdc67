package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.accord.core.model.Article;
import org.accord.ingest.IngestException;
import org.accord.ingest.Limits;
import org.accord.ingest.Readers;
import org.accord.ingest.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipArticleReaderTest {
    private static final String ARTICLE = "Alpha University and Beta Lab sign an agreement\n\nThey signed it today.";

    @TempDir
    Path dir;

    @Test
    void read_archive_readsEachEntryWithTheReaderOfItsFormat() throws IngestException {
        RecordingListener read = RecordingListener.read("zip/folder-of-articles-with-a-feed-and-mac-clutter.zip");

        assertThat(read.articles()).extracting(Article::source).map(s -> s.substring(s.indexOf('!')))
                .containsExactly("!/press/en-sdut-024.txt", "!/press/zh-huaue-002.txt",
                        "!/press/feeds/university-news.xml#1", "!/press/feeds/university-news.xml#2");
        assertThat(read.articles().get(1).text()).contains("中国海洋大学与青岛大学战略合作协议签约仪式");
    }

    @Test
    void read_archiveWithMacClutter_skipsHiddenEntriesWithAReason() throws IngestException {
        RecordingListener read = RecordingListener.read("zip/folder-of-articles-with-a-feed-and-mac-clutter.zip");

        assertThat(read.skipped()).singleElement().satisfies(skip -> {
            assertThat(skip.source()).endsWith("!/__MACOSX/press/._en-sdut-024.txt");
            assertThat(skip.reason()).contains("hidden");
        });
        assertThat(read.failed()).isEmpty();
    }

    @Test
    void read_zipBomb_refusesTheEntryPastTheSizeBoundAndStops() throws IOException {
        Path bomb = zip("bomb.zip", "a.txt", ARTICLE.getBytes(StandardCharsets.UTF_8), "zeros.txt", new byte[3_000_000],
                "b.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> bounded(1_000_000, 100).read(bomb, listener)).isInstanceOf(IngestException.class)
                .hasMessageContaining("bomb.zip: stopped at zeros.txt: it inflates to more than 1 MB");
        assertThat(listener.articles()).extracting(Article::source).containsExactly(bomb + "!/a.txt");
        assertThat(listener.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(bomb + "!/zeros.txt");
            assertThat(failure.reason()).contains("too large: more than 1 MB");
        });
    }

    @Test
    void read_zipBombUnderStandardLimits_isRefusedWithoutInflatingItAll() throws IOException {
        Path bomb = zip("standard-bomb.zip", "zeros.txt", new byte[100_000_000]);

        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertThatThrownBy(() -> Readers.standard().read(bomb, new RecordingListener()))
                .isInstanceOf(IngestException.class).hasMessageContaining("inflates to more than 64 MB");
    }

    @Test
    void read_archiveWithTooManyEntries_readsUpToTheBoundAndReportsTheRest() throws IOException, IngestException {
        byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
        Path many = zip("many.zip", "1.txt", article, "2.txt", article, "3.txt", article, "4.txt", article);

        RecordingListener read = RecordingListener.read(bounded(1_000_000, 2), many);

        assertThat(read.articles()).hasSize(2);
        assertThat(read.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).endsWith("many.zip!/3.txt");
            assertThat(failure.reason()).isEqualTo("more than 2 entries in the archive; this one and the rest are "
                    + "not read");
        });
    }

    @Test
    void read_entryNamedOutsideTheArchive_isOnlyALabelAndWritesNothing() throws IOException, IngestException {
        Path archive = zip("traversal.zip", "../../escaped.txt", ARTICLE.getBytes(StandardCharsets.UTF_8));

        RecordingListener read = RecordingListener.read(Readers.standard(), archive);

        assertThat(read.articles()).extracting(Article::source).containsExactly(archive + "!/../../escaped.txt");
        assertThat(dir.getParent().resolve("escaped.txt")).doesNotExist();
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void read_emptyEntry_isAFailedRecordAndTheArchiveGoesOn() throws IOException, IngestException {
        Path archive = zip("with-empty.zip", "empty.txt", new byte[0], "a.txt",
                ARTICLE.getBytes(StandardCharsets.UTF_8));

        RecordingListener read = RecordingListener.read(Readers.standard(), archive);

        assertThat(read.articles()).hasSize(1);
        assertThat(read.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).endsWith("with-empty.zip!/empty.txt");
            assertThat(failure.reason()).isEqualTo("the file is empty");
        });
    }

    @Test
    void read_truncatedArchive_failsNamingItAndKeepsTheEntriesBefore() throws IOException {
        byte[] article = ARTICLE.getBytes(StandardCharsets.UTF_8);
        Path whole = zip("whole.zip", "a.txt", article, "b.txt", new byte[50_000]);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("truncated.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> Readers.standard().read(truncated, listener)).isInstanceOf(IngestException.class)
                .hasMessageContaining("truncated.zip: broken ZIP archive after 2 entries");
        assertThat(listener.articles()).hasSize(1);
    }

    private static Readers bounded(long maxDocumentBytes, int maxEntries) {
        return Readers.standard().withLimits(new Limits(maxDocumentBytes, maxEntries, 3));
    }

    private Path zip(String name, Object... entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) entries[i]));
                zip.write((byte[]) entries[i + 1]);
                zip.closeEntry();
            }
        }
        return file;
    }
}
