package org.accord.report.excel;

import static java.util.Objects.requireNonNull;
import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.accord.core.merge.Disagreements;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.accord.report.ReportLanguage;
import org.accord.report.internal.Labels;
import org.accord.report.internal.MonthlyCounts;
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
 * <p>The sheet names, headers and other words of the workbook's own are in the report's language ({@code 协议},
 * {@code 签约方}… in Chinese); the agreements' values are as their articles state them. Every sheet has a bold,
 * frozen, filterable header row.
 *
 * <p>The agreements are read once per sheet that lists them, and never held: memory holds a window of rows, the
 * organisations (for Parties) and the months (for Monthly), however many agreements there are. Links are kept in a
 * temporary file until the end, since POI would hold every one in memory; a sheet has at most 65,530 (Excel's limit),
 * and later addresses are text.
 *
 * <p>Internal to the report module and not part of its API: public only because {@link org.accord.report.Reports},
 * in another package, writes through it. Callers use {@code Reports.writeWorkbook} or
 * {@link org.accord.report.Briefing#writeWorkbook}, which write a file atomically so:
 *
 * <pre>{@code
 * AtomicFiles.write(file, out -> AgreementWorkbook.write(agreements, ReportLanguage.ZH, out));
 * }</pre>
 */
public final class AgreementWorkbook {
    static final String SHEET_NAME = Labels.Sheets.ENGLISH.agreementsSheet();
    static final String PARTIES = Labels.Sheets.ENGLISH.partiesSheet();
    static final String ATTENDEES = Labels.Sheets.ENGLISH.attendeesSheet();
    static final String COMMITMENTS = Labels.Sheets.ENGLISH.commitmentsSheet();
    static final String SOURCES = Labels.Sheets.ENGLISH.sourcesSheet();
    static final String MONTHLY = Labels.Sheets.ENGLISH.monthlySheet();
    static final String LIST_SEPARATOR = "; ";

    /** Rows kept in memory per sheet; the others are flushed to a compressed temporary file. */
    private static final int WINDOW = 200;
    /** The months the Monthly chart shows, the last ones; the table lists every month. */
    static final int CHART_MONTHS = 24;

    private final SXSSFWorkbook workbook;
    private final Styles styles;
    private final Hyperlinks links;
    private final Labels labels;
    private final Labels.Sheets words;
    private final Passes agreements;

    private AgreementWorkbook(SXSSFWorkbook workbook, Hyperlinks links, Labels labels, Passes agreements) {
        this.workbook = workbook;
        this.styles = Styles.of(workbook);
        this.links = links;
        this.labels = labels;
        this.words = labels.sheets();
        this.agreements = agreements;
    }

    /**
     * Writes the workbook in English to a stream, which is not closed; the Monthly sheet spans the agreements'
     * months.
     *
     * @param agreements the agreements, one row each, in this order; iterated once per sheet (see
     *     {@link #write(Iterable, SortedMap, ReportLanguage, OutputStream)})
     * @param out where to write the .xlsx file
     * @throws IOException when the stream cannot be written
     */
    static void write(Iterable<Agreement> agreements, OutputStream out) throws IOException {
        write(agreements, ReportLanguage.EN, out);
    }

    /**
     * Writes the workbook to a stream, which is not closed; the Monthly sheet spans the agreements' months.
     *
     * @param agreements the agreements, one row each, in this order; iterated once per sheet (see
     *     {@link #write(Iterable, SortedMap, ReportLanguage, OutputStream)})
     * @param language the language of the sheet names, headers and the workbook's other words
     * @param out where to write the .xlsx file
     * @throws IOException when the stream cannot be written
     */
    public static void write(Iterable<Agreement> agreements, ReportLanguage language, OutputStream out)
            throws IOException {
        write(agreements, null, language, out);
    }

    /**
     * Writes the workbook in English to a stream, which is not closed.
     *
     * @param agreements the agreements, one row each, in this order; iterated once per sheet (see
     *     {@link #write(Iterable, SortedMap, ReportLanguage, OutputStream)})
     * @param monthly the agreements per month for the Monthly sheet, in month order
     * @param out where to write the .xlsx file
     * @throws IOException when the stream cannot be written
     */
    static void write(Iterable<Agreement> agreements, SortedMap<YearMonth, Integer> monthly, OutputStream out)
            throws IOException {
        write(agreements, monthly, ReportLanguage.EN, out);
    }

    /**
     * Writes the workbook to a stream, which is not closed.
     *
     * <p>The agreements are iterated once for each sheet that lists them (four times), and must give the same
     * agreements in the same order each time: a {@code List}, or a view that reads them again from where they are
     * kept. None is held between rows, so the agreements need never all be in memory at once. An {@code Iterable}
     * that gives its agreements only once (such as {@code stream::iterator}) is refused when the second pass gives
     * fewer.
     *
     * @param agreements the agreements, one row each, in this order
     * @param monthly the agreements per month for the Monthly sheet, in month order; {@code null} to count the
     *     agreements' own months, from the earliest to the latest
     * @param language the language of the sheet names, headers and the workbook's other words
     * @param out where to write the .xlsx file
     * @throws IOException when the stream cannot be written
     * @throws IllegalArgumentException when a pass over the agreements gives another number of them than the first
     * @throws NullPointerException when an agreement is {@code null}
     */
    public static void write(Iterable<Agreement> agreements, @Nullable SortedMap<YearMonth, Integer> monthly,
            ReportLanguage language, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try (workbook; Hyperlinks links = new Hyperlinks()) {
            AgreementWorkbook writer = new AgreementWorkbook(workbook, links, Labels.of(language),
                    new Passes(agreements));
            Map<String, Party> parties = new LinkedHashMap<>();
            MonthlyCounts months = new MonthlyCounts();
            writer.agreements(parties, months);
            writer.parties(parties);
            writer.attendees();
            writer.commitments();
            writer.sources();
            writer.monthly(monthly != null ? monthly : months.spanned());
            links.write(workbook, out);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * The agreements, iterated once per sheet. Each pass must give as many as the first: an {@code Iterable} that
     * can be iterated only once would otherwise leave every sheet after the first silently empty.
     */
    private static final class Passes {
        private final Iterable<Agreement> agreements;
        private int first = -1;

        Passes(Iterable<Agreement> agreements) {
            this.agreements = agreements;
        }

        void forEach(String sheet, Consumer<Agreement> row) {
            int count = 0;
            for (Agreement agreement : agreements) {
                row.accept(requireNonNull(agreement, "agreement"));
                count++;
            }
            if (first < 0) {
                first = count;
            } else if (count != first) {
                throw new IllegalArgumentException("the agreements gave " + first + " agreements for the first sheet"
                        + " but " + count + " for the " + sheet + " sheet: pass agreements that can be iterated"
                        + " again, such as a List");
            }
        }
    }

    private Table table(String name, Table.Heading... headings) {
        return new Table(workbook, styles, links, name, List.of(headings));
    }

    private static Table.Heading heading(String header, int width) {
        return new Table.Heading(header, width);
    }

    /** The Agreements sheet; on the way, counts the parties and the months for the sheets that sum them up. */
    private void agreements(Map<String, Party> parties, MonthlyCounts months) {
        Table table = new Table(workbook, styles, links, words.agreementsSheet(),
                Stream.of(Column.values()).map(c -> heading(c.header(labels), c.width())).toList());
        agreements.forEach(words.agreementsSheet(), agreement -> {
            Row row = table.row();
            table.text(row, Column.ID.index(), agreement.id());
            table.signedOn(row, Column.SIGNED_ON.index(), agreement.signedOn());
            table.text(row, Column.KIND.index(), agreement.kind());
            table.text(row, Column.PARTIES.index(), joined(agreement.parties().stream().map(Organisation::name)));
            table.text(row, Column.LOCATION.index(), agreement.location());
            table.text(row, Column.ATTENDEES.index(),
                    joined(agreement.attendees().stream().map(a -> ReportText.attendee(a, labels))));
            table.text(row, Column.FIELDS.index(), joined(agreement.fields().stream()));
            table.text(row, Column.PRINCIPLES.index(), joined(agreement.principles().stream()));
            table.text(row, Column.COMMITMENTS.index(), joined(agreement.commitments().stream()));
            table.text(row, Column.SOURCES.index(),
                    agreement.sources().stream().map(ReportText::source).collect(joining("\n")));
            table.url(row, Column.URL.index(), firstUrl(agreement));
            table.text(row, Column.DISAGREEMENTS.index(), Disagreements.of(agreement).stream()
                    .map(d -> ReportText.disagreement(d, labels)).collect(joining("\n")));
            for (Organisation organisation : agreement.parties()) {
                parties.computeIfAbsent(OrganisationNames.key(organisation.name()), k -> new Party(organisation.name()))
                        .add(organisation, agreement.signedOn());
            }
            months.add(agreement);
        });
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

    private void parties(Map<String, Party> parties) {
        List<Party> ordered = new ArrayList<>(parties.values());
        ordered.sort(Comparator.comparingInt((Party p) -> -p.agreements).thenComparing(p -> p.name));
        Table table = table(words.partiesSheet(), heading(labels.organisation(), 40), heading(words.alsoKnownAs(), 30),
                heading(words.agreementCount(), 12), heading(words.firstSigning(), 14),
                heading(words.lastSigning(), 14));
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

    private void attendees() {
        Table table = table(words.attendeesSheet(), heading(labels.agreement(), 30), heading(labels.signedOn(), 12),
                heading(labels.name(), 24), heading(labels.title(), 30), heading(labels.organisation(), 36),
                heading(labels.signatory(), 11));
        agreements.forEach(words.attendeesSheet(), agreement -> {
            for (Attendee attendee : agreement.attendees()) {
                Row row = table.row();
                table.text(row, 0, agreement.id());
                table.signedOn(row, 1, agreement.signedOn());
                table.text(row, 2, attendee.person().name());
                table.text(row, 3, attendee.person().title());
                table.text(row, 4, attendee.person().organisation());
                table.bool(row, 5, attendee.signatory());
            }
        });
        table.finish();
    }

    private void commitments() {
        Table table = table(words.commitmentsSheet(), heading(labels.agreement(), 30), heading(labels.signedOn(), 12),
                heading(labels.parties(), 40), heading(words.number(), 6), heading(words.commitment(), 60),
                heading(words.status(), 14));
        agreements.forEach(words.commitmentsSheet(), agreement -> {
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
        });
        table.finish();
    }

    private void sources() {
        Table table = table(words.sourcesSheet(), heading(labels.agreement(), 30), heading(words.article(), 50),
                heading(labels.published(), 12), heading(words.language(), 10), heading(words.link(), 45),
                heading(words.readFrom(), 40), heading(words.contributed(), 45));
        agreements.forEach(words.sourcesSheet(), agreement -> {
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
                table.text(row, 6, contributed(entry.getValue(), labels));
            }
        });
        table.finish();
    }

    /**
     * What an article's mentions state, in the report's words: {@code kind, parties (2), signed on, attendees (3)};
     * {@code 协议类型、签约各方（2）、签署日期、出席人员（3）}.
     */
    static String contributed(List<Mention> mentions, Labels labels) {
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
        addPart(parts, labels, labels.kind(), kind, false);
        addPart(parts, labels, labels.parties(), parties, true);
        addPart(parts, labels, labels.signedOn(), date, false);
        addPart(parts, labels, labels.location(), location, false);
        addPart(parts, labels, labels.attendees(), attendees, true);
        addPart(parts, labels, labels.fields(), fields, true);
        addPart(parts, labels, labels.principles(), principles, true);
        addPart(parts, labels, labels.commitments(), commitments, true);
        return labels.runOn(parts);
    }

    private static void addPart(List<String> parts, Labels labels, String label, int count, boolean counted) {
        if (count > 0) {
            parts.add(labels.part(label, count, counted));
        }
    }

    private void monthly(SortedMap<YearMonth, Integer> monthly) {
        Table table = table(words.monthlySheet(), heading(words.month(), 10), heading(words.agreementCount(), 12));
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
        XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(words.monthlySheet());
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, 1, 15, 22);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(String.format(Locale.ROOT, words.chartTitle(), monthly.size()));
        chart.setTitleOverlay(false);
        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setCrosses(AxisCrosses.AUTO_ZERO);
        counts.setCrossBetween(AxisCrossBetween.BETWEEN);
        int first = skipped + 2;
        int last = allMonths.size() + 1;
        // Quoted, as a sheet name in a reference must be when it is not plain ASCII letters (月度统计).
        String sheetName = "'" + words.monthlySheet().replace("'", "''") + "'";
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(
                monthly.keySet().stream().map(YearMonth::toString).toArray(String[]::new),
                sheetName + "!$A$" + first + ":$A$" + last);
        XDDFNumericalDataSource<Integer> values = XDDFDataSourcesFactory.fromArray(
                monthly.values().toArray(Integer[]::new), sheetName + "!$B$" + first + ":$B$" + last);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, months, counts);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle(words.agreementCount(), null);
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
