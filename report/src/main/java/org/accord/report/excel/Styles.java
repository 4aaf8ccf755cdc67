package org.accord.report.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The few cell styles the workbook uses, made once per workbook: a workbook has a limit on styles, so cells share
 * them rather than each making its own.
 *
 * @param header the header row: bold, shaded
 * @param text wrapped text
 * @param quotedText wrapped text with Excel's quote prefix, for text that looks like a formula
 * @param date a date shown as {@code yyyy-mm-dd}
 * @param link a hyperlink: blue and underlined
 * @param number a whole number
 */
record Styles(CellStyle header, CellStyle text, CellStyle quotedText, CellStyle date, CellStyle link,
        CellStyle number) {

    static Styles of(Workbook workbook) {
        CellStyle text = base(workbook);
        text.setWrapText(true);

        CellStyle quotedText = copy(workbook, text);
        quotedText.setQuotePrefixed(true);

        CellStyle header = copy(workbook, text);
        header.setFont(font(workbook, true, false));
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        CellStyle date = base(workbook);
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

        CellStyle link = copy(workbook, text);
        link.setFont(font(workbook, false, true));
        CellStyle number = base(workbook);
        number.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0"));
        return new Styles(header, text, quotedText, date, link, number);
    }

    private static CellStyle base(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        // Rows hold wrapped lists of different lengths: top alignment keeps a row readable from its first line.
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle copy(Workbook workbook, CellStyle original) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(original);
        return style;
    }

    private static Font font(Workbook workbook, boolean bold, boolean link) {
        Font font = workbook.createFont();
        font.setBold(bold);
        if (link) {
            font.setUnderline(Font.U_SINGLE);
            font.setColor(IndexedColors.BLUE.getIndex());
        }
        return font;
    }
}
