package org.accord.report.pdf;

import static java.util.stream.Collectors.joining;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.util.List;
import org.accord.core.merge.Disagreements;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.DatePrecision;
import org.accord.core.model.Disagreement;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.accord.report.internal.Labels;
import org.accord.report.internal.ReportText;
import org.accord.report.pdf.Citations.Citation;
import org.jspecify.annotations.Nullable;

/**
 * The template of one agreement, shared by the per-agreement briefing and the periodic report: a title (the parties),
 * the kind, then labelled sections (signed on, location, kind, parties, attendees, fields, principles, commitments,
 * sources), each value followed by the sentences it was read from, numbered by source.
 */
final class AgreementSections {
    static final String TITLE_SEPARATOR = " – ";

    private static final float INDENT = 12;
    private static final String BULLET = "•";
    /** Room for a label and the first lines of its value; with less left on the page, the section starts a new one. */
    private static final float MIN_SECTION_SPACE = 90;
    /**
     * The sources kept on the page of their heading: the heading is never left alone, and the others follow on as
     * room allows rather than take the whole list to a new page.
     */
    private static final int SOURCES_WITH_HEADING = 1;

    private final Document document;
    private final PdfWriter writer;
    private final Typography type;
    private final Labels labels;

    AgreementSections(Document document, PdfWriter writer, Typography type, Labels labels) {
        this.document = document;
        this.writer = writer;
        this.type = type;
        this.labels = labels;
    }

    /**
     * Adds the title: the parties (after {@code prefix}, such as a number), the kind, a rule and the id.
     *
     * @param tag a generic tag set on the title, which the page events see (for the outline and contents), or
     *     {@code null}
     * @param anchor a local destination set on the title, for links to it, or {@code null}
     */
    void addTitle(Agreement agreement, String prefix, @Nullable String tag, @Nullable String anchor) {
        Chunk titleChunk = new Chunk(prefix + title(agreement, labels), type.title());
        if (tag != null) {
            titleChunk.setGenericTag(tag);
        }
        if (anchor != null) {
            titleChunk.setLocalDestination(anchor);
        }
        Paragraph title = new Paragraph(titleChunk);
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
        Chunk id = new Chunk(labels.agreement() + " " + agreement.id(), type.muted());
        // An id is one long hyphenated word, which OpenPDF would run past the margin rather than break.
        id.setSplitCharacter((start, current, end, chars, chunks) -> true);
        document.add(new Paragraph(id));
    }

    /** Adds the labelled sections of the agreement, each value with its evidence. */
    void addBody(Agreement agreement) {
        Citations citations = new Citations(agreement);
        addSection(labels.signedOn(), value(signedOn(agreement.signedOn())), citations.signedOn());
        addSection(labels.location(), value(agreement.location()), citations.location());
        addSection(labels.kind(), value(agreement.kind()), citations.kind());
        addSection(labels.parties(), list(agreement.parties().stream().map(this::party).toList()),
                citations.parties());
        addSection(labels.attendees(), attendees(agreement.attendees()), citations.attendees());
        addSection(labels.fields(), list(agreement.fields()), citations.fields());
        addSection(labels.principles(), list(agreement.principles()), citations.principles());
        addSection(labels.commitments(), list(agreement.commitments()), citations.commitments());
        List<Disagreement> disagreements = Disagreements.of(agreement);
        if (!disagreements.isEmpty()) {
            addSection(labels.disagreements(), list(disagreements.stream()
                    .map(d -> ReportText.disagreement(d, labels)).toList()), List.of());
        }
        addSources(agreement.sources());
    }

    /** A label, the value (a paragraph, list or table) and, under it, the sentences it comes from. */
    private void addSection(String label, Element content, List<Citation> evidence) {
        // A label alone at the foot of a page, its value overleaf, reads as a missing value.
        if (roomLeft() < MIN_SECTION_SPACE) {
            document.newPage();
        }
        document.add(heading(label));
        document.add(content);
        for (Citation citation : evidence) {
            document.add(evidence(citation));
        }
    }

    private Paragraph heading(String label) {
        Paragraph heading = new Paragraph(label, type.label());
        heading.setSpacingBefore(9);
        heading.setSpacingAfter(2);
        return heading;
    }

    /** The height left for content on the current page, in points. */
    private float roomLeft() {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    /**
     * The sources: their heading and first entry go on this page when they fit, else on the next; later entries
     * follow on as room allows. Measured, not guessed: an entry with a long headline or address takes several lines,
     * and a fixed allowance either left the heading alone at the foot of a page, its entries overleaf, or moved a
     * short list to a new page it did not need.
     */
    private void addSources(List<Source> sources) {
        if (sources.isEmpty()) {
            addSection(labels.sources(), notStated(), List.of());
            return;
        }
        PdfPTable table = sources(sources);
        // A fixed width lets the table measure its rows before it is laid out.
        table.setTotalWidth(document.right() - document.left());
        table.setLockedWidth(true);
        float kept = 0;
        for (int row = 0; row <= Math.min(SOURCES_WITH_HEADING, sources.size()); row++) {
            kept += table.getRowHeight(row);
        }
        if (roomLeft() < kept) {
            document.newPage();
        }
        document.add(table);
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
        for (String header : List.of(labels.name(), labels.title(), labels.organisation(), labels.signatory())) {
            table.addCell(cell(header, type.tableHeader(), true));
        }
        for (Attendee attendee : attendees) {
            Person person = attendee.person();
            table.addCell(cell(person.name(), type.table(), false));
            table.addCell(cell(orEmpty(person.title()), type.table(), false));
            table.addCell(cell(orEmpty(person.organisation()), type.table(), false));
            table.addCell(cell(attendee.signatory() ? labels.yes() : labels.no(), type.table(), false));
        }
        return table;
    }

    /** A table cell with the briefing's thin rules; a header cell is shaded. */
    static PdfPCell cell(String text, com.lowagie.text.Font font, boolean header) {
        // A leading of 1.3 times the size: OpenPDF's default lets the lines of a wrapped cell touch.
        return cell(new Phrase(font.getSize() * 1.3f, text, font), header);
    }

    /** A table cell with the briefing's thin rules; a header cell is shaded. */
    static PdfPCell cell(Phrase content, boolean header) {
        PdfPCell cell = new PdfPCell(content);
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
     * A borderless table: the heading (in the first row, so that the table measures it with the entries), then one
     * row per source: the number in the first column, so that the headline and its details hang under each other,
     * and rows never split over two pages (a row moves whole to the next page).
     */
    private PdfPTable sources(List<Source> sources) {
        PdfPTable table = new PdfPTable(new float[] {1, 16});
        table.setWidthPercentage(100);
        PdfPCell heading = plainCell(heading(labels.sources()));
        heading.setColspan(2);
        // The paragraph's spacing before, which a cell ignores, as padding: the heading sits as the others do.
        heading.setPaddingTop(9);
        heading.setPaddingBottom(2);
        table.addCell(heading);
        for (int i = 0; i < sources.size(); i++) {
            table.addCell(plainCell(new Paragraph("[" + (i + 1) + "]", type.strong())));
            table.addCell(source(sources.get(i)));
        }
        return table;
    }

    private PdfPCell source(Source source) {
        String headline = source.title().isBlank() ? labels.noHeadline() : source.title();
        PdfPCell cell = plainCell(new Paragraph(headline, type.strong()));
        if (source.published() != null) {
            cell.addElement(detail(labels.published(), new Chunk(source.published().toString(), type.muted())));
        }
        if (source.url() != null) {
            cell.addElement(detail(labels.url(), url(source.url(), type)));
        }
        cell.addElement(detail(labels.source(), new Chunk(source.source(), type.muted())));
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
    static Chunk url(String url, Typography type) {
        if (!ReportText.isWebUrl(url)) {
            return new Chunk(url, type.muted());
        }
        // A linked chunk rather than an Anchor: table cells take chunks, not anchors.
        Chunk link = new Chunk(url, type.link());
        link.setAnchor(url);
        return link;
    }

    private Paragraph notStated() {
        return new Paragraph(labels.notStated(), type.muted());
    }

    /** The parties joined by dashes, or {@code Agreement ID} when there are none. */
    static String title(Agreement agreement, Labels labels) {
        if (agreement.parties().isEmpty()) {
            return labels.agreement() + " " + agreement.id();
        }
        return agreement.parties().stream().map(Organisation::name).collect(joining(TITLE_SEPARATOR));
    }

    private String party(Organisation party) {
        if (party.aliases().isEmpty()) {
            return party.name();
        }
        return party.name() + " (" + labels.also() + " " + String.join(", ", party.aliases()) + ")";
    }

    private @Nullable String signedOn(@Nullable SigningDate date) {
        if (date == null) {
            return null;
        }
        return date.precision() == DatePrecision.DAY ? date.iso() : date.iso() + " (" + labels.monthOnly() + ")";
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
