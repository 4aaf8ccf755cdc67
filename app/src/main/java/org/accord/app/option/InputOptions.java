package org.accord.app.option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accord.ingest.Readers;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The input paths every reading command takes: files and folders, folders read recursively, and {@code -} for standard
 * input.
 *
 * <pre>{@code
 * @Mixin InputOptions inputs;
 * List<Path> files = inputs.files();   // usage error (exit 2) when a path does not exist
 * }</pre>
 */
public final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Article files, folders or ZIP archives, or - for standard input; folders are read "
                    + "recursively, hidden files and folders skipped.")
    private List<Path> paths = new ArrayList<>();

    /** The paths as given on the command line. */
    public List<Path> paths() {
        return List.copyOf(paths);
    }

    /**
     * The files to read, folders expanded in a stable order.
     *
     * @throws ParameterException when a path does not exist or a folder cannot be listed
     */
    public List<Path> files() {
        for (Path path : paths) {
            if (!path.equals(Readers.STANDARD_INPUT) && !Files.exists(path)) {
                throw usageError("Input PATH (%s) does not exist", path);
            }
        }
        try {
            return Readers.expand(paths);
        } catch (IOException | UncheckedIOException e) {
            throw usageError("Cannot list the input folders %s: %s", paths, e.getMessage());
        }
    }

    /**
     * Checks that an output path is neither an input nor inside an input folder, where it would overwrite an article
     * or a later run would read it as one.
     *
     * @param output the output file or folder
     * @param option the option that named it, for the message
     * @throws ParameterException when it is
     */
    public void checkOutside(Path output, String option) {
        Path target = output.toAbsolutePath().normalize();
        for (Path path : paths) {
            if (path.equals(Readers.STANDARD_INPUT)) {
                continue;
            }
            if (target.startsWith(path.toAbsolutePath().normalize())) {
                throw usageError("%s (%s) must not be an input or inside an input folder (%s)", option, output, path);
            }
        }
    }

    private ParameterException usageError(String format, Object... args) {
        return new ParameterException(mixee.commandLine(), String.format(format, args));
    }
}
