package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.core.model.Article;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.store.AgreementStore;
import org.accord.store.ArticleMentions;
import org.accord.store.StoreException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord report} on a store built by hand. */
class ReportCommandTest {
    @TempDir
    Path temp;

    private Path store;

    private static ArticleMentions article(String source, LocalDate signed, String... parties) {
        String sentence = String.join(" and ", parties) + " signed an agreement.";
        Article article = new Article(source, "https://example.org/" + source, "Title of " + source,
                Language.ENGLISH, signed.plusDays(1), sentence);
        Evidence evidence = new Evidence(sentence, 0, sentence.length());
        List<Fact<Organisation>> partyFacts = new ArrayList<>();
        for (String party : parties) {
            partyFacts.add(new Fact<>(Organisation.named(party), evidence));
        }
        Mention mention = new Mention(article.toSource(), new Fact<>("战略合作协议", evidence), partyFacts,
                new Fact<>(SigningDate.ofDay(signed), evidence), null, List.of(),
                List.of(new Fact<>("人工智能", evidence)), List.of(), List.of(new Fact<>("联合培养人才", evidence)));
        return new ArticleMentions(article, List.of(mention));
    }

    @BeforeEach
    void storeWithTwoMonths() throws StoreException {
        store = temp.resolve("news.db");
        try (AgreementStore agreementStore = AgreementStore.open(store)) {
            agreementStore.add(List.of(
                    article("a.txt", LocalDate.of(2021, 12, 15), "中国电信", "上海人工智能实验室"),
                    article("b.txt", LocalDate.of(2021, 11, 3), "Peng Cheng Laboratory", "中国电信")));
        }
    }

    @Test
    void report_month_writesBriefingAndWorkbook() throws IOException {
        Path out = temp.resolve("reports");
        Execution execution = Execution.of("report", "--month", "2021-12", "--store", store.toString(),
                "--out", out.toString(), "--organisation", "合作发展处");

        assertThat(execution.exitCode()).as(execution.err()).isEqualTo(ExitCodes.OK);
        Path pdf = out.resolve("briefing-2021-12.pdf");
        Path xlsx = out.resolve("agreements-2021-12.xlsx");
        assertThat(execution.out()).contains(pdf.toString(), xlsx.toString());
        assertThat(execution.err()).isEqualTo("accord report: 1 of 2 agreements in 2021-12, from " + store + "\n");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("合作发展处", "December2021", "1agreements", "1newpartners",
                    "1.中国电信–上海人工智能实验室");
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Agreements").getLastRowNum()).isEqualTo(1);
            assertThat(workbook.getSheet("Monthly").getLastRowNum()).isEqualTo(2);
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("briefing-2021-12.pdf", "agreements-2021-12.xlsx");
        }
    }

    @Test
    void report_fromTo_namesTheSpanAndUsesChinese() throws IOException {
        Path out = temp.resolve("reports");
        Execution execution = Execution.of("report", "--from", "2021-11", "--to", "2021-12", "--store",
                store.toString(), "--out", out.toString(), "--language", "zh", "--title", "季度简报");

        assertThat(execution.exitCode()).as(execution.err()).isEqualTo(ExitCodes.OK);
        try (PDDocument document = Loader.loadPDF(out.resolve("briefing-2021-11-to-2021-12.pdf").toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("季度简报", "2021年11月至2021年12月", "2项协议", "3家单位");
        }
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(out.resolve("agreements-2021-11-to-2021-12.xlsx")))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("协议");
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(3);
        }
    }

    @Test
    void report_defaultStore_isTheOneInDir() throws IOException {
        Path out = temp.resolve("out");
        Files.createDirectories(out);
        Files.copy(store, out.resolve("accord.db"));

        Execution execution = Execution.of("report", "--month", "2021-11", "--out", out.toString());

        assertThat(execution.exitCode()).as(execution.err()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("briefing-2021-11.pdf")).isNotEmptyFile();
    }

    @Test
    void report_missingStore_isBadUsage() {
        Execution execution = Execution.of("report", "--month", "2021-12", "--store",
                temp.resolve("none.db").toString(), "--out", temp.resolve("r").toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(temp.resolve("r")).doesNotExist();
    }

    @Test
    void report_toBeforeFrom_isBadUsage() {
        Execution execution = Execution.of("report", "--from", "2021-12", "--to", "2021-11", "--store",
                store.toString(), "--out", temp.resolve("r").toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--to (2021-11) is before --from (2021-12)");
    }

    @Test
    void report_monthAndFrom_isBadUsage() {
        Execution execution = Execution.of("report", "--month", "2021-12", "--from", "2021-11", "--to", "2021-12",
                "--store", store.toString(), "--out", temp.resolve("r").toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void report_noPeriod_isBadUsage() {
        Execution execution = Execution.of("report", "--store", store.toString(), "--out", temp.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--month");
    }
}
