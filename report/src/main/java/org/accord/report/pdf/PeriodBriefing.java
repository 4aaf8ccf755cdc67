package org.accord.report.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.core.model.Agreement;
import org.accord.core.model.Organisation;
import org.accord.report.ReportOptions;
import org.accord.report.internal.Labels;
import org.accord.report.internal.PartnerType;
import org.accord.report.internal.PeriodFigures;
import org.jspecify.annotations.Nullable;

/**
 * The briefing on a period (a month, or several): a cover with the headline figures and two charts, a table of
 * contents, a table of the period's agreements, then one section per agreement in the template of the per-agreement
 * briefing ({@link AgreementSections}). Every page after the cover has a running header with the title and the
 * period, and every page a footer with its number; each agreement has a bookmark in the outline.
 *
 * <p>Written in one pass: the page numbers the contents and the footers print ("Page 3 of 120") are not known when
 * their lines are laid out, so each is a small template, drawn where the number goes and filled in when the document
 * closes. The document's dates are fixed to the end of the period: the same agreements give the same document.
 *
 * <p>Internal to the report module and not part of its API: public only because {@link org.accord.report.Reports},
 * in another package, writes through it. Callers use {@code Reports.writePeriodBriefing} or
 * {@link org.accord.report.Briefing}, which write it so:
 *
 * <pre>{@code
 * ReportOptions options = ReportOptions.of(Period.month(YearMonth.of(2021, 12)));
 * PeriodFigures figures = PeriodFigures.of(store.agreements(), options.period());
 * AtomicFiles.write(file, out -> PeriodBriefing.write(figures, options, out));
 * }</pre>
 */
public final class PeriodBriefing {
    /** The left, right and bottom margins, in points. */
    static final float MARGIN = 54;
    /** The top margin, in points: room for the running header above it. */
    static final float TOP_MARGIN = 70;
    private static final String COVER = "cover";
    private static final String CONTENTS = "contents";
    private static final String TABLE = "table";
    private static final String SECTIONS = "sections";
    private static final String AGREEMENT = "agreement-";
    /** Room for "Page 1234 of 1234" or "第1234页，共1234页" in the footer, in points. */
    private static final float FOOTER_WIDTH = 160;
    /** Room for a page number in the contents, in points. */
    private static final float CONTENTS_NUMBER_WIDTH = 36;

    private final PeriodFigures figures;
    private final ReportOptions options;
    private final Labels labels;
    private final Typography type;
    private final Document document;
    private final PdfWriter writer;
    private final Pages pages;

    private PeriodBriefing(PeriodFigures figures, ReportOptions options, OutputStream out) {
        this.figures = figures;
        this.options = options;
        this.labels = Labels.of(options.language());
        this.type = Typography.create();
        this.document = new Document(PageSize.A4, MARGIN, MARGIN, TOP_MARGIN, MARGIN);
        this.writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        this.pages = new Pages();
        writer.setPageEvent(pages);
    }

    /**
     * Writes the briefing to a stream, which is not closed.
     *
     * @param figures the period and its agreements
     * @param options the period, language, title and organisation
     * @param out where to write the PDF
     * @throws RuntimeException of OpenPDF's when the PDF cannot be written, including when the stream fails
     */
    public static void write(PeriodFigures figures, ReportOptions options, OutputStream out) {
        new PeriodBriefing(figures, options, out).render();
    }

    /**
     * Reads the typeface ahead of the first briefing, on the caller's thread: about a fifth of a second a JVM spends
     * once, which a caller can spend while it reads the agreements.
     */
    public static void prepare() {
        Fonts.regular();
        Fonts.bold();
    }

    private String title() {
        return options.title() != null ? options.title() : labels.reportTitle();
    }

    private void render() {
        String period = labels.period(figures.period());
        document.addTitle(title() + " – " + period);
        document.addSubject(title() + " " + figures.period());
        if (options.organisation() != null) {
            document.addAuthor(options.organisation());
        }
        document.addCreator("Accord");
        DocumentInfo.fix(document, writer, figures.period().to().plusMonths(1).atDay(1));
        document.open();
        addCover(period);
        document.newPage();
        addContents();
        document.newPage();
        addTable();
        addSections();
        document.close();
    }

    private void addCover(String period) {
        if (options.organisation() != null) {
            document.add(new Paragraph(options.organisation(), type.subtitle()));
        }
        Chunk title = new Chunk(title(), type.coverTitle());
        title.setGenericTag(COVER);
        title.setLocalDestination(COVER);
        Paragraph heading = new Paragraph(title);
        heading.setLeading(32);
        heading.setSpacingBefore(options.organisation() != null ? 6 : 0);
        document.add(heading);
        Paragraph when = new Paragraph(period, new com.lowagie.text.Font(Fonts.regular(), 16,
                com.lowagie.text.Font.NORMAL, Typography.ACCENT));
        when.setSpacingBefore(4);
        document.add(when);
        document.add(rule());

        PdfPTable numbers = new PdfPTable(4);
        numbers.setWidthPercentage(100);
        numbers.setSpacingBefore(10);
        numbers.setSpacingAfter(14);
        figure(numbers, figures.agreements().size(), labels.figureAgreements());
        figure(numbers, figures.organisations().size(), labels.figureOrganisations());
        figure(numbers, figures.newPartners().size(), labels.figureNewPartners());
        figure(numbers, figures.fields().size(), labels.figureFields());
        document.add(numbers);

        document.add(heading(labels.chartMonths(), null));
        float width = document.right() - document.left();
        List<BarChart.Bar> months = new ArrayList<>();
        for (Map.Entry<YearMonth, Integer> month : figures.months().entrySet()) {
            months.add(new BarChart.Bar(labels.shortMonth(month.getKey()), month.getValue(),
                    figures.period().contains(month.getKey())));
        }
        document.add(BarChart.columns(writer, months, width, 150));
        Paragraph legend = new Paragraph();
        legend.add(new Chunk("■ ", new com.lowagie.text.Font(Fonts.regular(), 9, com.lowagie.text.Font.NORMAL,
                Typography.ACCENT)));
        legend.add(new Chunk(labels.periodMarker() + "    ", type.muted()));
        legend.add(new Chunk("■ ", new com.lowagie.text.Font(Fonts.regular(), 9, com.lowagie.text.Font.NORMAL,
                Typography.MUTED_BAR)));
        legend.add(new Chunk(labels.before(), type.muted()));
        document.add(legend);

        if (!figures.partnerTypes().isEmpty()) {
            document.add(heading(labels.chartPartnerTypes(), null));
            List<BarChart.Bar> types = new ArrayList<>();
            for (Map.Entry<PartnerType, Integer> entry : figures.partnerTypes().entrySet()) {
                types.add(new BarChart.Bar(entry.getKey().label(labels), entry.getValue(), true));
            }
            document.add(BarChart.rows(writer, types, width));
        }
        if (!figures.newPartners().isEmpty()) {
            document.add(heading(labels.newPartnersList(), null));
            String names = figures.newPartners().stream().map(Organisation::name).collect(Collectors.joining("; "));
            document.add(new Paragraph(names, type.body()));
        }
    }

    private void figure(PdfPTable table, int value, String label) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(Typography.RULE);
        cell.setBorderWidth(2);
        cell.setPaddingLeft(10);
        cell.setPaddingBottom(6);
        Paragraph number = new Paragraph(String.valueOf(value), type.figure());
        number.setLeading(26);
        cell.addElement(number);
        cell.addElement(new Paragraph(label, type.muted()));
        table.addCell(cell);
    }

    private void addContents() {
        document.add(heading(labels.contents(), CONTENTS));
        PdfPTable contents = new PdfPTable(new float[] {14, 1.4f});
        contents.setWidthPercentage(100);
        contents.setSpacingBefore(6);
        contentsRow(contents, labels.overview(), COVER, type.strong(), 0);
        contentsRow(contents, labels.agreementsOfPeriod(), TABLE, type.strong(), 0);
        if (!figures.agreements().isEmpty()) {
            contentsRow(contents, labels.agreementSections(), AGREEMENT + 1, type.strong(), 0);
        }
        for (int i = 0; i < figures.agreements().size(); i++) {
            Agreement agreement = figures.agreements().get(i);
            contentsRow(contents, (i + 1) + ". " + AgreementSections.title(agreement, labels), AGREEMENT + (i + 1),
                    type.body(), 14);
        }
        document.add(contents);
    }

    private void contentsRow(PdfPTable table, String text, String anchor, com.lowagie.text.Font font, float indent) {
        Chunk link = new Chunk(text, font);
        link.setLocalGoto(anchor);
        PdfPCell entry = new PdfPCell(new Phrase(link));
        entry.setBorder(Rectangle.BOTTOM);
        entry.setBorderColor(Typography.SHADE);
        entry.setPaddingLeft(indent);
        entry.setPaddingBottom(5);
        table.addCell(entry);
        Chunk number = pages.numberOf(anchor, font);
        number.setLocalGoto(anchor);
        PdfPCell pageCell = new PdfPCell(new Phrase(number));
        pageCell.setBorder(Rectangle.BOTTOM);
        pageCell.setBorderColor(Typography.SHADE);
        pageCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        pageCell.setPaddingBottom(5);
        table.addCell(pageCell);
    }

    private void addTable() {
        document.add(heading(labels.agreementsOfPeriod(), TABLE));
        if (figures.agreements().isEmpty()) {
            document.add(new Paragraph(labels.noAgreements(), type.muted()));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {0.55f, 1.9f, 5.6f, 3.3f, 2.7f, 1.55f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        for (String header : List.of("#", labels.date(), labels.parties(), labels.kind(), labels.location(),
                labels.sourceCount())) {
            table.addCell(AgreementSections.cell(header, type.tableHeader(), true));
        }
        for (int i = 0; i < figures.agreements().size(); i++) {
            Agreement agreement = figures.agreements().get(i);
            table.addCell(AgreementSections.cell(String.valueOf(i + 1), type.table(), false));
            table.addCell(AgreementSections.cell(
                    agreement.signedOn() == null ? labels.undated() : agreement.signedOn().iso(), type.table(), false));
            Chunk parties = new Chunk(agreement.parties().stream().map(Organisation::name)
                    .collect(Collectors.joining("; ")), type.table());
            parties.setLocalGoto(AGREEMENT + (i + 1));
            table.addCell(AgreementSections.cell(new Phrase(type.table().getSize() * 1.3f, parties), false));
            table.addCell(AgreementSections.cell(orEmpty(agreement.kind()), type.table(), false));
            table.addCell(AgreementSections.cell(orEmpty(agreement.location()), type.table(), false));
            PdfPCell sources = AgreementSections.cell(String.valueOf(agreement.sources().size()), type.table(), false);
            sources.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(sources);
        }
        document.add(table);
    }

    private void addSections() {
        AgreementSections sections = new AgreementSections(document, writer, type, labels);
        for (int i = 0; i < figures.agreements().size(); i++) {
            document.newPage();
            String anchor = AGREEMENT + (i + 1);
            Agreement agreement = figures.agreements().get(i);
            pages.outlineTitles.put(anchor, (i + 1) + ". " + AgreementSections.title(agreement, labels));
            sections.addTitle(agreement, (i + 1) + ". ", anchor, anchor);
            sections.addBody(agreement);
        }
    }

    private Paragraph heading(String text, @Nullable String tag) {
        Chunk chunk = new Chunk(text, new com.lowagie.text.Font(Fonts.bold(), 14, com.lowagie.text.Font.NORMAL,
                Typography.INK));
        if (tag != null) {
            chunk.setGenericTag(tag);
            chunk.setLocalDestination(tag);
        }
        Paragraph heading = new Paragraph(chunk);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        return heading;
    }

    private Paragraph rule() {
        Chunk line = new Chunk(new LineSeparator(0.75f, 100, Typography.RULE, Element.ALIGN_LEFT, -4));
        line.setFont(type.body());
        return new Paragraph(line);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /**
     * Records the page of each tagged heading and adds its bookmark, and draws the running header and the footer.
     */
    /** A page number not yet known: a template as wide as the room for it, the text right-aligned on its baseline. */
    private static final class PageNumber {
        final PdfTemplate template;
        private final com.lowagie.text.Font font;

        PageNumber(PdfContentByte canvas, com.lowagie.text.Font font, float width) {
            this.font = font;
            float descent = -font.getBaseFont().getFontDescriptor(BaseFont.DESCENT, font.getSize());
            float ascent = font.getBaseFont().getFontDescriptor(BaseFont.ASCENT, font.getSize());
            this.template = canvas.createTemplate(width, ascent + descent);
        }

        /** How far below the baseline the template starts (negative). */
        float descent() {
            return font.getBaseFont().getFontDescriptor(BaseFont.DESCENT, font.getSize());
        }

        void fill(String text) {
            template.beginText();
            template.setFontAndSize(font.getBaseFont(), font.getSize());
            if (font.getColor() != null) {
                template.setColorFill(font.getColor());
            }
            template.showTextAligned(Element.ALIGN_RIGHT, text, template.getWidth(), -descent(), 0);
            template.endText();
        }
    }

    private final class Pages extends PdfPageEventHelper {
        final Map<String, Integer> pageOf = new HashMap<>();
        final Map<String, String> outlineTitles = new HashMap<>();
        private final Map<Integer, PageNumber> footers = new LinkedHashMap<>();
        /** The contents' numbers, each with the anchor it gives the page of ("The agreements" and the first share one). */
        private final List<Map.Entry<String, PageNumber>> contentsNumbers = new ArrayList<>();
        private @Nullable PdfOutline agreementsOutline;
        /** The number of the last page finished; after the pass, the number of pages. */
        int lastPage;

        @Override
        public void onGenericTag(PdfWriter pdfWriter, Document doc, Rectangle where, String tag) {
            if (pageOf.containsKey(tag)) {
                return;
            }
            pageOf.put(tag, pdfWriter.getPageNumber());
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, where.getLeft(), where.getTop() + 24,
                    0);
            PdfOutline root = pdfWriter.getRootOutline();
            switch (tag) {
                case COVER -> new PdfOutline(root, destination, labels.overview());
                case CONTENTS -> new PdfOutline(root, destination, labels.contents());
                case TABLE -> new PdfOutline(root, destination, labels.agreementsOfPeriod());
                default -> {
                    if (agreementsOutline == null) {
                        agreementsOutline = new PdfOutline(root, destination, labels.agreementSections());
                    }
                    new PdfOutline(agreementsOutline, destination, outlineTitles.getOrDefault(tag, tag));
                }
            }
        }

        @Override
        public void onEndPage(PdfWriter pdfWriter, Document doc) {
            PdfContentByte canvas = pdfWriter.getDirectContent();
            int page = pdfWriter.getPageNumber();
            float left = doc.left();
            float right = doc.right();
            if (page > 1) {
                float y = doc.top() + 24;
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                        new Phrase(title() + " · " + labels.period(figures.period()), type.footer()), left, y, 0);
                if (options.organisation() != null) {
                    ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                            new Phrase(options.organisation(), type.footer()), right, y, 0);
                }
                rule(canvas, left, right, y - 6);
            }
            float footerY = doc.bottom() - 24;
            rule(canvas, left, right, footerY + 12);
            // "Page 3 of 120": the number of pages is known at the close.
            PageNumber number = new PageNumber(canvas, type.footer(), FOOTER_WIDTH);
            canvas.addTemplate(number.template, right - FOOTER_WIDTH, footerY + number.descent());
            footers.put(page, number);
            lastPage = page;
        }

        /**
         * The page an anchor is on, as a chunk to lay out now: a template, filled in at the close, the number
         * right-aligned in it.
         */
        Chunk numberOf(String anchor, com.lowagie.text.Font font) {
            PageNumber number = new PageNumber(writer.getDirectContent(), font, CONTENTS_NUMBER_WIDTH);
            contentsNumbers.add(Map.entry(anchor, number));
            return new Chunk(Image.getInstance(number.template), 0, number.descent(), true);
        }

        @Override
        public void onCloseDocument(PdfWriter pdfWriter, Document doc) {
            footers.forEach((page, number) -> number.fill(labels.pageOf(page, lastPage)));
            contentsNumbers.forEach(entry -> {
                Integer page = pageOf.get(entry.getKey());
                entry.getValue().fill(page == null ? "" : String.valueOf(page));
            });
        }

        private void rule(PdfContentByte canvas, float left, float right, float y) {
            canvas.setColorStroke(Typography.RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, y);
            canvas.lineTo(right, y);
            canvas.stroke();
        }
    }
}
