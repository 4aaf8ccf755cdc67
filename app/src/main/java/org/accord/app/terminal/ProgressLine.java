package org.accord.app.terminal;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.accord.app.pipeline.Progress;
import org.jspecify.annotations.Nullable;

/**
 * One line on stderr, redrawn in place while files are read:
 * {@code accord run [###-------] 37/101 files, 412 articles (85/s), ETA 0:42}. It is drawn only on a
 * {@link TerminalWriter}, and never with {@code --quiet}; otherwise it draws nothing, so files, pipes and CI logs get
 * no control characters. It is redrawn at most five times a second, and cleared when the last file is done.
 *
 * <pre>{@code
 * ProgressLine progress = ProgressLine.on(err, "accord run", quiet);
 * Batch batch = pipeline.run(files, failure -> { progress.clear(); report(failure); }, fileRead -> { }, progress);
 * }</pre>
 */
public final class ProgressLine implements Consumer<Progress> {
    private static final long REDRAW_NANOS = Duration.ofMillis(200).toNanos();
    private static final int BAR = 10;

    private final @Nullable PrintWriter terminal;
    private final String label;
    private final LongSupplier nanoTime;
    private final long start;
    private long lastDrawn;
    private int width;

    ProgressLine(@Nullable PrintWriter terminal, String label, LongSupplier nanoTime) {
        this.terminal = terminal;
        this.label = requireNonNull(label, "label");
        this.nanoTime = requireNonNull(nanoTime, "nanoTime");
        this.start = nanoTime.getAsLong();
    }

    /**
     * The progress line of a command.
     *
     * @param err the command's error writer: the line is drawn only when it is a {@link TerminalWriter}
     * @param label what the line starts with, the command's name
     * @param quiet {@code --quiet}: draw nothing
     */
    public static ProgressLine on(PrintWriter err, String label, boolean quiet) {
        return new ProgressLine(!quiet && err instanceof TerminalWriter ? err : null, label, System::nanoTime);
    }

    /** Redraws the line, unless it was drawn less than 200 ms ago; clears it when the last file is done. */
    @Override
    public void accept(Progress progress) {
        if (terminal == null) {
            return;
        }
        if (progress.finished()) {
            clear();
            return;
        }
        long now = nanoTime.getAsLong();
        if (width > 0 && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        String line = line(label, progress, now - start);
        terminal.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        terminal.flush();
        width = line.length();
        lastDrawn = now;
    }

    /** Removes the line, so that a message can be printed; the next progress draws it again. */
    public void clear() {
        if (terminal == null || width == 0) {
            return;
        }
        terminal.print("\r" + " ".repeat(width) + "\r");
        terminal.flush();
        width = 0;
    }

    /** The text of the line after the given time, without control characters. */
    static String line(String label, Progress progress, long elapsedNanos) {
        int filled = progress.files() == 0 ? BAR : (int) ((long) BAR * progress.filesDone() / progress.files());
        StringBuilder line = new StringBuilder(label).append(" [").append("#".repeat(filled))
                .append("-".repeat(BAR - filled)).append("] ")
                .append(progress.filesDone()).append('/').append(progress.files()).append(" files, ")
                .append(progress.articles()).append(progress.articles() == 1 ? " article" : " articles");
        double seconds = elapsedNanos / 1e9;
        if (seconds > 0) {
            line.append(String.format(Locale.ROOT, " (%.0f/s)", progress.articles() / seconds));
        }
        if (progress.filesDone() > 0) {
            long remaining = Math.round(seconds * (progress.files() - progress.filesDone()) / progress.filesDone());
            line.append(", ETA ").append(duration(remaining));
        }
        return line.toString();
    }

    private static String duration(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
