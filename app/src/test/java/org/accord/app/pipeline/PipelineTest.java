package org.accord.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.accord.app.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounts of a run over containers: every file and every record read, skipped or failed. */
class PipelineTest {
    private static Pipeline pipeline;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadOnce() {
        pipeline = Pipeline.standard();
    }

    @Test
    void run_jsonLinesWithABadLine_countsEveryRecordAndReadsTheRest() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path lines = Files.writeString(in.resolve("export.jsonl"), record(Fixtures.CHINESE_SAMPLE)
                + "\n{\"title\": \"cut off\", \"text\": \n" + record(Fixtures.ENGLISH_SAMPLE) + "\n");
        List<Failure> told = new ArrayList<>();

        Batch batch = pipeline.run(files(in), told::add);

        assertThat(batch.files()).isEqualTo(new Tally(2, 0, 0));
        assertThat(batch.records()).isEqualTo(new Tally(2, 0, 1));
        assertThat(batch.articles()).hasSize(3);
        assertThat(batch.recordFailures()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).isEqualTo(lines + ":2");
            assertThat(failure.reason()).startsWith("malformed JSON");
        });
        assertThat(told).containsExactlyElementsOf(batch.recordFailures());
        assertThat(batch.isComplete()).isFalse();
    }

    @Test
    void run_zipOfSamples_findsTheSameSigningsAsTheFiles() throws IOException {
        Path plain = Fixtures.copySamples(temp.resolve("plain"));
        Path zipped = zip(Files.createDirectories(temp.resolve("zipped")).resolve("samples.zip"), plain);

        Batch fromFiles = pipeline.run(files(plain), failure -> { });
        Batch fromZip = pipeline.run(List.of(zipped), failure -> { });

        assertThat(fromZip.records()).isEqualTo(new Tally(2, 0, 0));
        assertThat(fromZip.files()).isEqualTo(new Tally(1, 0, 0));
        assertThat(fromZip.agreements()).extracting(a -> a.id())
                .containsExactlyElementsOf(fromFiles.agreements().stream().map(a -> a.id()).toList());
    }

    @Test
    void run_containerWithNoArticle_isASkippedFileWithTheReason() throws IOException {
        Path warc = Files.writeString(temp.resolve("requests.warc"), "WARC/1.0\r\nWARC-Type: request\r\n"
                + "Content-Type: application/http; msgtype=request\r\nContent-Length: 16\r\n\r\nGET / HTTP/1.1\r\n"
                + "\r\n\r\n");

        Batch batch = pipeline.run(List.of(warc), failure -> { });

        assertThat(batch.files()).isEqualTo(new Tally(0, 1, 0));
        assertThat(batch.records()).isEqualTo(new Tally(0, 1, 0));
        assertThat(batch.skipped()).extracting(Failure::toString).containsExactly(
                warc + "#1: a WARC request record, not an HTML response",
                warc + ": holds no article (1 record skipped)");
        assertThat(batch.isComplete()).isTrue();
    }

    @Test
    void run_containerBrokenHalfway_failsTheFileButKeepsItsRecordsBefore() throws IOException {
        Path broken = Files.writeString(temp.resolve("export.json"),
                "[" + record(Fixtures.ENGLISH_SAMPLE) + ",\n{\"title\": \"Two\", \"text\": ");

        Batch batch = pipeline.run(List.of(broken), failure -> { });

        assertThat(batch.files()).isEqualTo(new Tally(0, 0, 1));
        assertThat(batch.records()).isEqualTo(new Tally(1, 0, 0));
        assertThat(batch.articles()).hasSize(1);
        assertThat(batch.failures()).singleElement().satisfies(failure ->
                assertThat(failure.reason()).startsWith("malformed JSON at line 2"));
    }

    private static String record(String sample) throws IOException {
        Path copy = Fixtures.copySamples(Files.createTempDirectory("sample"), sample).resolve(sample);
        return new ObjectMapper().writeValueAsString(Map.of("title", sample, "text", Files.readString(copy)));
    }

    private static List<Path> files(Path folder) throws IOException {
        try (var walk = Files.list(folder)) {
            return walk.sorted().toList();
        }
    }

    private static Path zip(Path archive, Path folder) throws IOException {
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : files(folder)) {
                zip.putNextEntry(new ZipEntry("samples/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return archive;
    }
}
