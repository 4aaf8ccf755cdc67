package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.accord.app.io.FileNames;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord run} on the two samples: one run, every output checked by its own test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path out;
    private Execution execution;

    @BeforeAll
    void runOnTheSamples(@TempDir Path temp) throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        out = temp.resolve("out");
        execution = Execution.of("run", in.toString(), "--out", out.toString());
    }

    @Test
    void run_samples_exitsZeroWithoutDiagnostics() {
        assertThat(execution.exitCode()).as(execution.err()).isEqualTo(ExitCodes.OK);
        assertThat(execution.err()).isEmpty();
    }

    @Test
    void run_samples_printsASummaryOfEveryInputAndOutput() {
        assertThat(execution.out())
                .containsPattern("files found\\s+2\\R")
                .containsPattern("read\\s+2\\R")
                .containsPattern("failed\\s+0\\R")
                .containsPattern("articles\\s+2\\R")
                .containsPattern("signings\\s+2\\R")
                .containsPattern("agreements\\s+2\\R")
                .contains(out.resolve("agreements.jsonl").toString(), out.resolve("agreements.xlsx").toString(),
                        out.resolve("briefings").toString(), out.resolve("run-summary.json").toString());
    }

    @Test
    void run_samples_writesOnePredictionLinePerArticleInInputOrder() throws IOException {
        List<JsonNode> records = predictions();

        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("source").asText()).endsWith(Fixtures.ENGLISH_SAMPLE);
        assertThat(records.get(1).get("source").asText()).endsWith(Fixtures.CHINESE_SAMPLE);
        assertThat(fieldNames(records.get(0))).containsExactly("source", "title", "published", "language",
                "agreements");
    }

    @Test
    void run_englishSample_predictsTheSigningAsTheSeedStatesIt() throws IOException {
        JsonNode record = predictions().get(0);

        assertThat(record.get("title").asText()).startsWith("A Strategic Cooperation Agreement Was Signed");
        assertThat(record.get("published").asText()).isEqualTo("2019-04-02");
        assertThat(record.get("language").asText()).isEqualTo("en");
        assertThat(record.get("agreements")).hasSize(1);
        JsonNode agreement = record.get("agreements").get(0);
        assertThat(texts(agreement.get("parties")))
                .containsExactly("Peng Cheng Laboratory", "Dalian University of Technology");
        assertThat(agreement.get("signed_on").asText()).isEqualTo("2019-03-22");
        assertThat(agreement.get("id").asText()).startsWith("2019-03-22");
        assertThat(agreement.get("location").asText()).contains("International Conference Center");
        assertThat(texts(agreement.get("attendees"), "name")).contains("Guo Dongming", "Gao Wen");
        assertThat(texts(agreement.get("fields"))).contains("artificial intelligence");
        assertThat(texts(agreement.get("commitments")))
                .contains("personnel training", "scientific research", "community service");
    }

    @Test
    void run_chineseSample_predictsTheSigningAsTheSeedStatesIt() throws IOException {
        JsonNode record = predictions().get(1);

        assertThat(record.get("title").asText()).isEqualTo("中国电信与上海人工智能实验室签署战略合作协议");
        assertThat(record.get("published").asText()).isEqualTo("2021-12-17");
        assertThat(record.get("language").asText()).isEqualTo("zh");
        assertThat(record.get("agreements")).hasSize(1);
        JsonNode agreement = record.get("agreements").get(0);
        assertThat(texts(agreement.get("parties"))).containsExactly("中国电信", "上海人工智能实验室");
        assertThat(agreement.get("signed_on").asText()).isEqualTo("2021-12-15");
        assertThat(agreement.get("id").asText()).startsWith("2021-12-15");
        assertThat(agreement.get("location").asText()).isEqualTo("视频会议");
        assertThat(texts(agreement.get("attendees"), "name")).containsExactly("柯瑞文", "邵广禄", "汤晓鸥");
        assertThat(texts(agreement.get("principles"))).containsExactly("资源共享", "优势互补", "战略协同", "共赢发展");
        assertThat(texts(agreement.get("commitments")))
                .containsSubsequence("联合开展全方位科技创新合作", "联合推进科研成果共享", "联合培养高水平创新人才");
    }

    @Test
    void run_samples_citesASentenceOfTheArticleForEveryParty() throws IOException {
        for (JsonNode record : predictions()) {
            for (JsonNode agreement : record.get("agreements")) {
                JsonNode cited = agreement.get("evidence").get("parties");
                assertThat(texts(cited, "value")).isEqualTo(texts(agreement.get("parties")));
                for (JsonNode party : cited) {
                    assertThat(party.get("sentence").asText()).contains(party.get("value").asText());
                    assertThat(party.get("end").asInt() - party.get("start").asInt())
                            .isEqualTo(party.get("sentence").asText().length());
                }
            }
        }
    }

    @Test
    void run_samples_writesAWorkbookRowPerAgreement() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve("agreements.xlsx"));
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);

            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(3);
            assertThat(rowText(sheet.getRow(1))).contains("Peng Cheng Laboratory", "Dalian University of Technology");
            assertThat(rowText(sheet.getRow(2))).contains("中国电信", "上海人工智能实验室");
        }
    }

    @Test
    void run_samples_writesABriefingPerAgreementNamedFromItsId() throws IOException {
        List<Path> expected = new ArrayList<>();
        for (JsonNode record : predictions()) {
            for (JsonNode agreement : record.get("agreements")) {
                expected.add(out.resolve("briefings").resolve(FileNames.sanitise(agreement.get("id").asText()) + ".pdf"));
            }
        }

        assertThat(briefings()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void run_samples_briefingsNameThePartiesInEitherScript() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path pdf : briefings()) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                texts.add(new PDFTextStripper().getText(document));
            }
        }

        assertThat(texts).hasSize(2);
        assertThat(texts).anySatisfy(text -> assertThat(text)
                .contains("Peng Cheng Laboratory", "Dalian University of Technology"));
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("中国电信", "上海人工智能实验室"));
    }

    @Test
    void run_samples_writesTheFiguresToTheRunSummary() throws IOException {
        JsonNode summary = JSON.readTree(out.resolve("run-summary.json").toFile());

        assertThat(summary.get("files").get("found").asInt()).isEqualTo(2);
        assertThat(summary.get("files").get("read").asInt()).isEqualTo(2);
        assertThat(summary.get("files").get("failed").asInt()).isZero();
        assertThat(summary.get("failures")).isEmpty();
        assertThat(summary.get("articles").asInt()).isEqualTo(2);
        assertThat(summary.get("signings").asInt()).isEqualTo(2);
        assertThat(summary.get("agreements").asInt()).isEqualTo(2);
        assertThat(summary.get("outputs").get("briefings")).hasSize(briefings().size());
    }

    @Test
    void run_samples_leavesNoTemporaryFiles() throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    private List<JsonNode> predictions() throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Fixtures.lines(out.resolve("agreements.jsonl"))) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    private List<Path> briefings() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("briefings"))) {
            return files.sorted().toList();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.get(field).asText()));
        return texts;
    }

    private static String rowText(Row row) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        for (Cell cell : row) {
            text.append(formatter.formatCellValue(cell)).append('\n');
        }
        return text.toString();
    }
}
