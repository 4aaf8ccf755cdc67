package org.accord.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.accord.app.Fixtures;
import org.accord.app.json.PredictionWriter;
import org.accord.ingest.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pipeline on several threads, with and without the cascade's filter, collected or streamed: over a folder of
 * signings, articles about other things, containers with bad records and unreadable files, every run gives the same
 * predictions byte for byte and the same accounts, told in the same order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineThreadsTest {
    private List<Path> files;
    private Run reference;

    @BeforeAll
    void writeInputs(@TempDir Path temp) throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        for (int i = 0; i < 40; i++) {
            Files.writeString(in.resolve(String.format("news-%02d.txt", i)), "Weather report " + i
                    + "\n\nPublished: 2024-05-0" + (i % 9 + 1) + "\n\nRain is expected in the north on day " + i
                    + ". The design of the new bridge was shown to the city council.\n");
        }
        Files.writeString(in.resolve("export.jsonl"), "{\"title\": \"Markets\", \"text\": \"Shares rose.\"}\n"
                + "{\"title\": \"cut off\", \"text\": \n{\"title\": \"Plan\", \"text\": \"They plan to sign a "
                + "memorandum next year.\"}\n");
        Files.writeString(in.resolve("broken.json"), "[{\"title\": \"One\", \"text\": \"Rain.\"},\n{\"title\": ");
        Files.writeString(in.resolve("requests.warc"), "WARC/1.0\r\nWARC-Type: request\r\nContent-Type: "
                + "application/http; msgtype=request\r\nContent-Length: 16\r\n\r\nGET / HTTP/1.1\r\n\r\n\r\n");
        Files.createFile(in.resolve("empty.txt"));
        Files.write(in.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        zipSamples(in.resolve("samples.zip"));
        files = Readers.expand(List.of(in));
        reference = Run.of(Pipeline.standard().withoutFilter(), files);
    }

    @Test
    void run_reference_accountsForEveryInput() {
        Batch batch = reference.batch;
        assertThat(batch.filesFound()).isEqualTo(files.size());
        assertThat(batch.failures()).extracting(f -> Path.of(f.source()).getFileName().toString())
                .containsExactly("broken.json", "empty.txt", "image.png");
        assertThat(batch.recordFailures()).singleElement().satisfies(f -> assertThat(f.source()).endsWith(":2"));
        assertThat(batch.mentionCount()).isPositive();
        assertThat(reference.told).hasSize(4);
        assertThat(reference.progress).hasSize(files.size());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4})
    void run_cascadeOnAnyNumberOfThreads_isTheFullPipelineByteForByte(int threads) throws IOException {
        Run run = Run.of(Pipeline.standard().withThreads(threads), files);

        assertThat(run.predictions).isEqualTo(reference.predictions);
        assertThat(run.told).containsExactlyElementsOf(reference.told);
        assertThat(run.read).containsExactlyElementsOf(reference.read);
        assertThat(run.progress).containsExactlyElementsOf(reference.progress);
        assertThat(run.batch.files()).isEqualTo(reference.batch.files());
        assertThat(run.batch.records()).isEqualTo(reference.batch.records());
        assertThat(run.batch.skipped()).containsExactlyElementsOf(reference.batch.skipped());
        assertThat(run.batch.recordFailures()).containsExactlyElementsOf(reference.batch.recordFailures());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void stream_anyNumberOfThreads_writesTheSamePredictionsKeepingOnlyTheSignings(int threads) throws IOException {
        List<Failure> told = new ArrayList<>();
        StringWriter out = new StringWriter();
        Batch batch;
        try (PredictionSpill spill = PredictionSpill.create(new PredictionWriter()::write)) {
            batch = Pipeline.standard().withThreads(threads).stream(files, spill, told::add, read -> { },
                    progress -> { });
            spill.finish(batch, out);
        }

        assertThat(out.toString()).isEqualTo(reference.predictions);
        assertThat(told).containsExactlyElementsOf(reference.told);
        assertThat(batch.articleCount()).isEqualTo(reference.batch.articles().size());
        assertThat(batch.articles()).hasSizeLessThan(batch.articleCount())
                .allSatisfy(a -> assertThat(a.mentions()).isNotEmpty())
                .allSatisfy(a -> assertThat(a.article().text()).isEmpty());
        assertThat(batch.mentionCount()).isEqualTo(reference.batch.mentionCount());
        assertThat(batch.agreements()).isEqualTo(reference.batch.agreements());
    }

    /** One run and everything it told. */
    private record Run(Batch batch, String predictions, List<Failure> told, List<String> read,
            List<Progress> progress) {

        static Run of(Pipeline pipeline, List<Path> files) throws IOException {
            List<Failure> told = new ArrayList<>();
            List<String> read = new ArrayList<>();
            List<Progress> progress = new ArrayList<>();
            Batch batch = pipeline.run(files, told::add, fileRead -> read.add(fileRead.toString()), progress::add);
            StringWriter out = new StringWriter();
            new PredictionWriter().write(batch, out);
            return new Run(batch, out.toString(), told, read, progress);
        }
    }

    private static void zipSamples(Path archive) throws IOException {
        Path samples = Fixtures.copySamples(Files.createTempDirectory("samples"));
        try (OutputStream out = Files.newOutputStream(archive); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Path file : Readers.expand(List.of(samples))) {
                zip.putNextEntry(new ZipEntry("samples/" + file.getFileName()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
    }
}
