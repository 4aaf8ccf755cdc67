package org.accord.report.pdf;

import static org.accord.report.AgreementFixtures.chinese;
import static org.accord.report.AgreementFixtures.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.SigningDate;
import org.accord.report.AgreementFixtures;
import org.accord.report.Period;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportOptions;
import org.accord.report.Reports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The briefing on a period, read back with PDFBox. */
class PeriodBriefingTest {
    private static final Period DECEMBER = Period.month(YearMonth.of(2021, 12));

    /** December 2021: the Chinese agreement and a second one with an earlier partner; March 2019 before it. */
    private static List<Agreement> store() {
        Agreement second = AgreementFixtures.withSignedOn(
                AgreementFixtures.withFirstParty(english(), "中国电信"), SigningDate.ofDay(LocalDate.of(2021, 12, 20)));
        return List.of(english(), chinese(), new Agreement("2021-12-20-second", second.kind(), second.parties(),
                second.signedOn(), second.location(), second.attendees(), second.fields(), second.principles(),
                second.commitments(), second.mentions()));
    }

    @Test
    void write_english_printsCoverContentsTableAndSections() throws IOException {
        String text = textOf(written(store(), new ReportOptions(DECEMBER, ReportLanguage.EN, null, "Partnership Office")));

        assertPrinted(text,
                "Partnership Office", "Partnership briefing", "December 2021",
                "2 agreements", "4 organisations", "2 new partners", "2 fields of cooperation",
                "Agreements per month", "Jun 21", "Dec 21", "this period", "months before",
                "Partners by type", "Universities", "Laboratories and institutes", "Other",
                "New partners (not in any earlier agreement)", "中国电信; 上海人工智能实验室",
                "Contents", "Overview 1", "Agreements of the period 3", "The agreements 4",
                "1. 中国电信 – 上海人工智能实验室 4",
                "# Date Parties Kind Location Sources",
                "1 2021-12-15 中国电信; 上海人工智能实验室 战略合作协议 视频会议 1",
                "1. 中国电信 – 上海人工智能实验室", "Signed on", "2021-12-15", "柯瑞文", "董事长",
                AgreementFixtures.ZH_PRINCIPLES, AgreementFixtures.ZH_URL,
                "2. 中国电信 – Peng Cheng Laboratory – Dalian University of Technology",
                "Partnership briefing · December 2021", "Page 1 of ");
        assertThat(compact(text)).doesNotContain("2019-03-22-peng-cheng");
    }

    @Test
    void write_footers_numberEveryPageOfTheWhole() throws IOException {
        byte[] pdf = written(store(), ReportOptions.of(DECEMBER));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(compact(stripper.getText(document))).endsWith(compact("Page " + page + " of " + pages));
            }
        }
    }

    @Test
    void write_chinese_printsTheReportsWordsInChinese() throws IOException {
        String text = textOf(written(store(), new ReportOptions(DECEMBER, ReportLanguage.ZH, "合作协议月报", null)));

        assertPrinted(text, "合作协议月报", "2021年12月", "2项协议", "4家单位", "2家新合作方", "目录", "本期协议一览",
                "签署日期", "签署地点", "出席人员", "信息来源", "第1页，共");
        assertThat(text).doesNotContain("Signed on");
    }

    @Test
    void write_sameStoreTwice_givesTheSameTextAndMetadata() throws IOException {
        ReportOptions options = ReportOptions.of(DECEMBER);
        byte[] first = written(store(), options);
        List<Agreement> reversed = new ArrayList<>(store());
        java.util.Collections.reverse(reversed);
        byte[] second = written(reversed, options);

        assertThat(textOf(second)).isEqualTo(textOf(first));
        try (PDDocument one = Loader.loadPDF(first); PDDocument two = Loader.loadPDF(second)) {
            assertThat(one.getDocumentInformation().getCreationDate().toInstant().toString())
                    .isEqualTo("2022-01-01T00:00:00Z");
            assertThat(two.getDocumentInformation().getCreationDate())
                    .isEqualTo(one.getDocumentInformation().getCreationDate());
            assertThat(one.getDocumentInformation().getTitle()).isEqualTo("Partnership briefing – December 2021");
        }
    }

    @Test
    void write_outline_hasABookmarkPerAgreement() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(written(store(), ReportOptions.of(DECEMBER)))) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(child -> titles.add("  " + child.getTitle()));
            }

            assertThat(titles).containsExactly("Overview", "Contents", "Agreements of the period", "The agreements",
                    "  1. 中国电信 – 上海人工智能实验室",
                    "  2. 中国电信 – Peng Cheng Laboratory – Dalian University of Technology");
        }
    }

    @Test
    void write_emptyPeriod_saysSo() throws IOException {
        String text = textOf(written(store(), ReportOptions.of(Period.month(YearMonth.of(2020, 1)))));

        assertPrinted(text, "January 2020", "0 agreements", "No agreement in this period.");
    }

    @Test
    void write_span_coversEveryMonth() throws IOException {
        Period span = new Period(YearMonth.of(2019, 1), YearMonth.of(2021, 12));
        String text = textOf(written(store(), ReportOptions.of(span)));

        assertPrinted(text, "January 2019 – December 2021", "3 agreements",
                "3. 中国电信 – Peng Cheng Laboratory – Dalian University of Technology");
    }

    private static byte[] written(List<Agreement> agreements, ReportOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Reports.writePeriodBriefing(agreements, options, out);
        return out.toByteArray();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertPrinted(String text, String... expected) {
        String printed = compact(text);
        for (String value : expected) {
            assertThat(printed).as("printed text").contains(compact(value));
        }
    }

    private static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
