package org.accord.app.option;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --quiet} and {@code --verbose}: how much a reading command tells beyond its outputs. Errors (inputs that
 * cannot be read, outputs that cannot be written) are always told on stderr.
 *
 * <pre>{@code
 * @Mixin VerbosityOptions verbosity;
 * if (!verbosity.quiet()) { ...print the summary... }
 * }</pre>
 */
public final class VerbosityOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = {"-q", "--quiet"},
            description = "Print no summary: only errors, on stderr. The exit code still tells how the run went.")
    private boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also name each file on stderr as it is read.")
    private boolean verbose;

    /**
     * Whether to leave the summary out.
     *
     * @throws ParameterException when both {@code --quiet} and {@code --verbose} are given
     */
    public boolean quiet() {
        check();
        return quiet;
    }

    /**
     * Whether to name each file read.
     *
     * @throws ParameterException when both {@code --quiet} and {@code --verbose} are given
     */
    public boolean verbose() {
        check();
        return verbose;
    }

    private void check() {
        if (quiet && verbose) {
            throw new ParameterException(mixee.commandLine(), "--quiet and --verbose cannot be used together");
        }
    }
}
