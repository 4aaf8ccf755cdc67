package org.accord.report.pdf;

import static java.util.stream.Collectors.joining;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.OutputStream;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.DatePrecision;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.accord.report.internal.ReportText;
import org.accord.report.pdf.Citations.Citation;
import org.jspecify.annotations.Nullable;

/**
 * The PDF briefing on one agreement: the parties and kind as a title, then labelled sections (signed on, location,
 * kind, parties, attendees, fields, principles, commitments, sources), each value followed by the sentences it was
 * read from. Printed in Noto Sans SC, embedded as a subset, so Chinese shows on any reader. Use it through
 * {@link org.accord.report.Reports}.
 */
public final class AgreementBriefing {
    static final String TITLE_SEPARATOR = " – ";
    static final String NOT_STATED = "Not stated";

    private static final float MARGIN = 54;
    private static final float INDENT = 12;
    private static final String BULLET = "•";
    /** Room for a label and the first lines of its value; with less left on the page, the section starts a new one. */
    private static final float MIN_SECTION_SPACE = 90;

    private final Agreement agreement;
    private final Document document;
    private final PdfWriter writer;
    private final Typography type;
    private final Citations citations;

    private AgreementBriefing(Agreement agreement, Document document, PdfWriter writer, Typography type) {
        this.agreement = agreement;
        this.document = document;
        this.writer = writer;
        this.type = type;
        this.citations = new Citations(agreement);
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
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.addTitle(title(agreement) + (agreement.kind() == null ? "" : ": " + agreement.kind()));
        document.addSubject("Briefing on agreement " + agreement.id());
        document.addCreator("Accord");
        document.setFooter(footer(agreement, type));
        document.open();
        new AgreementBriefing(agreement, document, writer, type).addContent();
        document.close();
    }

    private void addContent() {
        addTitle();
        addSection("Signed on", value(signedOn(agreement.signedOn())), citations.signedOn());
        addSection("Location", value(agreement.location()), citations.location());
        addSection("Kind", value(agreement.kind()), citations.kind());
        addSection("Parties", list(agreement.parties().stream().map(AgreementBriefing::party).toList()),
                citations.parties());
        addSection("Attendees", attendees(agreement.attendees()), citations.attendees());
        addSection("Fields", list(agreement.fields()), citations.fields());
        addSection("Principles", list(agreement.principles()), citations.principles());
        addSection("Commitments", list(agreement.commitments()), citations.commitments());
        addSection("Sources", sources(agreement.sources()), List.of());
    }

    private void addTitle() {
        Paragraph title = new Paragraph(title(agreement), type.title());
        title.setLeading(22);
        document.add(title);
        if (agreement.kind() != null) {
            Paragraph kind = new Paragraph(agreement.kind(), type.subtitle());
            kind.setSpacingBefore(2);
            document.add(kind);
        }
        Chunk line = new Chunk(new LineSeparator(0.75f, 100, Typography.RULE, Element.ALIGN_LEFT, -4));
        // A separator chunk holds a placeholder character; in our font it adds no Helvetica to the document.
        line.setFont(type.body());
        Paragraph rule = new Paragraph(line);
        rule.setSpacingAfter(4);
        document.add(rule);
        document.add(new Paragraph("Agreement " + agreement.id(), type.muted()));
    }

    /** A label, the value (a paragraph, list or table) and, under it, the sentences it comes from. */
    private void addSection(String label, Element content, List<Citation> evidence) {
        // A label alone at the foot of a page, its value overleaf, reads as a missing value.
        if (writer.getVerticalPosition(true) - document.bottom() < MIN_SECTION_SPACE) {
            document.newPage();
        }
        Paragraph heading = new Paragraph(label, type.label());
        heading.setSpacingBefore(9);
        heading.setSpacingAfter(2);
        document.add(heading);
        document.add(content);
        for (Citation citation : evidence) {
            document.add(evidence(citation));
        }
    }

    private Paragraph evidence(Citation citation) {
        Paragraph paragraph = new Paragraph("[" + citation.source() + "] " + citation.sentence(), type.evidence());
        paragraph.setIndentationLeft(INDENT);
        paragraph.setLeading(11);
        paragraph.setSpacingBefore(2);
        return paragraph;
    }

    private Element value(@Nullable String text) {
        return text == null || text.isBlank() ? notStated() : new Paragraph(text, type.body());
    }

    private Element list(List<String> items) {
        if (items.isEmpty()) {
            return notStated();
        }
        com.lowagie.text.List list = new com.lowagie.text.List(false, INDENT);
        // Set explicitly: OpenPDF's default symbol is a Helvetica hyphen, which would add a second, non-embedded font.
        list.setListSymbol(new Chunk(BULLET, type.body()));
        list.setIndentationLeft(4);
        for (String item : items) {
            list.add(new ListItem(item, type.body()));
        }
        return list;
    }

    private Element attendees(List<Attendee> attendees) {
        if (attendees.isEmpty()) {
            return notStated();
        }
        PdfPTable table = new PdfPTable(new float[] {3, 3, 4, 1.6f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2);
        for (String header : List.of("Name", "Title", "Organisation", "Signatory")) {
            table.addCell(cell(header, type.tableHeader(), true));
        }
        for (Attendee attendee : attendees) {
            Person person = attendee.person();
            table.addCell(cell(person.name(), type.table(), false));
            table.addCell(cell(orEmpty(person.title()), type.table(), false));
            table.addCell(cell(orEmpty(person.organisation()), type.table(), false));
            table.addCell(cell(attendee.signatory() ? "yes" : "no", type.table(), false));
        }
        return table;
    }

    private PdfPCell cell(String text, com.lowagie.text.Font font, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(4);
        cell.setPaddingBottom(6);
        cell.setBorderColor(Typography.RULE);
        cell.setBorderWidth(0.5f);
        if (header) {
            cell.setBackgroundColor(Typography.SHADE);
        }
        return cell;
    }

    /**
     * A borderless table, one row per source: the number in the first column, so that the headline and its details
     * hang under each other, and rows never split over two pages (a row moves whole to the next page).
     */
    private Element sources(List<Source> sources) {
        PdfPTable table = new PdfPTable(new float[] {1, 16});
        table.setWidthPercentage(100);
        for (int i = 0; i < sources.size(); i++) {
            table.addCell(plainCell(new Paragraph("[" + (i + 1) + "]", type.strong())));
            table.addCell(source(sources.get(i)));
        }
        return table;
    }

    private PdfPCell source(Source source) {
        String headline = source.title().isBlank() ? "(no headline)" : source.title();
        PdfPCell cell = plainCell(new Paragraph(headline, type.strong()));
        if (source.published() != null) {
            cell.addElement(detail("Published", new Chunk(source.published().toString(), type.muted())));
        }
        if (source.url() != null) {
            cell.addElement(detail("URL", url(source.url())));
        }
        cell.addElement(detail("Source", new Chunk(source.source(), type.muted())));
        return cell;
    }

    private static PdfPCell plainCell(Paragraph content) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(6);
        cell.addElement(content);
        return cell;
    }

    private Paragraph detail(String label, Chunk value) {
        Paragraph paragraph = new Paragraph(new Chunk(label + ": ", type.muted()));
        paragraph.add(value);
        return paragraph;
    }

    /** A web address as a link; any other address as plain text, so that no click runs a script or opens a file. */
    private Chunk url(String url) {
        if (!ReportText.isWebUrl(url)) {
            return new Chunk(url, type.muted());
        }
        // A linked chunk rather than an Anchor: table cells take chunks, not anchors.
        Chunk link = new Chunk(url, type.link());
        link.setAnchor(url);
        return link;
    }

    private Paragraph notStated() {
        return new Paragraph(NOT_STATED, type.muted());
    }

    private static String title(Agreement agreement) {
        if (agreement.parties().isEmpty()) {
            return "Agreement " + agreement.id();
        }
        return agreement.parties().stream().map(Organisation::name).collect(joining(TITLE_SEPARATOR));
    }

    private static String party(Organisation party) {
        if (party.aliases().isEmpty()) {
            return party.name();
        }
        return party.name() + " (also " + String.join(", ", party.aliases()) + ")";
    }

    private static @Nullable String signedOn(@Nullable SigningDate date) {
        if (date == null) {
            return null;
        }
        return date.precision() == DatePrecision.DAY ? date.iso() : date.iso() + " (month only)";
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

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
