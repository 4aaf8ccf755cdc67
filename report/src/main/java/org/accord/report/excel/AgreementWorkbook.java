package org.accord.report.excel;

import static java.util.stream.Collectors.joining;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.accord.core.model.Agreement;
import org.accord.core.model.DatePrecision;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.accord.report.internal.ReportText;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The Excel workbook of agreements: one sheet, a bold, frozen, filterable header row, and one row per agreement with
 * its date as a real date cell, its lists joined by {@code "; "}, and the first source's address as a link when it is
 * a web address. Use it through {@link org.accord.report.Reports}.
 */
public final class AgreementWorkbook {
    static final String SHEET_NAME = "Agreements";
    static final String LIST_SEPARATOR = "; ";

    /**
     * Excel refuses longer hyperlink addresses (the file then needs "repair"); such an address is written as text.
     */
    private static final int MAX_LINK_LENGTH = 2_000;

    private final XSSFWorkbook workbook;
    private final Sheet sheet;
    private final Styles styles;

    private AgreementWorkbook(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.sheet = workbook.createSheet(SHEET_NAME);
        this.styles = Styles.of(workbook);
    }

    /**
     * Writes the workbook to a stream, which is not closed.
     *
     * @param agreements the agreements, one row each, in this order
     * @param out where to write the .xlsx file
     * @throws IOException when the stream cannot be written
     */
    public static void write(List<Agreement> agreements, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            new AgreementWorkbook(workbook).fill(agreements);
            workbook.write(out);
        }
    }

    private void fill(List<Agreement> agreements) {
        writeHeader();
        for (int i = 0; i < agreements.size(); i++) {
            writeRow(sheet.createRow(i + 1), agreements.get(i));
        }
        int lastColumn = Column.values().length - 1;
        sheet.setAutoFilter(new CellRangeAddress(0, agreements.size(), 0, lastColumn));
        sheet.createFreezePane(0, 1);
    }

    private void writeHeader() {
        Row row = sheet.createRow(0);
        for (Column column : Column.values()) {
            Cell cell = row.createCell(column.index());
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(column.index(), column.poiWidth());
        }
    }

    private void writeRow(Row row, Agreement agreement) {
        text(row, Column.ID, agreement.id());
        signedOn(row, agreement.signedOn());
        text(row, Column.KIND, agreement.kind());
        text(row, Column.PARTIES, joined(agreement.parties().stream().map(Organisation::name)));
        text(row, Column.LOCATION, agreement.location());
        text(row, Column.ATTENDEES, joined(agreement.attendees().stream().map(ReportText::attendee)));
        text(row, Column.FIELDS, joined(agreement.fields().stream()));
        text(row, Column.PRINCIPLES, joined(agreement.principles().stream()));
        text(row, Column.COMMITMENTS, joined(agreement.commitments().stream()));
        text(row, Column.SOURCES, agreement.sources().stream().map(ReportText::source).collect(joining("\n")));
        url(row, firstUrl(agreement));
    }

    private void signedOn(Row row, @Nullable SigningDate date) {
        if (date == null) {
            return;
        }
        if (date.precision() == DatePrecision.DAY) {
            Cell cell = row.createCell(Column.SIGNED_ON.index());
            cell.setCellValue(date.date());
            cell.setCellStyle(styles.date());
        } else {
            // A month is not a day: a date cell would claim the first of the month, so the month is written as text.
            text(row, Column.SIGNED_ON, date.iso());
        }
    }

    private void url(Row row, @Nullable String url) {
        if (url == null || !ReportText.isWebUrl(url) || url.length() > MAX_LINK_LENGTH) {
            text(row, Column.URL, url);
            return;
        }
        Cell cell = row.createCell(Column.URL.index());
        cell.setCellValue(url);
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(url);
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link());
    }

    /** Writes text from an article as a string cell; leaves the cell out when there is no text. */
    private void text(Row row, Column column, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column.index());
        cell.setCellValue(CellText.fitted(value));
        cell.setCellStyle(CellText.looksLikeFormula(value) ? styles.quotedText() : styles.text());
    }

    private static String joined(Stream<String> values) {
        return values.collect(joining(LIST_SEPARATOR));
    }

    private static @Nullable String firstUrl(Agreement agreement) {
        return agreement.sources().stream().map(Source::url).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
