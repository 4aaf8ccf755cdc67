package org.accord.report.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Links kept out of memory and put into the written workbook, read back with POI. */
class HyperlinksTest {

    @Test
    void write_sheetWithADrawing_addsTheLinksBesideTheDrawingsRelationship() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); Hyperlinks links = new Hyperlinks()) {
            Row row = workbook.createSheet("Linked").createRow(0);
            row.createCell(0).setCellValue("a");
            row.createCell(1).setCellValue("b");
            workbook.getXSSFWorkbook().getSheet("Linked").createDrawingPatriarch();
            Hyperlinks.Sheet sheet = links.of(workbook, "Linked");
            sheet.add("A1", "https://example.org/a?x=1&y=2");
            sheet.add("B1", "https://example.org/b");

            links.write(workbook, out);
            workbook.dispose();
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = read.getSheet("Linked");
            assertThat(sheet.getHyperlinkList()).hasSize(2);
            assertThat(sheet.getRow(0).getCell(0).getHyperlink().getAddress())
                    .isEqualTo("https://example.org/a?x=1&y=2");
            assertThat(sheet.getRow(0).getCell(1).getHyperlink().getAddress()).isEqualTo("https://example.org/b");
            assertThat(sheet.getDrawingPatriarch()).isNotNull();
        }
    }

    @Test
    void add_pastExcelsLimit_refusesTheLink() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(); Hyperlinks links = new Hyperlinks()) {
            workbook.createSheet("Many");
            Hyperlinks.Sheet sheet = links.of(workbook, "Many");

            boolean allAdded = IntStream.range(0, Hyperlinks.MAX_PER_SHEET)
                    .allMatch(i -> sheet.add("A" + (i + 1), "https://example.org/" + i));

            assertThat(allAdded).isTrue();
            assertThat(sheet.add("A65531", "https://example.org/one-too-many")).isFalse();
            workbook.dispose();
        }
    }

    @Test
    void insertionPoint_afterTheAutofilterBeforeTheMargins() throws IOException {
        String tail = "<autoFilter ref=\"A1:B2\"/><pageMargins bottom=\"0.75\"/><drawing r:id=\"rId1\"/></worksheet>";

        assertThat(Hyperlinks.insertionPoint(tail, "sheet")).isEqualTo(tail.indexOf("<pageMargins"));
        assertThat(Hyperlinks.insertionPoint("</worksheet>", "sheet")).isZero();
    }

    @Test
    void insertionPoint_linksAlreadyThere_isRefused() {
        assertThatThrownBy(() -> Hyperlinks.insertionPoint("<hyperlinks/></worksheet>", "xl/worksheets/sheet1.xml"))
                .isInstanceOf(IOException.class)
                .hasMessage("xl/worksheets/sheet1.xml has hyperlinks already: cannot add more");
    }

    @Test
    void relationshipsOf_sheetPart_isItsRelsPart() {
        assertThat(Hyperlinks.relationshipsOf("xl/worksheets/sheet1.xml")).isEqualTo("xl/worksheets/_rels/sheet1.xml.rels");
    }

    @Test
    void escaped_markup_isEscaped() {
        assertThat(Hyperlinks.escaped("a&b<c>\"d'")).isEqualTo("a&amp;b&lt;c&gt;&quot;d'");
    }
}
