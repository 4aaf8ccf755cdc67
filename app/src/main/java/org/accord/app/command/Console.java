package org.accord.app.command;

import java.io.PrintWriter;
import org.accord.app.ExitCodes;
import org.accord.app.pipeline.Batch;
import org.accord.app.pipeline.Failure;
import picocli.CommandLine.Model.CommandSpec;

/** What the commands tell the person at the terminal, worded the same way in every command. */
final class Console {

    private Console() {
    }

    /** Names a failed input and the reason on stderr, as soon as it fails. */
    static void reportFailure(CommandSpec spec, Failure failure) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": cannot read " + failure);
        err.flush();
    }

    /** The figures of a batch on one line: {@code 3 files found, 2 read, 1 failed; 2 articles, ...}. */
    static String figures(Batch batch) {
        return String.format("%d files found, %d read, %d failed; %d articles, %d signings, %d agreements",
                batch.filesFound(), batch.filesRead(), batch.failures().size(), batch.articles().size(),
                batch.mentionCount(), batch.agreements().size());
    }

    /** {@link ExitCodes#OK} when every input was read, {@link ExitCodes#INPUTS_FAILED} otherwise. */
    static int exitCode(Batch batch) {
        return batch.failures().isEmpty() ? ExitCodes.OK : ExitCodes.INPUTS_FAILED;
    }
}
