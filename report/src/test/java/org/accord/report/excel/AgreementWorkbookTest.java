package org.accord.report.excel;

import static org.accord.report.AgreementFixtures.chinese;
import static org.accord.report.AgreementFixtures.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.SigningDate;
import org.accord.report.AgreementFixtures;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementWorkbookTest {

    @Test
    void write_englishAgreement_rowHoldsEveryColumn() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english()))) {
            Row row = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1);

            assertThat(text(row, Column.ID)).isEqualTo(english().id());
            assertThat(text(row, Column.KIND)).isEqualTo("strategic cooperation agreement");
            assertThat(text(row, Column.PARTIES)).isEqualTo("Peng Cheng Laboratory; Dalian University of Technology");
            assertThat(text(row, Column.LOCATION)).isEqualTo("International Conference Center");
            assertThat(text(row, Column.ATTENDEES)).isEqualTo(
                    "Guo Dongming (Principal, Dalian University of Technology) [signed]; "
                            + "Gao Wen (Director, Peng Cheng Laboratory) [signed]");
            assertThat(text(row, Column.FIELDS)).isEqualTo("information; artificial intelligence");
            assertThat(row.getCell(Column.PRINCIPLES.index())).isNull();
            assertThat(text(row, Column.COMMITMENTS))
                    .isEqualTo("personnel training; scientific research; community service");
            assertThat(text(row, Column.SOURCES)).isEqualTo(
                    "Dalian University of Technology and Peng Cheng Laboratory sign strategic cooperation agreement"
                            + " (corpus/en/dlut-pcl-2019-03-22.html)");
            assertThat(text(row, Column.URL)).isEqualTo(AgreementFixtures.EN_URL);
        }
    }

    @Test
    void write_headerRow_isBoldFrozenFilteredAndWide() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english(), chinese()))) {
            XSSFSheet sheet = workbook.getSheet(AgreementWorkbook.SHEET_NAME);
            Row header = sheet.getRow(0);

            assertThat(header.cellIterator()).toIterable().extracting(Cell::getStringCellValue).containsExactly(
                    "ID", "Signed on", "Kind", "Parties", "Location", "Attendees", "Fields", "Principles",
                    "Commitments", "Sources", "URL", "Sources disagree");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 0);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:L3");
            assertThat(sheet.getColumnWidth(Column.ATTENDEES.index()))
                    .isGreaterThan(sheet.getDefaultColumnWidth() * 256);
            assertThat(sheet.getRow(1).getCell(Column.ATTENDEES.index()).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void write_dayPrecision_writesFormattedDateCell() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english()))) {
            Cell cell = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1).getCell(Column.SIGNED_ON.index());

            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
            assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 3, 22));
        }
    }

    @Test
    void write_monthPrecision_writesYearMonthText() throws IOException {
        Agreement agreement = AgreementFixtures.withSignedOn(chinese(), SigningDate.ofMonth(YearMonth.of(2021, 12)));

        try (XSSFWorkbook workbook = written(List.of(agreement))) {
            Cell cell = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1).getCell(Column.SIGNED_ON.index());

            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("2021-12");
        }
    }

    @Test
    void write_chineseAgreement_keepsChineseText() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(chinese()))) {
            Row row = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1);

            assertThat(text(row, Column.PARTIES)).isEqualTo("中国电信; 上海人工智能实验室");
            assertThat(text(row, Column.LOCATION)).isEqualTo("视频会议");
            assertThat(text(row, Column.ATTENDEES)).isEqualTo("柯瑞文 (董事长, 中国电信); 邵广禄 (党组副书记, 中国电信) [signed]; "
                    + "汤晓鸥 (主任, 上海人工智能实验室)");
            assertThat(text(row, Column.PRINCIPLES)).isEqualTo("资源共享; 优势互补; 战略协同; 共赢发展");
            assertThat(text(row, Column.COMMITMENTS))
                    .isEqualTo("联合开展全方位科技创新合作; 联合推进科研成果共享; 联合培养高水平创新人才");
        }
    }

    @Test
    void write_formulaLikeParty_staysQuotedStringCell() throws IOException {
        String formula = "=HYPERLINK(\"http://x\")";
        Agreement agreement = AgreementFixtures.withFirstParty(english(), formula);

        try (XSSFWorkbook workbook = written(List.of(agreement))) {
            Cell cell = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1).getCell(Column.PARTIES.index());

            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith(formula + "; Peng Cheng Laboratory");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+1", "＋1", "－1", "＠SUM(A1)"})
    void write_formulaLikeText_isQuotePrefixed(String location) throws IOException {
        try (XSSFWorkbook workbook = written(List.of(AgreementFixtures.withLocation(english(), location)))) {
            Cell cell = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1).getCell(Column.LOCATION.index());

            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(location);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void write_plainText_isNotQuotePrefixed() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english()))) {
            Cell cell = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1).getCell(Column.LOCATION.index());

            assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void write_httpsUrl_becomesHyperlink() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english()))) {
            XSSFCell cell = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1).getCell(Column.URL.index());

            assertThat(cell.getHyperlink()).isNotNull();
            assertThat(cell.getHyperlink().getAddress()).isEqualTo(AgreementFixtures.EN_URL);
        }
    }

    @Test
    void write_urlWithQueryAndQuotes_linkReadsBackExactly() throws IOException {
        String url = "https://news.example.org/view?id=57324&lang=zh&q='AI'#top";

        try (XSSFWorkbook workbook = written(List.of(AgreementFixtures.withUrl(english(), url)))) {
            XSSFCell cell = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1).getCell(Column.URL.index());

            assertThat(cell.getHyperlink().getAddress()).isEqualTo(url);
            assertThat(workbook.getSheet(AgreementWorkbook.SOURCES).getRow(1).getCell(4).getHyperlink().getAddress())
                    .isEqualTo(url);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/a", "https://", "www.example.org"})
    void write_nonWebUrl_staysPlainText(String url) throws IOException {
        try (XSSFWorkbook workbook = written(List.of(AgreementFixtures.withUrl(english(), url)))) {
            XSSFCell cell = workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1).getCell(Column.URL.index());

            assertThat(cell.getHyperlink()).isNull();
            assertThat(cell.getStringCellValue()).isEqualTo(url);
            assertThat(workbook.getSheet(AgreementWorkbook.SHEET_NAME).getHyperlinkList()).isEmpty();
        }
    }

    @Test
    void write_overlongText_isCutToExcelLimit() throws IOException {
        String commitment = "联".repeat(40_000);
        Agreement agreement = AgreementFixtures.withCommitment(english(), commitment);

        try (XSSFWorkbook workbook = written(List.of(agreement))) {
            String cell = text(workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(1), Column.COMMITMENTS);

            assertThat(cell).hasSize(CellText.MAX_LENGTH).startsWith("personnel training; ").endsWith("联…");
        }
    }

    @Test
    void write_noAgreements_writesHeaderOnly() throws IOException {
        try (XSSFWorkbook workbook = written(List.of())) {
            Sheet sheet = workbook.getSheet(AgreementWorkbook.SHEET_NAME);

            assertThat(sheet.getLastRowNum()).isZero();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("ID");
        }
    }

    private static XSSFWorkbook written(List<Agreement> agreements) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgreementWorkbook.write(agreements, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(Row row, Column column) {
        Cell cell = row.getCell(column.index());
        assertThat(cell).as(column.name()).isNotNull();
        assertThat(cell.getCellType()).as(column.name()).isEqualTo(CellType.STRING);
        return cell.getStringCellValue();
    }
}
