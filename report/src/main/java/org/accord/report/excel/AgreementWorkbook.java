package org.accord.report.excel;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.accord.report.internal.PeriodFigures;
import org.accord.report.internal.ReportText;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jspecify.annotations.Nullable;

/**
 * The Excel workbook of agreements, streamed (SXSSF: only a window of rows is in memory at a time, so large stores
 * fit in bounded memory). Its sheets:
 *
 * <ul>
 *   <li><b>Agreements</b>: one row per agreement, its date as a real date cell, its lists joined by {@code "; "}, and
 *       the first source's address as a link when it is a web address;
 *   <li><b>Parties</b>: each organisation once, with its number of agreements and its first and last signing;
 *   <li><b>Attendees</b>: one row per attendee of each agreement;
 *   <li><b>Commitments</b>: one row per commitment of each agreement, for follow-up;
 *   <li><b>Sources</b>: one row per article of each agreement, with its date, its link and what it contributed;
 *   <li><b>Monthly</b>: agreements per month, with a native bar chart.
 * </ul>
 *
 * <p>Every sheet has a bold, frozen, filterable header row. Use it through {@link org.accord.report.Reports}.
 */
public final class AgreementWorkbook {
    static final String SHEET_NAME = "Agreements";
    static final String PARTIES = "Parties";
    static final String ATTENDEES = "Attendees";
    static final String COMMITMENTS = "Commitments";
    static final String SOURCES = "Sources";
    static final String MONTHLY = "Monthly";
    static final String LIST_SEPARATOR = "; ";

    /** Rows kept in memory per sheet; the others are flushed to a compressed temporary file. */
    private static final int WINDOW = 200;
    /** The months the Monthly chart shows, the last ones; the table lists every month. */
    static final int CHART_MONTHS = 24;

    private final SXSSFWorkbook workbook;
    private final Styles styles;

    private AgreementWorkbook(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        this.styles = Styles.of(workbook);
    }

    /**
     * Writes the workbook to a stream, which is not closed; the Monthly sheet spans the agreements' months.
     *
     * @param agreements the agreements, one row each, in this order
     * @param out where to write the .xlsx file
     * @throws IOException when the stream cannot be written
     */
    public static void write(List<Agreement> agreements, OutputStream out) throws IOException {
        write(agreements, PeriodFigures.monthlyCounts(agreements), out);
    }

    /**
     * Writes the workbook to a stream, which is not closed.
     *
     * @param agreements the agreements, one row each, in this order
     * @param monthly the agreements per month for the Monthly sheet, in month order
     * @param out where to write the .xlsx file
     * @throws IOException when the stream cannot be written
     */
    public static void write(List<Agreement> agreements, SortedMap<YearMonth, Integer> monthly, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            AgreementWorkbook writer = new AgreementWorkbook(workbook);
            writer.agreements(agreements);
            writer.parties(agreements);
            writer.attendees(agreements);
            writer.commitments(agreements);
            writer.sources(agreements);
            writer.monthly(monthly);
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }

    private void agreements(List<Agreement> agreements) {
        List<Table.Heading> headings = Stream.of(Column.values())
                .map(c -> new Table.Heading(c.header(), c.poiWidth() / 256)).toList();
        Table table = new Table(workbook, styles, SHEET_NAME, headings);
        for (Agreement agreement : agreements) {
            Row row = table.row();
            table.text(row, Column.ID.index(), agreement.id());
            table.signedOn(row, Column.SIGNED_ON.index(), agreement.signedOn());
            table.text(row, Column.KIND.index(), agreement.kind());
            table.text(row, Column.PARTIES.index(), joined(agreement.parties().stream().map(Organisation::name)));
            table.text(row, Column.LOCATION.index(), agreement.location());
            table.text(row, Column.ATTENDEES.index(),
                    joined(agreement.attendees().stream().map(ReportText::attendee)));
            table.text(row, Column.FIELDS.index(), joined(agreement.fields().stream()));
            table.text(row, Column.PRINCIPLES.index(), joined(agreement.principles().stream()));
            table.text(row, Column.COMMITMENTS.index(), joined(agreement.commitments().stream()));
            table.text(row, Column.SOURCES.index(),
                    agreement.sources().stream().map(ReportText::source).collect(joining("\n")));
            table.url(row, Column.URL.index(), firstUrl(agreement));
        }
        table.finish();
    }

    /** One organisation, as the Parties sheet counts it. */
    private static final class Party {
        final String name;
        final Set<String> aliases = new LinkedHashSet<>();
        int agreements;
        @Nullable SigningDate first;
        @Nullable SigningDate last;

        Party(String name) {
            this.name = name;
        }

        void add(Organisation organisation, @Nullable SigningDate date) {
            aliases.addAll(organisation.aliases());
            agreements++;
            if (date != null) {
                if (first == null || date.date().isBefore(first.date())) {
                    first = date;
                }
                if (last == null || date.date().isAfter(last.date())) {
                    last = date;
                }
            }
        }
    }

    private void parties(List<Agreement> agreements) {
        Map<String, Party> parties = new LinkedHashMap<>();
        for (Agreement agreement : agreements) {
            for (Organisation organisation : agreement.parties()) {
                parties.computeIfAbsent(OrganisationNames.key(organisation.name()), k -> new Party(organisation.name()))
                        .add(organisation, agreement.signedOn());
            }
        }
        List<Party> ordered = new ArrayList<>(parties.values());
        ordered.sort(Comparator.comparingInt((Party p) -> -p.agreements).thenComparing(p -> p.name));
        Table table = new Table(workbook, styles, PARTIES, List.of(new Table.Heading("Organisation", 40),
                new Table.Heading("Also known as", 30), new Table.Heading("Agreements", 12),
                new Table.Heading("First signing", 14), new Table.Heading("Last signing", 14)));
        for (Party party : ordered) {
            Row row = table.row();
            table.text(row, 0, party.name);
            table.text(row, 1, String.join(LIST_SEPARATOR, party.aliases));
            table.number(row, 2, party.agreements);
            table.signedOn(row, 3, party.first);
            table.signedOn(row, 4, party.last);
        }
        table.finish();
    }

    private void attendees(List<Agreement> agreements) {
        Table table = new Table(workbook, styles, ATTENDEES, List.of(new Table.Heading("Agreement", 30),
                new Table.Heading("Signed on", 12), new Table.Heading("Name", 24), new Table.Heading("Title", 30),
                new Table.Heading("Organisation", 36), new Table.Heading("Signatory", 11)));
        for (Agreement agreement : agreements) {
            for (Attendee attendee : agreement.attendees()) {
                Row row = table.row();
                table.text(row, 0, agreement.id());
                table.signedOn(row, 1, agreement.signedOn());
                table.text(row, 2, attendee.person().name());
                table.text(row, 3, attendee.person().title());
                table.text(row, 4, attendee.person().organisation());
                table.bool(row, 5, attendee.signatory());
            }
        }
        table.finish();
    }

    private void commitments(List<Agreement> agreements) {
        Table table = new Table(workbook, styles, COMMITMENTS, List.of(new Table.Heading("Agreement", 30),
                new Table.Heading("Signed on", 12), new Table.Heading("Parties", 40), new Table.Heading("No.", 6),
                new Table.Heading("Commitment", 60), new Table.Heading("Status", 14)));
        for (Agreement agreement : agreements) {
            String parties = joined(agreement.parties().stream().map(Organisation::name));
            for (int i = 0; i < agreement.commitments().size(); i++) {
                Row row = table.row();
                table.text(row, 0, agreement.id());
                table.signedOn(row, 1, agreement.signedOn());
                table.text(row, 2, parties);
                table.number(row, 3, i + 1);
                table.text(row, 4, agreement.commitments().get(i));
                // Status is left empty for the reader's follow-up.
            }
        }
        table.finish();
    }

    private void sources(List<Agreement> agreements) {
        Table table = new Table(workbook, styles, SOURCES, List.of(new Table.Heading("Agreement", 30),
                new Table.Heading("Article", 50), new Table.Heading("Published", 12),
                new Table.Heading("Language", 10), new Table.Heading("Link", 45), new Table.Heading("Read from", 40),
                new Table.Heading("Contributed", 45)));
        for (Agreement agreement : agreements) {
            Map<Source, List<Mention>> bySource = new LinkedHashMap<>();
            for (Mention mention : agreement.mentions()) {
                bySource.computeIfAbsent(mention.source(), s -> new ArrayList<>()).add(mention);
            }
            for (Map.Entry<Source, List<Mention>> entry : bySource.entrySet()) {
                Source source = entry.getKey();
                Row row = table.row();
                table.text(row, 0, agreement.id());
                table.text(row, 1, source.title());
                table.date(row, 2, source.published());
                table.text(row, 3, source.language().code());
                table.url(row, 4, source.url());
                table.text(row, 5, source.source());
                table.text(row, 6, contributed(entry.getValue()));
            }
        }
        table.finish();
    }

    /** What an article's mentions state: {@code kind, parties (2), signed on, attendees (3)}. */
    static String contributed(List<Mention> mentions) {
        int kind = 0;
        int parties = 0;
        int date = 0;
        int location = 0;
        int attendees = 0;
        int fields = 0;
        int principles = 0;
        int commitments = 0;
        for (Mention mention : mentions) {
            kind += mention.kind() == null ? 0 : 1;
            parties += mention.parties().size();
            date += mention.signedOn() == null ? 0 : 1;
            location += mention.location() == null ? 0 : 1;
            attendees += mention.attendees().size();
            fields += mention.fields().size();
            principles += mention.principles().size();
            commitments += mention.commitments().size();
        }
        List<String> parts = new ArrayList<>();
        addPart(parts, "kind", kind, false);
        addPart(parts, "parties", parties, true);
        addPart(parts, "signed on", date, false);
        addPart(parts, "location", location, false);
        addPart(parts, "attendees", attendees, true);
        addPart(parts, "fields", fields, true);
        addPart(parts, "principles", principles, true);
        addPart(parts, "commitments", commitments, true);
        return String.join(", ", parts);
    }

    private static void addPart(List<String> parts, String name, int count, boolean counted) {
        if (count > 0) {
            parts.add(counted ? name + " (" + count + ")" : name);
        }
    }

    private void monthly(SortedMap<YearMonth, Integer> monthly) {
        Table table = new Table(workbook, styles, MONTHLY,
                List.of(new Table.Heading("Month", 10), new Table.Heading("Agreements", 12)));
        for (Map.Entry<YearMonth, Integer> month : monthly.entrySet()) {
            Row row = table.row();
            // A month is not a day: YYYY-MM text, as in the Agreements sheet, rather than a date cell on the 1st.
            table.text(row, 0, month.getKey().toString());
            table.number(row, 1, month.getValue());
        }
        table.finish();
        if (!monthly.isEmpty()) {
            chart(monthly);
        }
    }

    /** A native Excel column chart of the last {@value #CHART_MONTHS} months' agreements, beside the Monthly table. */
    private void chart(SortedMap<YearMonth, Integer> allMonths) {
        SortedMap<YearMonth, Integer> monthly = allMonths;
        int skipped = Math.max(0, allMonths.size() - CHART_MONTHS);
        if (skipped > 0) {
            monthly = allMonths.tailMap(allMonths.lastKey().minusMonths(CHART_MONTHS - 1));
        }
        // Streaming sheets draw no charts; the drawing belongs to the sheet's XSSF part, which is written as usual.
        XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(MONTHLY);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, 1, 15, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Agreements per month (last " + monthly.size() + " months)");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        int first = skipped + 2;
        int last = allMonths.size() + 1;
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                monthly.keySet().stream().map(YearMonth::toString).toArray(String[]::new),
                MONTHLY + "!$A$" + first + ":$A$" + last);
        XDDFNumericalDataSource<Integer> values = XDDFDataSourcesFactory.fromArray(
                monthly.values().toArray(Integer[]::new), MONTHLY + "!$B$" + first + ":$B$" + last);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, months, counts);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle("Agreements", null);
        // An explicit fill: without one LibreOffice draws the bars invisible.
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x1F, 0x4E, 0x79})));
        data.setGapWidth(60);
        chart.plot(data);
    }

    private static String joined(Stream<String> values) {
        return values.collect(joining(LIST_SEPARATOR));
    }

    private static @Nullable String firstUrl(Agreement agreement) {
        return agreement.sources().stream().map(Source::url).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
