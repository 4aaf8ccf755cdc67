package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord bench} on the two samples: one short run, its table and JSON checked by separate tests. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path json;
    private Execution execution;

    @BeforeAll
    void benchTheSamples(@TempDir Path temp) throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        json = temp.resolve("out").resolve("bench.json");
        execution = Execution.of("bench", in.toString(), "--articles", "50", "--warmup", "5", "--threads", "2",
                "--json", json.toString());
    }

    @Test
    void bench_samples_exitsZeroWithoutDiagnostics() {
        assertThat(execution.exitCode()).as(execution.err()).isEqualTo(ExitCodes.OK);
        assertThat(execution.err()).isEmpty();
    }

    @Test
    void bench_samples_printsEveryFigureWithItsUnit() {
        assertThat(execution.out())
                .contains("2 of 2 files loaded", "dense workload until 50 articles; 2 threads",
                        "available processors", "max heap (-Xmx)")
                .containsPattern("first read\\s+\\d+\\.\\d ms")
                .containsPattern("first English extraction\\s+\\d+\\.\\d ms")
                .containsPattern("first Chinese extraction\\s+\\d+\\.\\d ms")
                .containsPattern("after 5 warm-up articles")
                .containsPattern("articles\\s+50\\R")
                .containsPattern("\\d+\\.\\d+ articles/s")
                .containsPattern("\\d+\\.\\d+ MB/s")
                .containsPattern("failures\\s+0\\R")
                .containsPattern("peak heap\\s+\\d+\\.\\d MiB")
                .contains("MB = 10^6 bytes", "wrote " + json);
    }

    @Test
    void bench_samples_printsWhereTheTimeWentAndTheCeiling() {
        assertThat(execution.out())
                .containsPattern("read \\(decode, detect, parse\\)\\s+\\d+\\.\\d % \\(\\d+\\.\\d{3} s\\)")
                .containsPattern("detect \\(cascade filter\\)\\s+\\d+\\.\\d %")
                .containsPattern("extract \\(full pipeline\\)\\s+\\d+\\.\\d %")
                .containsPattern("write \\(predictions\\)\\s+\\d+\\.\\d %")
                .containsPattern("filter let through\\s+50 of 50 articles")
                .containsPattern("parse-only ceiling \\(the same documents only read, on 2 threads\\)")
                .containsPattern("measured / ceiling\\s+\\d+\\.\\d %")
                .containsPattern("live heap after\\s+\\d+\\.\\d MiB")
                .containsPattern("resident peak \\(VmHWM\\)\\s+(\\d+\\.\\d MiB|n/a)");
    }

    @Test
    void bench_samples_writesTheStagesFilterCeilingAndMemoryToJson() throws IOException {
        JsonNode summary = JSON.readTree(json.toFile());

        assertThat(summary.get("workload").get("name").asText()).isEqualTo("dense");
        JsonNode stages = summary.get("stages");
        assertThat(stages.get("read").asDouble() + stages.get("detect").asDouble() + stages.get("extract").asDouble()
                + stages.get("write").asDouble()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(summary.get("filter").get("passed").asLong()).isEqualTo(summary.get("filter").get("articles")
                .asLong()).isGreaterThanOrEqualTo(50);
        assertThat(summary.get("ceiling").get("articles_per_second").asDouble()).isPositive();
        assertThat(summary.get("share_of_ceiling").asDouble()).isPositive();
        assertThat(summary.get("live_heap_mib").get("after").asDouble()).isPositive();
        assertThat(summary.get("rss_mib").has("peak")).isTrue();
    }

    @Test
    void bench_samples_writesTheMeasuredRunToJson() throws IOException {
        JsonNode measured = JSON.readTree(json.toFile()).get("measured");

        assertThat(measured.get("articles").asLong()).isGreaterThanOrEqualTo(50);
        assertThat(measured.get("failures").asLong()).isZero();
        assertThat(measured.get("mentions").asLong()).isPositive();
        assertThat(measured.get("raw_bytes").asLong()).isPositive();
        assertThat(measured.get("seconds").asDouble()).isPositive();
        assertThat(measured.get("articles_per_second").asDouble()).isPositive();
        assertThat(measured.get("mb_per_second").asDouble()).isPositive();
    }

    @Test
    void bench_samples_writesTheLoadingCostOfBothLanguagesToJson() throws IOException {
        JsonNode loading = JSON.readTree(json.toFile()).get("loading_ms");

        assertThat(loading.get("first_read").isNumber()).isTrue();
        assertThat(loading.get("first_english_extraction").isNumber()).isTrue();
        assertThat(loading.get("first_chinese_extraction").isNumber()).isTrue();
    }

    @Test
    void bench_samples_writesTheSetupAndHeapToJson() throws IOException {
        JsonNode summary = JSON.readTree(json.toFile());

        assertThat(summary.get("files").get("found").asInt()).isEqualTo(2);
        assertThat(summary.get("files").get("loaded").asInt()).isEqualTo(2);
        assertThat(summary.get("threads").asInt()).isEqualTo(2);
        assertThat(summary.get("warmup").get("articles").asLong()).isGreaterThanOrEqualTo(5);
        assertThat(summary.get("environment").get("java").asText()).isNotBlank();
        assertThat(summary.get("environment").get("processors").asInt()).isPositive();
        assertThat(summary.get("environment").get("max_heap_mib").asDouble()).isPositive();
        assertThat(summary.get("peak_heap_mib").asDouble()).isPositive();
        assertThat(summary.get("failed_inputs")).isEmpty();
    }

    @Test
    void bench_samples_leavesNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.list(json.getParent())) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactly("bench.json");
        }
    }
}
