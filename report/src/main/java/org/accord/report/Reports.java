package org.accord.report;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.report.excel.AgreementWorkbook;
import org.accord.report.pdf.AgreementBriefing;

/**
 * Writes agreements as reports: an Excel workbook with one row per agreement, and a PDF briefing on one agreement.
 *
 * <p>Files are written atomically: the report goes to a temporary file in the target's directory, which is then
 * renamed to the target, so a reader never sees half a report and a failure leaves any earlier file untouched. The
 * directory must exist. Text from articles is written as text: a value that looks like a spreadsheet formula stays a
 * string, and only {@code http} and {@code https} addresses become links.
 *
 * <pre>{@code
 * Reports.writeWorkbook(agreements, Path.of("out/agreements.xlsx"));
 * Reports.writeBriefing(agreements.get(0), Path.of("out/briefing.pdf"));
 * }</pre>
 *
 * <p>All methods are safe to call from several threads at once.
 */
public final class Reports {
    private static final String WORKBOOK = "workbook";
    private static final String BRIEFING = "briefing";

    private Reports() {
    }

    /**
     * Writes the workbook (.xlsx) to a file, replacing any file of that name.
     *
     * @param agreements the agreements, one row each, in this order
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writeWorkbook(List<Agreement> agreements, Path file) {
        List<Agreement> rows = List.copyOf(agreements);
        requireNonNull(file, "file");
        AtomicFiles.write(file, out -> AgreementWorkbook.write(rows, out));
    }

    /**
     * Writes the workbook (.xlsx) to a stream. The stream is flushed as far as the workbook writer flushes it, and is
     * not closed: the caller closes it.
     *
     * @param agreements the agreements, one row each, in this order
     * @param out where to write the workbook
     * @throws ReportException when it cannot be written; the stream may then hold part of a workbook
     */
    public static void writeWorkbook(List<Agreement> agreements, OutputStream out) {
        List<Agreement> rows = List.copyOf(agreements);
        requireNonNull(out, "out");
        try {
            AgreementWorkbook.write(rows, out);
        } catch (IOException | RuntimeException e) {
            throw new ReportException(WORKBOOK, e);
        }
    }

    /**
     * Writes the PDF briefing on one agreement to a file, replacing any file of that name.
     *
     * @param agreement the agreement
     * @param file the file to write; its directory must exist
     * @throws ReportException naming the file when it cannot be written
     */
    public static void writeBriefing(Agreement agreement, Path file) {
        requireNonNull(agreement, "agreement");
        requireNonNull(file, "file");
        AtomicFiles.write(file, out -> AgreementBriefing.write(agreement, out));
    }

    /**
     * Writes the PDF briefing on one agreement to a stream. The stream is not closed: the caller closes it.
     *
     * @param agreement the agreement
     * @param out where to write the PDF
     * @throws ReportException when it cannot be written; the stream may then hold part of a PDF
     */
    public static void writeBriefing(Agreement agreement, OutputStream out) {
        requireNonNull(agreement, "agreement");
        requireNonNull(out, "out");
        try {
            AgreementBriefing.write(agreement, out);
        } catch (RuntimeException e) {
            throw new ReportException(BRIEFING, e);
        }
    }
}
