package org.accord.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccordCliTest {

    @Test
    void execute_version_printsProjectVersionAndExitsZero() {
        Execution execution = Execution.of("--version");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).startsWith("accord ").doesNotContain("${").contains("Java ");
    }

    @Test
    void execute_help_listsTheCommandsAndExitCodes() {
        Execution execution = Execution.of("--help");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).contains("run", "extract", "bench", "Exit codes:", "Examples:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "extract", "bench"})
    void execute_subcommandHelp_showsAnExample(String command) {
        Execution execution = Execution.of(command, "--help");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).contains("Usage: accord " + command, "Examples:", "accord " + command + " ");
    }

    @Test
    void execute_noSubcommand_exitsWithUsageError() {
        Execution execution = Execution.of();

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("Missing subcommand", "run", "extract", "bench", "accord --help");
    }

    @Test
    void execute_unknownSubcommand_exitsWithUsageError() {
        Execution execution = Execution.of("summarise", "x");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("'summarise'");
    }
}
