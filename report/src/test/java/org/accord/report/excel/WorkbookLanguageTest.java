package org.accord.report.excel;

import static org.accord.report.AgreementFixtures.chinese;
import static org.accord.report.AgreementFixtures.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.accord.core.model.Agreement;
import org.accord.report.AgreementFixtures;
import org.accord.report.Period;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportOptions;
import org.accord.report.Reports;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook's own words follow the report's language; the agreements' values never change. */
class WorkbookLanguageTest {
    @TempDir
    Path dir;

    @Test
    void write_chinese_namesSheetsInChinese() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english(), chinese()), ReportLanguage.ZH)) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("协议", "签约方", "出席人员", "合作承诺", "信息来源", "月度统计");
        }
    }

    @Test
    void write_chinese_headersEverySheetInChinese() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english(), chinese()), ReportLanguage.ZH)) {
            assertThat(headers(workbook.getSheet("协议"))).containsExactly("协议编号", "签署日期", "协议类型", "签约各方",
                    "签署地点", "出席人员", "合作领域", "合作原则", "合作承诺", "信息来源", "链接", "来源说法不一");
            assertThat(headers(workbook.getSheet("签约方"))).containsExactly("单位", "别称", "协议数", "首次签约", "最近签约");
            assertThat(headers(workbook.getSheet("出席人员"))).containsExactly("协议", "签署日期", "姓名", "职务", "单位",
                    "签约人");
            assertThat(headers(workbook.getSheet("合作承诺"))).containsExactly("协议", "签署日期", "签约各方", "序号",
                    "承诺内容", "落实情况");
            assertThat(headers(workbook.getSheet("信息来源"))).containsExactly("协议", "文章标题", "发布日期", "语言", "链接",
                    "读取自", "提供信息");
            assertThat(headers(workbook.getSheet("月度统计"))).containsExactly("月份", "协议数");
        }
    }

    @Test
    void write_chinese_writesItsOwnWordsInChineseAndValuesAsStated() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english(), chinese()), ReportLanguage.ZH)) {
            Row english = workbook.getSheet("协议").getRow(1);
            assertThat(english.getCell(Column.PARTIES.index()).getStringCellValue())
                    .isEqualTo("Peng Cheng Laboratory; Dalian University of Technology");
            assertThat(english.getCell(Column.ATTENDEES.index()).getStringCellValue())
                    .startsWith("Guo Dongming (Principal, Dalian University of Technology) [签约]; ");
            assertThat(workbook.getSheet("信息来源").getRow(2).getCell(6).getStringCellValue())
                    .isEqualTo("协议类型、签约各方（2）、签署日期、签署地点、出席人员（3）、合作原则（4）、合作承诺（3）");
        }
    }

    @Test
    void write_chinese_chartTitledInChineseReadsTheQuotedSheet() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(chinese()), ReportLanguage.ZH)) {
            XSSFChart chart = workbook.getSheet("月度统计").getDrawingPatriarch().getCharts().get(0);

            assertThat(chart.getTitleText().getString()).isEqualTo("每月协议数（最近1个月）");
            assertThat(chart.getChartSeries().get(0).getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("'月度统计'!$A$2:$A$2");
        }
    }

    @Test
    void write_english_keepsTheEnglishWords() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english(), chinese()), ReportLanguage.EN)) {
            assertThat(headers(workbook.getSheet("Parties"))).containsExactly("Organisation", "Also known as",
                    "Agreements", "First signing", "Last signing");
            assertThat(headers(workbook.getSheet("Sources"))).containsExactly("Agreement", "Article", "Published",
                    "Language", "Link", "Read from", "Contributed");
            assertThat(workbook.getSheet("Attendees").getRow(0).getCell(5).getStringCellValue()).isEqualTo("Signatory");
            assertThat(workbook.getSheet("Monthly").getDrawingPatriarch().getCharts().get(0).getTitleText().getString())
                    .isEqualTo("Agreements per month (last 24 months)");
        }
    }

    @Test
    void writeWorkbook_listWithoutLanguage_isEnglish() throws IOException {
        Path file = dir.resolve("agreements.xlsx");

        Reports.writeWorkbook(List.of(chinese()), file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Agreements");
            assertThat(headers(workbook.getSheetAt(0))).startsWith("ID", "Signed on", "Kind");
        }
    }

    @Test
    void writePeriodWorkbook_chineseOptions_namesSheetsInChinese() throws IOException {
        Path file = dir.resolve("agreements-2021-12.xlsx");
        ReportOptions options = new ReportOptions(Period.month(YearMonth.of(2021, 12)), ReportLanguage.ZH, null, null);

        Reports.writePeriodWorkbook((Iterable<Agreement>) List.of(english(), chinese()), options, file);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("协议");
            assertThat(workbook.getSheet("协议").getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("协议").getRow(1).getCell(0).getStringCellValue()).isEqualTo(chinese().id());
            XSSFSheet monthly = workbook.getSheet("月度统计");
            assertThat(monthly.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2019-03");
            assertThat(monthly.getRow(monthly.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("2021-12");
        }
    }

    @Test
    void write_agreementWhoseArticlesDisagree_showsTheValuesAndTheRuleInItsRow() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(AgreementFixtures.disputed()), ReportLanguage.EN)) {
            XSSFSheet sheet = workbook.getSheet("Agreements");
            int column = headers(sheet).indexOf("Sources disagree");
            assertThat(sheet.getRow(1).getCell(column).getStringCellValue()).isEqualTo("Location: Shenzhen, stated "
                    + "by the article published first (corpus/en/pcl-news-2019-03-23.html); International Conference "
                    + "Center (corpus/en/dlut-pcl-2019-03-22.html)");
            assertThat(sheet.getRow(1).getCell(headers(sheet).indexOf("Location")).getStringCellValue())
                    .isEqualTo("Shenzhen");
        }
    }

    @Test
    void write_agreementWhoseArticlesAgree_leavesTheDisagreementsEmpty() throws IOException {
        try (XSSFWorkbook workbook = written(List.of(english()), ReportLanguage.ZH)) {
            XSSFSheet sheet = workbook.getSheet("协议");
            var cell = sheet.getRow(1).getCell(headers(sheet).indexOf("来源说法不一"));
            assertThat(cell == null ? "" : cell.getStringCellValue()).isEmpty();
        }
    }

    private static List<String> headers(XSSFSheet sheet) {
        return IntStream.range(0, sheet.getRow(0).getLastCellNum())
                .mapToObj(i -> sheet.getRow(0).getCell(i)).map(Cell::getStringCellValue).toList();
    }

    private static XSSFWorkbook written(List<Agreement> agreements, ReportLanguage language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AgreementWorkbook.write(agreements, language, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
