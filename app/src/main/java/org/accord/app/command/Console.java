package org.accord.app.command;

import java.io.PrintWriter;
import org.accord.app.ExitCodes;
import org.accord.app.pipeline.Batch;
import org.accord.app.pipeline.Failure;
import org.accord.app.pipeline.FileRead;
import org.accord.app.pipeline.Tally;
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

    /** Names a file read, its format and its articles on stderr ({@code --verbose}), as soon as it is read. */
    static void reportFileRead(CommandSpec spec, FileRead fileRead) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": read " + fileRead);
        err.flush();
    }

    /**
     * The figures of a batch on one line: {@code 3 files found, 2 read, 1 failed; 2 articles, ...}, with the skipped
     * files and the records of containers only when there are some, so runs over plain files read as they always did.
     */
    static String figures(Batch batch) {
        StringBuilder line = new StringBuilder(String.format("%d files found, %d read, %d failed",
                batch.filesFound(), batch.filesRead(), batch.failures().size()));
        if (batch.files().skipped() > 0) {
            line.append(String.format(", %d skipped", batch.files().skipped()));
        }
        Tally records = batch.records();
        if (records.found() > 0) {
            line.append(String.format("; %d records in containers: %d read, %d skipped, %d failed", records.found(),
                    records.read(), records.skipped(), records.failed()));
        }
        return line.append(String.format("; %d articles, %d signings, %d agreements", batch.articleCount(),
                batch.mentionCount(), batch.agreements().size())).toString();
    }

    /** {@link ExitCodes#OK} when every file and record was read or skipped, else {@link ExitCodes#INPUTS_FAILED}. */
    static int exitCode(Batch batch) {
        return batch.isComplete() ? ExitCodes.OK : ExitCodes.INPUTS_FAILED;
    }
}
