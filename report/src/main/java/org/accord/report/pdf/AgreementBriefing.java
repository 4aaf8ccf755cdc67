package org.accord.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import org.accord.core.model.Agreement;
import org.accord.report.internal.Labels;

/**
 * The PDF briefing on one agreement: the parties and kind as a title, then labelled sections (signed on, location,
 * kind, parties, attendees, fields, principles, commitments, sources), each value followed by the sentences it was
 * read from. The sections are those of the periodic report ({@link AgreementSections}). Printed in Noto Sans SC,
 * embedded as a subset, so Chinese shows on any reader.
 *
 * <p>Internal to the report module and not part of its API: public only because {@link org.accord.report.Reports},
 * in another package, writes through it. Callers use {@code Reports.writeBriefing}, which writes a file atomically
 * so:
 *
 * <pre>{@code
 * AtomicFiles.write(file, out -> AgreementBriefing.write(agreement, out));
 * }</pre>
 */
public final class AgreementBriefing {
    static final String TITLE_SEPARATOR = AgreementSections.TITLE_SEPARATOR;
    static final String NOT_STATED = Labels.ENGLISH.notStated();

    private static final float MARGIN = 54;

    private AgreementBriefing() {
    }

    /**
     * Writes the briefing to a stream, which is not closed.
     *
     * @param agreement the agreement
     * @param out where to write the PDF
     * @throws com.lowagie.text.DocumentException or another runtime exception of OpenPDF's when the PDF cannot be
     *     written, including when the stream fails
     */
    public static void write(Agreement agreement, OutputStream out) {
        Typography type = Typography.create();
        Labels labels = Labels.ENGLISH;
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        String title = AgreementSections.title(agreement, labels);
        document.addTitle(title + (agreement.kind() == null ? "" : ": " + agreement.kind()));
        document.addSubject("Briefing on agreement " + agreement.id());
        document.addCreator("Accord");
        DocumentInfo.fix(document, writer, agreement.signedOn() == null ? null : agreement.signedOn().date());
        document.setFooter(footer(agreement, type));
        document.open();
        AgreementSections sections = new AgreementSections(document, writer, type, labels);
        sections.addTitle(agreement, "", null, null);
        sections.addBody(agreement);
        document.close();
    }

    private static HeaderFooter footer(Agreement agreement, Typography type) {
        Phrase text = new Phrase("Accord briefing " + agreement.id() + " - page ", type.footer());
        HeaderFooter footer = new HeaderFooter(text, true);
        footer.setAlignment(Element.ALIGN_RIGHT);
        footer.setBorder(Rectangle.TOP);
        footer.setBorderColor(Typography.RULE);
        footer.setBorderWidth(0.5f);
        return footer;
    }
}
