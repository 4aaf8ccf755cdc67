package org.accord.report.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.accord.report.GeneratedAgreements;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The workbook of 100,000 agreements is written in bounded memory. A child JVM with a small heap writes it from
 * agreements made one at a time as each sheet reads them ({@link ManyAgreementsWorkbook}); the workbook is then read
 * back with POI's streaming reader (a 100,000-row sheet would itself need much memory in an {@code XSSFWorkbook}).
 *
 * <p>The heap is 1.5 times the least the writer needed on a JDK 17 (14 MB with each of the serial, parallel and G1
 * collectors, for 10,000 agreements as for 100,000); the agreements themselves, held in a list, take about 230 MB.
 * Before the writer kept its links in temporary files, POI's hyperlinks alone did not fit in 512 MB. Takes 20 to 25
 * seconds on two busy cores, hence an {@code IT}, which failsafe runs in {@code verify}.
 */
class ManyAgreementsWorkbookIT {
    private static final int AGREEMENTS = 100_000;
    private static final String HEAP = "-Xmx21m";

    @TempDir
    Path dir;

    @Test
    void write_100000AgreementsIn21MbOfHeap_writesEveryRowAndTheFirstLinks() throws Exception {
        Path file = dir.resolve("many.xlsx");

        int exit = runChild(file);

        assertThat(exit).as("exit code of the writer; its output:%n%s", Files.readString(dir.resolve("child.log"),
                UTF_8)).isZero();
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Map<String, Sheet> sheets = read(workbook);
            Sheet agreements = sheets.get(AgreementWorkbook.SHEET_NAME);
            assertThat(agreements.rows).isEqualTo(AGREEMENTS + 1);
            assertThat(agreements.lastId).isEqualTo(GeneratedAgreements.agreement(AGREEMENTS - 1).id());
            assertThat(agreements.links).isEqualTo(Hyperlinks.MAX_PER_SHEET);
            assertThat(links(agreements.part)).hasSize(Hyperlinks.MAX_PER_SHEET)
                    .first().extracting(r -> r.getTargetURI().toString())
                    .isEqualTo(GeneratedAgreements.agreement(0).sources().get(0).url());
            assertThat(sheets.get(AgreementWorkbook.SOURCES).rows).isEqualTo(AGREEMENTS + 1);
            assertThat(sheets.get(AgreementWorkbook.COMMITMENTS).rows).isEqualTo(AGREEMENTS + 1);
            assertThat(sheets.get(AgreementWorkbook.PARTIES).rows)
                    .isEqualTo(GeneratedAgreements.COMPANIES + GeneratedAgreements.UNIVERSITIES + 1);
            YearMonth first = YearMonth.from(GeneratedAgreements.FIRST_DAY);
            YearMonth last = YearMonth.from(GeneratedAgreements.agreement(GeneratedAgreements.DAYS - 1).signedOn()
                    .date());
            assertThat(sheets.get(AgreementWorkbook.MONTHLY).rows).isEqualTo(first.until(last, ChronoUnit.MONTHS) + 2);
        }
    }

    private int runChild(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                ManyAgreementsWorkbook.class.getName(), String.valueOf(AGREEMENTS), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly();
            throw new AssertionError("the writer took more than 5 minutes");
        }
        return child.exitValue();
    }

    /** A sheet as read: its rows, its hyperlink elements and the id of its last row. */
    private static final class Sheet implements SheetContentsHandler {
        PackagePart part;
        int rows;
        int links;
        String lastId;

        @Override
        public void startRow(int rowNum) {
            rows++;
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            if (cellReference.startsWith("A") && Character.isDigit(cellReference.charAt(1))) {
                lastId = formattedValue;
            }
        }
    }

    /** Every sheet, streamed through SAX: only the counts are kept. */
    private static Map<String, Sheet> read(OPCPackage workbook) throws Exception {
        XSSFReader reader = new XSSFReader(workbook);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook);
        Map<String, Sheet> sheets = new HashMap<>();
        XSSFReader.SheetIterator parts = (XSSFReader.SheetIterator) reader.getSheetsData();
        while (parts.hasNext()) {
            try (InputStream xml = parts.next()) {
                Sheet sheet = new Sheet();
                sheet.part = parts.getSheetPart();
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings, sheet,
                        new DataFormatter(), false) {
                    @Override
                    public void startElement(String uri, String localName, String qName,
                            org.xml.sax.Attributes attributes) throws org.xml.sax.SAXException {
                        if ("hyperlink".equals(localName)) {
                            sheet.links++;
                        }
                        super.startElement(uri, localName, qName, attributes);
                    }
                });
                parser.parse(new InputSource(xml));
                sheets.put(parts.getSheetName(), sheet);
            }
        }
        return sheets;
    }

    private static List<PackageRelationship> links(PackagePart sheet) throws Exception {
        List<PackageRelationship> links = new ArrayList<>();
        sheet.getRelationshipsByType(XSSFRelation.SHEET_HYPERLINKS.getRelation()).forEach(links::add);
        return links;
    }
}
