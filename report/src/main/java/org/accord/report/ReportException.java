package org.accord.report;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A report could not be written. When the target was a file, {@link #file()} names it and so does the message; the
 * cause says what went wrong (an I/O error, or a failure inside the workbook or PDF library).
 *
 * <pre>{@code
 * try {
 *     Reports.writeWorkbook(agreements, Path.of("out/agreements.xlsx"));
 * } catch (ReportException e) {
 *     System.err.println(e.getMessage());  // "Could not write report file out/agreements.xlsx: ..."
 * }
 * }</pre>
 */
public final class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Transient because {@link Path} is not serializable; a deserialized exception still has its message. */
    private final transient @Nullable Path file;

    /** A failure to write the given file. */
    ReportException(Path file, Throwable cause) {
        super("Could not write report file " + file + ": " + describe(cause), cause);
        this.file = file;
    }

    /** A failure to write a report to a caller's stream, where there is no file to name. */
    ReportException(String report, Throwable cause) {
        super("Could not write the " + report + ": " + describe(cause), cause);
        this.file = null;
    }

    /** The file that could not be written; empty when the report went to a stream. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
