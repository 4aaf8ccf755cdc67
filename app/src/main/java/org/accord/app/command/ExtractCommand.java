package org.accord.app.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.accord.app.io.AtomicFiles;
import org.accord.app.json.PredictionWriter;
import org.accord.app.option.InputOptions;
import org.accord.app.pipeline.Batch;
import org.accord.app.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code accord extract}: reads, extracts and merges like {@code run}, but writes only the predictions (JSON Lines),
 * to a file or to stdout, with the figures on stderr. Meant for scoring and for pipes.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        header = "Reads articles and writes their agreements as JSON Lines only, for scoring and pipes.",
        description = {
            "Reads the articles, extracts the signings they report and merges those of the same signing, like run, "
                    + "but writes only the predictions: JSON Lines, one record per article read, in input order. "
                    + "The figures and any unreadable input go to stderr."},
        footer = {"%nExamples:",
            "  accord extract samples --json predictions.jsonl",
            "  accord extract ../shared/corpus/articles --json - | jq .agreements"})
public final class ExtractCommand implements Callable<Integer> {
    private static final Path STDOUT = Path.of("-");

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Option(names = "--json", required = true, paramLabel = "FILE",
            description = "The JSON Lines file to write (replaced atomically), or - for stdout.")
    private Path json;

    /** Reads, extracts, writes the predictions and returns the exit code. */
    @Override
    public Integer call() throws IOException {
        boolean toStdout = json.equals(STDOUT);
        if (!toStdout) {
            inputs.checkOutside(json, "--json");
        }
        Batch batch = Pipeline.standard().run(inputs.files(), failure -> Console.reportFailure(spec, failure));
        PredictionWriter predictions = new PredictionWriter();
        if (toStdout) {
            predictions.write(batch, spec.commandLine().getOut());
        } else {
            AtomicFiles.writeText(json, writer -> predictions.write(batch, writer));
        }
        spec.commandLine().getErr().println(spec.qualifiedName() + ": " + Console.figures(batch)
                + (toStdout ? "" : "; wrote " + json));
        return Console.exitCode(batch);
    }
}
