package org.accord.app.command;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.accord.app.io.AtomicFiles;
import org.accord.app.json.PredictionWriter;
import org.accord.app.option.InputOptions;
import org.accord.app.option.RegistryOptions;
import org.accord.app.option.VerbosityOptions;
import org.accord.app.pipeline.Batch;
import org.accord.app.pipeline.Failure;
import org.accord.app.pipeline.FileRead;
import org.accord.app.pipeline.Pipeline;
import org.accord.app.pipeline.PredictionSpill;
import org.accord.app.terminal.ProgressLine;
import org.accord.store.AgreementStore;
import org.accord.store.StoreException;
import org.accord.store.StoreUpdate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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
                    + "The figures and any unreadable input go to stderr. With --store, the articles are also added "
                    + "to that store; without it, nothing is kept between runs."},
        footer = {"%nExamples:",
            "  accord extract samples --json predictions.jsonl",
            "  accord extract news --json predictions.jsonl --store news.db",
            "  accord extract ../shared/corpus/articles --json - | jq .agreements"})
public final class ExtractCommand implements Callable<Integer> {
    private static final Path STDOUT = Path.of("-");

    @Spec
    private CommandSpec spec;

    @Mixin
    private InputOptions inputs;

    @Mixin
    private RegistryOptions registry;

    @Mixin
    private VerbosityOptions verbosity;

    @Option(names = "--json", required = true, paramLabel = "FILE",
            description = "The JSON Lines file to write (replaced atomically), or - for stdout.")
    private Path json;

    @Option(names = "--store", paramLabel = "FILE",
            description = "Also add the articles to this store, created if missing. Without it, extract keeps "
                    + "nothing between runs.")
    private @Nullable Path store;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that read and extract (default: the available processors, here ${DEFAULT-VALUE}). "
                    + "The output is the same whatever the number.")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** Reads, extracts, writes the predictions, adds the articles to the store if any, and returns the exit code. */
    @Override
    public Integer call() throws IOException, StoreException {
        verbosity.quiet(); // refuses --quiet with --verbose before any work
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads (" + threads + ") must be at least 1");
        }
        boolean toStdout = json.equals(STDOUT);
        if (!toStdout) {
            inputs.checkOutside(json, "--json");
        }
        if (store == null) {
            return extract(inputs.files(), null, toStdout);
        }
        inputs.checkOutside(store, "--store");
        List<Path> files = inputs.files();
        // Opened before reading, so that a store in use by another run is refused before any work is done.
        try (AgreementStore agreementStore = AgreementStore.open(store, registry.merger())) {
            return extract(files, agreementStore, toStdout);
        }
    }

    private void fileRead(FileRead fileRead, ProgressLine progress) {
        if (verbosity.verbose()) {
            progress.clear();
            Console.reportFileRead(spec, fileRead);
        }
    }

    private int extract(List<Path> files, @Nullable AgreementStore agreementStore, boolean toStdout)
            throws IOException, StoreException {
        ProgressLine progress = ProgressLine.on(spec.commandLine().getErr(), spec.qualifiedName(),
                verbosity.quiet());
        Pipeline pipeline = Pipeline.standard(registry.merger()).withThreads(threads);
        Consumer<Failure> onFailure = failure -> {
            progress.clear();
            Console.reportFailure(spec, failure);
        };
        PredictionWriter predictions = new PredictionWriter();
        if (agreementStore == null) {
            // Without a store nothing needs every article at the end: write them as they come.
            try (PredictionSpill spill = PredictionSpill.create(predictions::write)) {
                Batch batch = pipeline.stream(files, spill, onFailure, fileRead -> fileRead(fileRead, progress),
                        progress);
                if (toStdout) {
                    spill.finish(batch, spec.commandLine().getOut());
                } else {
                    AtomicFiles.writeText(json, writer -> spill.finish(batch, writer));
                }
                return finish(batch, toStdout, "", Console.figures(batch));
            }
        }
        Batch batch = pipeline.run(files, onFailure, fileRead -> fileRead(fileRead, progress), progress);
        if (toStdout) {
            predictions.write(batch, spec.commandLine().getOut());
        } else {
            AtomicFiles.writeText(json, writer -> predictions.write(batch, writer));
        }
        StoreUpdate update = agreementStore.add(Stores.entries(batch));
        String stored = "; store " + agreementStore.file() + ": " + Stores.describe(update);
        return finish(batch, toStdout, stored, Console.figures(batch));
    }

    private int finish(Batch batch, boolean toStdout, String stored, String figures) {
        if (!verbosity.quiet()) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + figures
                    + (toStdout ? "" : "; wrote " + json) + stored);
        }
        return Console.exitCode(batch);
    }
}
