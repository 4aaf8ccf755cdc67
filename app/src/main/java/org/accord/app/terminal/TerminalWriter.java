package org.accord.app.terminal;

import java.io.Console;
import java.io.PrintWriter;
import java.io.Writer;
import org.jspecify.annotations.Nullable;

/**
 * A writer that a person watches on a terminal, where a command may redraw a line in place (see {@link ProgressLine}).
 * Give the command line one as its error writer only when stderr is a terminal; a test gives one to play the
 * terminal.
 *
 * <pre>{@code
 * PrintWriter err = TerminalWriter.isTerminal(System.console()) ? new TerminalWriter(writer) : new PrintWriter(writer);
 * }</pre>
 */
public final class TerminalWriter extends PrintWriter {

    /**
     * @param out where the characters go; flushed on every {@code println} and every redraw
     */
    public TerminalWriter(Writer out) {
        super(out, true);
    }

    /**
     * Whether the JVM's console is an interactive terminal: there is one (before Java 22, only then), and from Java 22
     * on its {@code isTerminal()} says so too.
     *
     * @param console {@link System#console()}, or {@code null} when there is none
     */
    public static boolean isTerminal(@Nullable Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
