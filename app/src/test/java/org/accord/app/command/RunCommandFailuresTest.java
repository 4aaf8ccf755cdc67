package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord run} with inputs it cannot read and with bad usage. */
class RunCommandFailuresTest {
    private static final byte[] BINARY = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d,
        'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, (byte) 0xa8, 0x66, 0, 0, 0, 0};

    @TempDir
    Path temp;

    @Test
    void run_emptyAndBinaryInputs_namesEachOnStderrAndExitsOne() throws IOException {
        Path in = inputsWithTwoBadFiles();
        Path out = temp.resolve("out");

        Execution execution = Execution.of("run", in.toString(), "--out", out.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.INPUTS_FAILED);
        assertThat(execution.err())
                .containsPattern("accord run: cannot read \\S*empty\\.txt: \\S.*")
                .containsPattern("accord run: cannot read \\S*image\\.png: \\S.*");
        assertThat(execution.out()).containsPattern("files found\\s+3\\R").containsPattern("failed\\s+2\\R")
                .contains("empty.txt: ", "image.png: ");
    }

    @Test
    void run_emptyAndBinaryInputs_stillWritesTheGoodOnes() throws IOException {
        Path in = inputsWithTwoBadFiles();
        Path out = temp.resolve("out");

        Execution.of("run", in.toString(), "--out", out.toString());

        assertThat(Fixtures.lines(out.resolve("agreements.jsonl"))).singleElement(InstanceOfAssertFactories.STRING)
                .contains(Fixtures.ENGLISH_SAMPLE);
        assertThat(out.resolve("agreements.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("briefings")).isNotEmptyDirectory();
        JsonNode summary = new ObjectMapper().readTree(out.resolve("run-summary.json").toFile());
        assertThat(summary.get("files").get("read").asInt()).isEqualTo(1);
        assertThat(summary.get("files").get("failed").asInt()).isEqualTo(2);
        assertThat(summary.get("failures").findValuesAsText("source"))
                .anySatisfy(source -> assertThat(source).endsWith("empty.txt"))
                .anySatisfy(source -> assertThat(source).endsWith("image.png"));
        assertThat(summary.get("failures").findValuesAsText("reason")).allSatisfy(r -> assertThat(r).isNotBlank());
    }

    @Test
    void run_jsonLinesWithABadRecord_summaryCountsTheRecordsAndNamesTheBadOne() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path lines = Files.writeString(in.resolve("export.jsonl"),
                "{\"title\": \"A\", \"text\": \"Alpha and Beta signed an agreement.\"}\n{\"title\": \"no text\"}\n");
        Path out = temp.resolve("out");

        Execution execution = Execution.of("run", in.toString(), "--out", out.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.INPUTS_FAILED);
        assertThat(execution.out()).containsPattern("records\\s+2  in containers\\R")
                .contains(lines + ":2: the record has no text");
        JsonNode summary = new ObjectMapper().readTree(out.resolve("run-summary.json").toFile());
        assertThat(summary.get("files").get("read").asInt()).isEqualTo(2);
        assertThat(summary.get("records").get("read").asInt()).isEqualTo(1);
        assertThat(summary.get("records").get("failed").asInt()).isEqualTo(1);
        assertThat(summary.get("record_failures").findValuesAsText("source")).containsExactly(lines + ":2");
        assertThat(summary.get("failures")).isEmpty();
    }

    @Test
    void run_withoutOut_exitsTwoNamingTheOption() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);

        Execution execution = Execution.of("run", in.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("Missing required option: '--out=DIR'", "accord run --help");
    }

    @Test
    void run_nonexistentPath_exitsTwoNamingThePath() {
        Path missing = temp.resolve("no-such-folder");

        Execution execution = Execution.of("run", missing.toString(), "--out", temp.resolve("out").toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("Input PATH (" + missing + ") does not exist");
        assertThat(temp.resolve("out")).doesNotExist();
    }

    @Test
    void run_outInsideAnInputFolder_exitsTwo() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path out = in.resolve("out");

        Execution execution = Execution.of("run", in.toString(), "--out", out.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err())
                .contains("--out (" + out + ") must not be an input or inside an input folder (" + in + ")");
    }

    @Test
    void run_outIsAFile_exitsTwo() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path out = Files.writeString(temp.resolve("out.txt"), "not a folder");

        Execution execution = Execution.of("run", in.toString(), "--out", out.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--out (" + out + ") is a file, not a folder");
    }

    @Test
    void run_outputThatCannotBeWritten_exitsThreeNamingIt() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path out = temp.resolve("out");
        Path briefings = Files.writeString(Files.createDirectories(out).resolve("briefings"), "a file, not a folder");

        Execution execution = Execution.of("run", in.toString(), "--out", out.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OUTPUT_FAILED);
        assertThat(execution.err()).contains("accord run: cannot complete the outputs: ", briefings.toString())
                .doesNotContain("\tat ");
    }

    private Path inputsWithTwoBadFiles() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Files.createFile(in.resolve("empty.txt"));
        Files.write(in.resolve("image.png"), BINARY);
        return in;
    }
}
