package org.accord.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.jspecify.annotations.Nullable;

/**
 * Fixed document metadata, so that the same agreements make the same document: the creation and modification dates
 * are a date of the content (a signing date, a period's end), never the time the report was written.
 */
final class DocumentInfo {
    /** The date used when the content has none: the first day of 2000, UTC. */
    private static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    private DocumentInfo() {
    }

    /**
     * Sets the producer and both dates of a document not yet opened. The dates go straight into the information
     * dictionary: OpenPDF's {@code Document.addCreationDate} ignores a given date and records the current time.
     */
    static void fix(Document document, PdfWriter writer, @Nullable LocalDate date) {
        LocalDate day = date == null ? NO_DATE : date;
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        PdfDate pdfDate = new PdfDate(calendar);
        document.addProducer("Accord (OpenPDF)");
        writer.getInfo().put(PdfName.CREATIONDATE, pdfDate);
        writer.getInfo().put(PdfName.MODDATE, pdfDate);
    }
}
