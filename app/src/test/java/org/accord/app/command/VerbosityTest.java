package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --quiet} and {@code --verbose} on {@code run} and {@code extract}. */
class VerbosityTest {
    @TempDir
    Path temp;

    private Path in;

    @BeforeEach
    void copySamples() throws IOException {
        in = Fixtures.copySamples(temp.resolve("in"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--quiet", "-q"})
    void run_quiet_printsNothingAndStillWritesEveryOutput(String quiet) {
        Path out = temp.resolve("out");

        Execution execution = Execution.of("run", in.toString(), "--out", out.toString(), quiet);

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).isEmpty();
        assertThat(execution.err()).isEmpty();
        assertThat(out.resolve("agreements.jsonl")).isNotEmptyFile();
        assertThat(out.resolve("agreements.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("run-summary.json")).isNotEmptyFile();
        assertThat(out.resolve("briefings")).isNotEmptyDirectory();
    }

    @Test
    void run_quietWithUnreadableInput_stillNamesTheErrorOnStderr() throws IOException {
        Files.writeString(in.resolve("empty.txt"), "");

        Execution execution = Execution.of("run", in.toString(), "--out", temp.resolve("out").toString(), "--quiet");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.INPUTS_FAILED);
        assertThat(execution.out()).isEmpty();
        assertThat(execution.err()).containsPattern("accord run: cannot read \\S*empty\\.txt: \\S.*")
                .doesNotContain("files found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--verbose", "-v"})
    void run_verbose_namesEachFileReadOnStderrAndPrintsTheSameSummary(String verbose) {
        Path plainOut = temp.resolve("plain");
        Path verboseOut = temp.resolve("verbose");
        Execution plain = Execution.of("run", in.toString(), "--out", plainOut.toString());
        Execution execution = Execution.of("run", in.toString(), "--out", verboseOut.toString(), verbose);

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).isEqualTo(plain.out().replace(plainOut.toString(), verboseOut.toString()));
        assertThat(execution.err().lines()).containsExactly(
                "accord run: read " + in.resolve(Fixtures.ENGLISH_SAMPLE) + " (plain text, 1 article)",
                "accord run: read " + in.resolve(Fixtures.CHINESE_SAMPLE) + " (markdown, 1 article)");
    }

    @Test
    void extract_quiet_printsNoFiguresAndWritesThePredictions() {
        Path json = temp.resolve("pred.jsonl");

        Execution execution = Execution.of("extract", in.toString(), "--json", json.toString(), "--quiet");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).isEmpty();
        assertThat(execution.err()).isEmpty();
        assertThat(json).isNotEmptyFile();
    }

    @Test
    void extract_quietToStdout_printsOnlyThePredictions() {
        Execution plain = Execution.of("extract", in.toString(), "--json", "-");
        Execution quiet = Execution.of("extract", in.toString(), "--json", "-", "--quiet");

        assertThat(quiet.out()).isEqualTo(plain.out()).isNotEmpty();
        assertThat(quiet.err()).isEmpty();
        assertThat(plain.err()).contains("accord extract: 2 files found");
    }

    @Test
    void extract_verbose_namesEachFileThenTheFigures() {
        Path json = temp.resolve("pred.jsonl");

        Execution execution = Execution.of("extract", in.toString(), "--json", json.toString(), "--verbose");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.err().lines()).containsExactly(
                "accord extract: read " + in.resolve(Fixtures.ENGLISH_SAMPLE) + " (plain text, 1 article)",
                "accord extract: read " + in.resolve(Fixtures.CHINESE_SAMPLE) + " (markdown, 1 article)",
                "accord extract: 2 files found, 2 read, 0 failed; 2 articles, 2 signings, 2 agreements; wrote " + json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "extract"})
    void execute_quietAndVerbose_isUsageErrorBeforeAnyWork(String command) {
        Path out = temp.resolve("out");
        String outputOption = command.equals("run") ? "--out" : "--json";

        Execution execution = Execution.of(command, in.toString(), outputOption, out.toString(), "-q", "-v");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("accord " + command + ": --quiet and --verbose cannot be used together",
                "Try 'accord " + command + " --help'");
        assertThat(out).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "extract"})
    void help_listsQuietAndVerbose(String command) {
        assertThat(Execution.of(command, "--help").out()).contains("-q, --quiet", "-v, --verbose");
    }
}
