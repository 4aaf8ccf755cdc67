package org.accord.report;

import static org.accord.report.AgreementFixtures.chinese;
import static org.accord.report.AgreementFixtures.english;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void writeWorkbook_toFile_leavesOnlyTheWorkbook() throws IOException {
        Path file = dir.resolve("agreements.xlsx");

        Reports.writeWorkbook(List.of(english(), chinese()), file);

        assertThat(filesIn(dir)).containsExactly(file);
        assertThat(Files.readAllBytes(file)).startsWith('P', 'K'); // a zip container, as .xlsx is
    }

    @Test
    void writeBriefing_toFile_leavesOnlyThePdf() throws IOException {
        Path file = dir.resolve("briefing.pdf");

        Reports.writeBriefing(chinese(), file);

        assertThat(filesIn(dir)).containsExactly(file);
        assertThat(Files.readString(file, ISO_8859_1)).startsWith("%PDF-")
                .contains("%%EOF");
    }

    @Test
    void writeBriefing_overExistingFile_replacesIt() throws IOException {
        Path file = dir.resolve("briefing.pdf");
        Files.writeString(file, "old");

        Reports.writeBriefing(english(), file);

        assertThat(Files.readString(file, ISO_8859_1)).startsWith("%PDF-");
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void writePeriodReports_readsTheAgreementsOnceAndWritesBoth() throws IOException {
        Path briefing = dir.resolve("briefing.pdf");
        Path workbook = dir.resolve("agreements.xlsx");
        CountingIterable agreements = new CountingIterable(List.of(english(), chinese()));

        Reports.PeriodCount count = Reports.writePeriodReports(agreements,
                ReportOptions.of(Period.month(YearMonth.of(2021, 12))), briefing, workbook);

        assertThat(count).isEqualTo(new Reports.PeriodCount(2, 1));
        assertThat(agreements.iterations()).isEqualTo(1);
        try (PDDocument pdf = Loader.loadPDF(briefing.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("上海人工智能实验室")
                    .doesNotContain("Dalian University of Technology");
        }
        try (XSSFWorkbook read = new XSSFWorkbook(Files.newInputStream(workbook))) {
            assertThat(read.getSheet("Agreements").getLastRowNum()).isEqualTo(1); // the header and one agreement
            Sheet monthly = read.getSheet("Monthly");
            assertThat(monthly.getRow(1).getCell(0).getStringCellValue()).isEqualTo("2019-03"); // the earliest known
            assertThat(monthly.getRow(monthly.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("2021-12");
        }
    }

    @Test
    void writePeriodReports_workbookCannotBeWritten_throwsNamingItAndWritesTheBriefing() {
        Path briefing = dir.resolve("briefing.pdf");
        Path workbook = dir.resolve("missing").resolve("agreements.xlsx");

        assertThatThrownBy(() -> Reports.writePeriodReports(List.of(english(), chinese()),
                ReportOptions.of(Period.month(YearMonth.of(2021, 12))), briefing, workbook))
                .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.file()).contains(workbook));
        assertThat(briefing).exists();
    }

    @Test
    void writeWorkbook_missingDirectory_throwsReportExceptionNamingFile() throws IOException {
        Path file = dir.resolve("missing").resolve("agreements.xlsx");

        assertThatThrownBy(() -> Reports.writeWorkbook(List.of(english()), file))
                .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.file()).contains(file))
                .hasMessageContaining(file.toString())
                .hasCauseInstanceOf(IOException.class);
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void writeBriefing_missingDirectory_throwsReportExceptionNamingFile() {
        Path file = dir.resolve("missing").resolve("briefing.pdf");

        assertThatThrownBy(() -> Reports.writeBriefing(english(), file))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void write_contentFailsHalfway_deletesTempFileAndKeepsOldFile() throws IOException {
        Path file = dir.resolve("agreements.xlsx");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(ReportException.class).hasMessageContaining(file.toString()).hasMessageContaining("disk full");

        assertThat(filesIn(dir)).containsExactly(file);
        assertThat(Files.readString(file)).isEqualTo("old");
    }

    @Test
    void writeBriefing_toStream_leavesStreamOpen() {
        ClosingTracker out = new ClosingTracker();

        Reports.writeBriefing(english(), out);

        assertThat(out.closed).isFalse();
        assertThat(out.toString(ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void writeWorkbook_toStream_leavesStreamOpen() {
        ClosingTracker out = new ClosingTracker();

        Reports.writeWorkbook(List.of(english()), out);

        assertThat(out.closed).isFalse();
        assertThat(out.toByteArray()).startsWith('P', 'K');
    }

    @Test
    void writeWorkbook_failingStream_throwsReportExceptionWithoutFile() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("pipe closed");
            }
        };

        assertThatThrownBy(() -> Reports.writeWorkbook(List.of(english()), broken))
                .isInstanceOfSatisfying(ReportException.class, e -> assertThat(e.file()).isEmpty())
                .hasMessageContaining("workbook");
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static final class ClosingTracker extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
