package org.accord.app;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One in-process execution of the command line, with what it printed.
 *
 * @param exitCode the exit code {@code execute} returned
 * @param out what went to stdout
 * @param err what went to stderr
 */
public record Execution(int exitCode, String out, String err) {

    /** Runs {@code accord} with the arguments, capturing both writers. */
    public static Execution of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AccordCli.commandLine(new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Execution(exitCode, out.toString(), err.toString());
    }
}
