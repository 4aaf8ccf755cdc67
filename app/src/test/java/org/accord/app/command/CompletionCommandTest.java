package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.junit.jupiter.api.Test;

class CompletionCommandTest {

    @Test
    void execute_completion_printsBashScriptForAccordAndEverySubcommand() {
        Execution execution = Execution.of("completion");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.err()).isEmpty();
        assertThat(execution.out()).startsWith("#!/usr/bin/env bash")
                .contains("complete -F _complete_accord", "accord")
                .contains("run", "extract", "list", "report", "bench", "completion");
    }

    @Test
    void execute_completion_completesOptionsAndTheirValues() {
        String script = Execution.of("completion").out();

        assertThat(script).contains("--out", "--json", "--store", "--organisations", "--month", "--format")
                .contains("\"TABLE\" \"JSON\"");
    }

    @Test
    void execute_completionHelp_showsAnExample() {
        Execution execution = Execution.of("completion", "--help");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).contains("Usage: accord completion", "Examples:", "source <(accord completion)");
    }
}
