package org.accord.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.accord.app.command.BenchCommand;
import org.accord.app.command.CompletionCommand;
import org.accord.app.command.ExtractCommand;
import org.accord.app.command.ListCommand;
import org.accord.app.command.ReportCommand;
import org.accord.app.command.RunCommand;
import org.accord.app.option.OptionDefaults;
import org.accord.app.terminal.TerminalWriter;
import org.accord.report.ReportException;
import org.accord.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code accord} command line: the top command and its subcommands, wired to injectable writers so tests run it
 * in process and read what it printed.
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * StringWriter err = new StringWriter();
 * int exitCode = AccordCli.commandLine(new PrintWriter(out), new PrintWriter(err))
 *         .execute("run", "samples", "--out", "out");
 * }</pre>
 */
@Command(
        name = "accord",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Reads news articles about signings of cooperation agreements, extracts the agreements they "
                + "report, merges the articles that report the same signing, and writes JSON, Excel and PDF.",
        subcommands = {RunCommand.class, ExtractCommand.class, ListCommand.class, ReportCommand.class,
            BenchCommand.class, CompletionCommand.class},
        footer = {"%nExamples:",
            "  accord run samples --out out",
            "  accord extract articles --json predictions.jsonl",
            "  accord list --out out --month 2021-12",
            "  accord report --month 2021-12 --store out/accord.db --out reports",
            "  accord bench articles --articles 10000 --json bench.json",
            "  source <(accord completion)",
            "  accord run --help"})
public final class AccordCli implements Runnable {
    @Spec
    private CommandSpec spec;

    /**
     * Runs the command line, with option defaults from the environment and {@code accord.properties} (see
     * {@link OptionDefaults}) and, on a terminal, a progress line while files are read (see {@link TerminalWriter}),
     * and exits with its exit code (see {@link ExitCodes}).
     */
    public static void main(String[] args) {
        PrintWriter err = TerminalWriter.stderrIsTerminal()
                ? new TerminalWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8)) : utf8(System.err);
        System.exit(commandLine(utf8(System.out), err, OptionDefaults.load(System.getenv(), Path.of("")))
                .execute(args));
    }

    /**
     * The command line, printing to the given writers, with no option defaults but the options' own.
     *
     * @param out where results and help go
     * @param err where diagnostics go
     * @see #commandLine(PrintWriter, PrintWriter, OptionDefaults)
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, OptionDefaults.none());
    }

    /**
     * The command line, printing to the given writers, with defaults for the options not given. Usage errors exit
     * with {@link ExitCodes#USAGE}, failures to write the outputs with {@link ExitCodes#OUTPUT_FAILED}, a store in
     * use by another run with {@link ExitCodes#STORE_IN_USE}; both writers are flushed after every execution.
     *
     * @param out where results and help go
     * @param err where diagnostics go
     * @param defaults the defaults of options not given on the command line (from the environment and a file)
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, OptionDefaults defaults) {
        CommandLine commandLine = new CommandLine(new AccordCli())
                .setOut(out)
                .setErr(err)
                .setDefaultValueProvider(defaults)
                .setParameterExceptionHandler(AccordCli::reportUsageError)
                .setExecutionExceptionHandler(AccordCli::reportFailure)
                .setExecutionStrategy(parseResult -> executeAndFlush(parseResult, out, err))
                .setCaseInsensitiveEnumValuesAllowed(true);
        addExitCodeHelp(commandLine);
        return commandLine;
    }

    /** Without a subcommand there is nothing to do: that is a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Missing subcommand: use one of " + spec.subcommands().keySet());
    }

    private static int executeAndFlush(ParseResult parseResult, PrintWriter out, PrintWriter err) {
        try {
            return new RunLast().execute(parseResult);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The problem and where to read more, rather than the whole usage help that would bury the problem. */
    private static int reportUsageError(ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        err.println(command + ": " + exception.getMessage());
        UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + command + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    private static int reportFailure(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof StoreException store) {
            return reportStoreFailure(store, commandLine);
        }
        String reason = exception instanceof ReportException ? exception.getMessage()
                : exception.getClass().getSimpleName() + ": " + exception.getMessage();
        err.println(commandLine.getCommandSpec().qualifiedName() + ": cannot complete the outputs: " + reason);
        if (!isExpected(exception)) {
            exception.printStackTrace(err);
        }
        return ExitCodes.OUTPUT_FAILED;
    }

    /**
     * A store that is in use (exit {@link ExitCodes#STORE_IN_USE}), unusable (not a store, a newer schema: a usage
     * error) or failing part way (its write rolled back: {@link ExitCodes#OUTPUT_FAILED}).
     */
    private static int reportStoreFailure(StoreException exception, CommandLine commandLine) {
        PrintWriter err = commandLine.getErr();
        String command = commandLine.getCommandSpec().qualifiedName();
        return switch (exception.problem()) {
            case IN_USE -> {
                err.println(command + ": " + exception.getMessage());
                yield ExitCodes.STORE_IN_USE;
            }
            case UNUSABLE -> {
                err.println(command + ": " + exception.getMessage());
                err.println("Try '" + command + " --help' for more information.");
                yield ExitCodes.USAGE;
            }
            case FAILED -> {
                err.println(command + ": cannot complete the outputs: " + exception.getMessage()
                        + " (the store was left as it was before this run)");
                yield ExitCodes.OUTPUT_FAILED;
            }
        };
    }

    /** Failures of the file system or of the report writers; anything else is a bug and gets a stack trace. */
    private static boolean isExpected(Exception exception) {
        return exception instanceof IOException || exception instanceof UncheckedIOException
                || exception instanceof ReportException;
    }

    private static void addExitCodeHelp(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.descriptions());
        commandLine.getSubcommands().values().forEach(AccordCli::addExitCodeHelp);
    }

    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}
