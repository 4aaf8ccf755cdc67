package org.accord.report.excel;

import static org.accord.report.AgreementFixtures.chinese;
import static org.accord.report.AgreementFixtures.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.report.AgreementFixtures;
import org.accord.report.CountingIterable;
import org.accord.report.GeneratedAgreements;
import org.accord.report.Period;
import org.accord.report.ReportException;
import org.accord.report.ReportLanguage;
import org.accord.report.Reports;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The sheets beside Agreements, read back with POI. */
class WorkbookSheetsTest {

    @Test
    void write_sheets_areNamedInOrder() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english(), chinese()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(6);
            assertThat(List.of(0, 1, 2, 3, 4, 5)).extracting(workbook::getSheetName).containsExactly(
                    "Agreements", "Parties", "Attendees", "Commitments", "Sources", "Monthly");
            for (int i = 0; i < 6; i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getCTWorksheet().getAutoFilter()).as(sheet.getSheetName()).isNotNull();
            }
        }
    }

    @Test
    void write_parties_countsAgreementsWithFirstAndLastSigning() throws IOException {
        Agreement again = AgreementFixtures.withFirstParty(chinese(), "Peng Cheng Laboratory");
        try (XSSFWorkbook workbook = written(List.of(english(), again))) {
            Row first = workbook.getSheet(AgreementWorkbook.PARTIES).getRow(1);

            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Peng Cheng Laboratory");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2019, 3, 22));
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2021, 12, 15));
        }
    }

    @Test
    void write_attendeesAndCommitments_oneRowEach() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(chinese()))) {
            XSSFSheet attendees = workbook.getSheet(AgreementWorkbook.ATTENDEES);
            assertThat(attendees.getLastRowNum()).isEqualTo(3);
            assertThat(attendees.getRow(2).getCell(2).getStringCellValue()).isEqualTo("邵广禄");
            assertThat(attendees.getRow(2).getCell(5).getBooleanCellValue()).isTrue();

            XSSFSheet commitments = workbook.getSheet(AgreementWorkbook.COMMITMENTS);
            assertThat(commitments.getLastRowNum()).isEqualTo(3);
            assertThat(commitments.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(commitments.getRow(3).getCell(4).getStringCellValue()).isEqualTo("联合培养高水平创新人才");
        }
    }

    @Test
    void write_sources_linkDateAndContribution() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(chinese()))) {
            Row row = workbook.getSheet(AgreementWorkbook.SOURCES).getRow(1);

            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("中国电信与上海人工智能实验室签署战略合作协议");
            assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(new DataFormatter().formatCellValue(row.getCell(2))).isEqualTo("2021-12-16");
            assertThat(row.getCell(4).getHyperlink().getAddress()).isEqualTo(AgreementFixtures.ZH_URL);
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo(
                    "kind, parties (2), signed on, location, attendees (3), principles (4), commitments (3)");
        }
    }

    @Test
    void write_formulaLikeCommitment_isQuotedText() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(AgreementFixtures.withCommitment(chinese(), "＝HYPERLINK(1)")))) {
            Row row = workbook.getSheet(AgreementWorkbook.COMMITMENTS).getRow(4);

            assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(4).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void writePeriodWorkbook_monthly_countsUpToThePeriodWithAChart() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("workbook", ".xlsx");
        try {
            Reports.writePeriodWorkbook(List.of(english(), chinese()), Period.month(YearMonth.of(2021, 12)), file);
            out.write(java.nio.file.Files.readAllBytes(file));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheet(AgreementWorkbook.SHEET_NAME).getLastRowNum()).isEqualTo(1);
            XSSFSheet monthly = workbook.getSheet(AgreementWorkbook.MONTHLY);
            assertThat(monthly.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2019-03");
            assertThat(monthly.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
            Row last = monthly.getRow(monthly.getLastRowNum());
            assertThat(last.getCell(0).getStringCellValue()).isEqualTo("2021-12");
            assertThat(monthly.getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void write_iterable_readsItOncePerSheetThatListsAgreements() throws IOException {
        CountingIterable agreements = new CountingIterable(GeneratedAgreements.lazily(250));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        AgreementWorkbook.write(agreements, ReportLanguage.EN, out);

        assertThat(agreements.iterations()).isEqualTo(4);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheet(AgreementWorkbook.SHEET_NAME).getLastRowNum()).isEqualTo(250);
            assertThat(workbook.getSheet(AgreementWorkbook.SHEET_NAME).getRow(250).getCell(0).getStringCellValue())
                    .isEqualTo(GeneratedAgreements.agreement(249).id());
            assertThat(workbook.getSheet(AgreementWorkbook.PARTIES).getLastRowNum()).isEqualTo(250 + 250);
            assertThat(workbook.getSheet(AgreementWorkbook.ATTENDEES).getLastRowNum()).isEqualTo(250);
            assertThat(workbook.getSheet(AgreementWorkbook.COMMITMENTS).getLastRowNum()).isEqualTo(250);
            assertThat(workbook.getSheet(AgreementWorkbook.SOURCES).getLastRowNum()).isEqualTo(250);
            assertThat(workbook.getSheet(AgreementWorkbook.SOURCES).getHyperlinkList()).hasSize(250);
            XSSFSheet monthly = workbook.getSheet(AgreementWorkbook.MONTHLY);
            assertThat(monthly.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2010-01");
            assertThat(monthly.getRow(monthly.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("2010-09");
        }
    }

    @Test
    void write_iterableGivingItsAgreementsOnce_isRefusedNamingTheSheets() {
        Iterator<Agreement> once = List.of(english(), chinese()).iterator();
        Iterable<Agreement> agreements = () -> once;

        assertThatThrownBy(() -> Reports.writeWorkbook(agreements, ReportLanguage.EN, new ByteArrayOutputStream()))
                .isInstanceOf(ReportException.class)
                .cause().isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the agreements gave 2 agreements for the first sheet but 0 for the Attendees sheet:"
                        + " pass agreements that can be iterated again, such as a List");
    }

    @Test
    void write_nullAgreement_isRefused() {
        Iterable<Agreement> agreements = java.util.Arrays.asList(english(), null);

        assertThatThrownBy(() -> Reports.writeWorkbook(agreements, ReportLanguage.EN, new ByteArrayOutputStream()))
                .isInstanceOf(ReportException.class).cause().isInstanceOf(NullPointerException.class)
                .hasMessage("agreement");
    }

    @Test
    void lines_longAndChineseText_wrapToSeveralLines() {
        assertThat(Table.lines("short", 30)).isEqualTo(1);
        assertThat(Table.lines("a\nb", 30)).isEqualTo(2);
        assertThat(Table.lines("联合培养高水平创新人才".repeat(3), 30)).isEqualTo(3);
    }

    private static XSSFWorkbook written(List<Agreement> agreements) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgreementWorkbook.write(agreements, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
