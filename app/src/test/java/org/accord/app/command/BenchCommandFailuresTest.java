package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord bench} with inputs it cannot read, inputs of one language only, and bad usage. */
class BenchCommandFailuresTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] BINARY = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d,
        'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, (byte) 0xa8, 0x66, 0, 0, 0, 0};

    @TempDir
    Path temp;

    @Test
    void bench_binaryInput_countsItAsAFailureAndCompletes() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path image = Files.write(in.resolve("image.png"), BINARY);
        Path json = temp.resolve("bench.json");

        Execution execution = bench(in.toString(), "--json", json.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.INPUTS_FAILED);
        assertThat(execution.err()).containsOnlyOnce("accord bench: cannot read " + image + ": ");
        assertThat(execution.out()).containsPattern("articles\\s+\\d+\\R").contains("image.png: ");
        JsonNode summary = JSON.readTree(json.toFile());
        assertThat(summary.get("measured").get("articles").asLong()).isGreaterThanOrEqualTo(20);
        assertThat(summary.get("measured").get("failures").asLong()).isPositive();
        assertThat(summary.get("failed_inputs").findValuesAsText("source")).containsExactly(image.toString());
    }

    @Test
    void bench_onlyUnreadableInputs_saysThereIsNothingToMeasure() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Files.write(in.resolve("image.png"), BINARY);
        Files.createFile(in.resolve("empty.txt"));

        Execution execution = bench(in.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.INPUTS_FAILED);
        assertThat(execution.err()).contains("image.png: ", "empty.txt: ", "nothing to measure");
        assertThat(execution.out()).isEmpty();
    }

    @Test
    void bench_englishOnly_hasNoChineseLoadingCost() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path json = temp.resolve("bench.json");

        Execution execution = bench(in.toString(), "--json", json.toString());

        assertThat(execution.exitCode()).as(execution.err()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).containsPattern("first Chinese extraction\\s+n/a \\(no article");
        JsonNode loading = JSON.readTree(json.toFile()).get("loading_ms");
        assertThat(loading.get("first_english_extraction").isNumber()).isTrue();
        assertThat(loading.get("first_chinese_extraction").isNull()).isTrue();
    }

    @Test
    void bench_noInputs_exitsTwoNamingTheParameter() {
        Execution execution = Execution.of("bench");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("Missing required parameter: 'PATH'", "accord bench --help");
    }

    @Test
    void bench_emptyFolder_exitsTwo() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));

        Execution execution = bench(in.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("hold no file");
    }

    @Test
    void bench_zeroArticles_exitsTwo() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);

        Execution execution = Execution.of("bench", in.toString(), "--articles", "0");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--articles (0) must be at least 1");
    }

    @Test
    void bench_jsonInsideAnInputFolder_exitsTwo() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path json = in.resolve("bench.json");

        Execution execution = bench(in.toString(), "--json", json.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--json (" + json + ") must not be an input");
        assertThat(json).doesNotExist();
    }

    @Test
    void bench_streamOfTheSamples_letsOneArticleInFiftyThroughTheFilter() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        Path json = temp.resolve("bench.json");

        Execution execution = Execution.of("bench", in.toString(), "--workload", "stream", "--articles", "200",
                "--warmup", "0", "--threads", "3", "--json", json.toString());

        assertThat(execution.exitCode()).as(execution.err()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).contains("stream workload until 200 articles; 3 threads",
                "stream: 1 article in 50 reports a signing (2 inputs)").containsPattern("filter let through\\s+4 of 200");
        JsonNode summary = JSON.readTree(json.toFile());
        assertThat(summary.get("measured").get("articles").asLong()).isEqualTo(200);
        assertThat(summary.get("measured").get("mentions").asLong()).isEqualTo(4);
        assertThat(summary.get("ceiling").get("articles").asLong()).isEqualTo(200);
    }

    @Test
    void bench_zeroThreads_exitsTwo() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);

        Execution execution = Execution.of("bench", in.toString(), "--threads", "0");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--threads (0) must be at least 1");
    }

    /** A short bench: 20 articles after a warm-up of 2. */
    private static Execution bench(String... args) {
        List<String> all = new ArrayList<>(List.of("bench"));
        all.addAll(List.of(args));
        all.addAll(List.of("--articles", "20", "--warmup", "2"));
        return Execution.of(all.toArray(String[]::new));
    }
}
