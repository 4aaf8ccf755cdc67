package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.accord.app.AccordCli;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.accord.app.option.OptionDefaults;
import org.accord.app.terminal.TerminalWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line of {@code run} and {@code extract}: on a (fake) terminal only, and never with --quiet. */
class ProgressTest {
    @TempDir
    Path temp;

    private Path in;

    @BeforeEach
    void copySamples() throws IOException {
        in = Fixtures.copySamples(temp.resolve("in"));
    }

    private static Execution onTerminal(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AccordCli.commandLine(new PrintWriter(out), new TerminalWriter(err), OptionDefaults.none())
                .execute(args);
        return new Execution(exitCode, out.toString(), err.toString());
    }

    @Test
    void run_onTerminal_drawsTheProgressLineThenClearsItBeforeTheSummary() {
        Execution execution = onTerminal("run", in.toString(), "--out", temp.resolve("out").toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.err()).startsWith("\raccord run [#####-----] 1/2 files, 1 article (")
                .contains(", ETA ").endsWith(" \r");
        assertThat(execution.out()).startsWith("files found       2");
    }

    @Test
    void extract_onTerminal_drawsTheProgressLineBeforeTheFigures() {
        Execution execution = onTerminal("extract", in.toString(), "--json", temp.resolve("p.jsonl").toString());

        assertThat(execution.err()).startsWith("\raccord extract [#####-----] 1/2 files, 1 article (")
                .containsPattern(" \r" + "accord extract: 2 files found, 2 read, 0 failed;.*\\R$");
    }

    @Test
    void run_quietOnTerminal_drawsNothing() {
        Execution execution = onTerminal("run", in.toString(), "--out", temp.resolve("out").toString(), "--quiet");

        assertThat(execution.err()).isEmpty();
    }

    @Test
    void run_notATerminal_drawsNothing() {
        Execution execution = Execution.of("run", in.toString(), "--out", temp.resolve("out").toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.err()).isEmpty();
    }

    @Test
    void extract_verboseNotATerminal_printsOnlyTheLogLines() {
        Execution execution = Execution.of("extract", in.toString(), "--json", "-", "--verbose");

        assertThat(execution.err()).doesNotContain("\r", "[#").contains("accord extract: read ");
    }
}
