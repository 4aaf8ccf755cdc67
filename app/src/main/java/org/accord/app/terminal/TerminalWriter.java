package org.accord.app.terminal;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A writer that a person watches on a terminal, where a command may redraw a line in place (see {@link ProgressLine}).
 * Give the command line one as its error writer only when stderr is a terminal; a test gives one to play the
 * terminal.
 *
 * <pre>{@code
 * PrintWriter err = TerminalWriter.stderrIsTerminal() ? new TerminalWriter(writer) : new PrintWriter(writer);
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
     * Whether this process's stderr is a terminal a person watches: the JVM has an interactive console (stdin and
     * stdout on a terminal) and, where the system tells (Linux's {@code /proc/self/fd/2}), stderr is a terminal too,
     * so that {@code accord run … 2>run.log} at a terminal writes no progress line into the log.
     */
    public static boolean stderrIsTerminal() {
        return isTerminal(System.console()) && isTerminalDevice(Path.of("/proc/self/fd/2"));
    }

    /**
     * Whether a file descriptor's link names a terminal device ({@code /dev/pts/3}, {@code /dev/tty1}); true when the
     * system has no such link to read, leaving the decision to the console.
     *
     * @param descriptor the descriptor's link, such as {@code /proc/self/fd/2}
     */
    static boolean isTerminalDevice(Path descriptor) {
        if (!Files.isSymbolicLink(descriptor)) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(descriptor).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | RuntimeException e) {
            return true;
        }
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
