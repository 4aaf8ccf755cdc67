package org.accord.report;

import static org.accord.report.AgreementFixtures.chinese;
import static org.accord.report.AgreementFixtures.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.accord.core.model.Agreement;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingTest {
    private static final YearMonth DECEMBER = YearMonth.of(2021, 12);

    @TempDir
    Path dir;

    /** The example of the class Javadoc, run as written there. */
    @Test
    void write_javadocExample_writesTheChineseBriefingAndItsWorkbook() throws IOException {
        Store store = new Store(List.of(english(), chinese()));
        Path out = Files.createDirectory(dir.resolve("out"));

        Briefing december = Briefing.monthly(YearMonth.of(2021, 12))
                .language(ReportLanguage.ZH)
                .title("合作协议月报")
                .organisation("合作发展处");
        december.write(store.agreements(), out.resolve("briefing-2021-12.pdf"));
        december.writeWorkbook(store.agreements(), out.resolve("agreements-2021-12.xlsx"));

        String text = textOf(Files.readAllBytes(out.resolve("briefing-2021-12.pdf")));
        assertThat(text).contains("合作协议月报", "合作发展处", "2021年12月", "中国电信").doesNotContain("PengCheng");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("agreements-2021-12.xlsx")))) {
            // The header row and the one December agreement, under the briefing's language.
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("协议");
        }
    }

    @Test
    void settings_eachReturnANewBriefing_leavingTheOriginalAsItWas() {
        Briefing english = Briefing.monthly(DECEMBER);

        Briefing chinese = english.language(ReportLanguage.ZH).title("月报").organisation("合作发展处");

        assertThat(english.options()).isEqualTo(ReportOptions.of(Period.month(DECEMBER)));
        assertThat(chinese.options())
                .isEqualTo(new ReportOptions(Period.month(DECEMBER), ReportLanguage.ZH, "月报", "合作发展处"));
    }

    @Test
    void title_blank_givesTheDefaultBack() {
        Briefing briefing = Briefing.monthly(DECEMBER).title("月报").organisation("合作发展处");

        assertThat(briefing.title(" ").organisation("").options()).isEqualTo(ReportOptions.of(Period.month(DECEMBER)));
    }

    @Test
    void period_severalMonths_coversThemAll() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();

        Briefing.period(YearMonth.of(2019, 1), DECEMBER).write(List.of(english(), chinese()), pdf);

        assertThat(textOf(pdf.toByteArray())).contains("January2019–December2021", "2agreements", "PengCheng", "中国电信");
    }

    @Test
    void period_endBeforeStart_namesBothMonths() {
        assertThatThrownBy(() -> Briefing.period(DECEMBER, YearMonth.of(2021, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("period end (2021-10) must not be before its start (2021-12)");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", ""); // PDF text breaks lines anywhere
        }
    }

    /** Stands for the store a caller would read the agreements from, as in the Javadoc example. */
    private record Store(List<Agreement> agreements) {
    }
}
