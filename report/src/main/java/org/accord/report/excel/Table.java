package org.accord.report.excel;

import java.time.LocalDate;
import java.util.List;
import org.accord.core.model.DatePrecision;
import org.accord.core.model.SigningDate;
import org.accord.report.internal.ReportText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * One sheet written as a table, row after row: a bold, shaded, frozen header with an autofilter, fixed column widths,
 * and typed cells. Text from articles is always a string cell, quote-prefixed when it looks like a formula and cut to
 * Excel's limit; only {@code http} and {@code https} addresses become links, which {@link Hyperlinks} keeps out of
 * memory.
 */
final class Table {
    /**
     * Excel refuses longer hyperlink addresses (the file then needs "repair"); such an address is written as text.
     */
    private static final int MAX_LINK_LENGTH = 2_000;
    /** The height of a line of the default 11-point font, in points. */
    private static final float LINE_HEIGHT = 15;
    /** Excel's highest row. */
    private static final float MAX_ROW_HEIGHT = 409;

    /**
     * A column.
     *
     * @param header the header text
     * @param width the width in characters of the default font; a Chinese character takes about two
     */
    record Heading(String header, int width) {
    }

    private final Sheet sheet;
    private final Hyperlinks.Sheet links;
    private final Styles styles;
    private final int columns;
    private final int[] widths;
    private int rows;
    private @Nullable Row current;
    private int currentLines;

    Table(SXSSFWorkbook workbook, Styles styles, Hyperlinks links, String name, List<Heading> headings) {
        this.styles = styles;
        this.sheet = workbook.createSheet(name);
        this.links = links.of(workbook, name);
        this.columns = headings.size();
        this.widths = headings.stream().mapToInt(Heading::width).toArray();
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < headings.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headings.get(i).header());
            cell.setCellStyle(styles.header());
            sheet.setColumnWidth(i, headings.get(i).width() * 256);
        }
    }

    Sheet sheet() {
        return sheet;
    }

    /** The next row. */
    Row row() {
        fitHeight();
        current = sheet.createRow(rows++);
        currentLines = 1;
        return current;
    }

    /**
     * Sets the height of the row just written to its tallest wrapped cell. Neither a streamed sheet nor LibreOffice
     * fits rows to wrapped text when the file is opened, so without this long text would spill over the next rows.
     */
    private void fitHeight() {
        if (current != null && currentLines > 1) {
            current.setHeightInPoints(Math.min(MAX_ROW_HEIGHT, currentLines * LINE_HEIGHT + 2));
        }
    }

    /** Adds the autofilter over every row written and freezes the header. */
    void finish() {
        fitHeight();
        current = null;
        sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columns - 1));
        sheet.createFreezePane(0, 1);
    }

    /** Writes text from an article as a string cell; leaves the cell out when there is no text. */
    void text(Row row, int column, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        String fitted = CellText.fitted(value);
        cell.setCellValue(fitted);
        if (row == current) {
            currentLines = Math.max(currentLines, lines(fitted, widths[column]));
        }
        cell.setCellStyle(CellText.looksLikeFormula(value) ? styles.quotedText() : styles.text());
    }

    void number(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.number());
    }

    void bool(Row row, int column, boolean value) {
        row.createCell(column).setCellValue(value);
    }

    void date(Row row, int column, @Nullable LocalDate date) {
        if (date == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(styles.date());
    }

    /** A day as a date cell; a month as {@code YYYY-MM} text, since a date cell would claim the first of the month. */
    void signedOn(Row row, int column, @Nullable SigningDate date) {
        if (date == null) {
            return;
        }
        if (date.precision() == DatePrecision.DAY) {
            date(row, column, date.date());
        } else {
            text(row, column, date.iso());
        }
    }

    /**
     * A web address as a link, anything else as text; so is a web address past the sheet's
     * {@value Hyperlinks#MAX_PER_SHEET}th link, which Excel would not take.
     */
    void url(Row row, int column, @Nullable String url) {
        if (url == null || !ReportText.isWebUrl(url) || url.length() > MAX_LINK_LENGTH
                || !links.add(new CellReference(row.getRowNum(), column).formatAsString(), url)) {
            text(row, column, url);
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(url);
        cell.setCellStyle(styles.link());
    }

    /**
     * About how many lines the text wraps to in a column of that many characters: each line of the text by its
     * display width (a Chinese character counts two), with a little slack for word breaks.
     */
    static int lines(String text, int width) {
        int usable = Math.max(1, width - 2);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int display = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                display += Character.isIdeographic(codePoint) || (codePoint >= 0xFF00 && codePoint <= 0xFFEF) ? 2 : 1;
                i += Character.charCount(codePoint);
            }
            lines += Math.max(1, (int) Math.ceil(display * 1.1 / usable));
        }
        return Math.min(lines, 27);
    }
}
