package org.accord.report.excel;

import java.nio.file.Path;
import org.accord.report.GeneratedAgreements;
import org.accord.report.ReportLanguage;
import org.accord.report.Reports;

/**
 * Writes the workbook of many generated agreements, made one at a time as each sheet reads them: the main class that
 * {@link ManyAgreementsWorkbookIT} runs in a JVM with little heap. Arguments: the number of agreements and the file.
 */
public final class ManyAgreementsWorkbook {
    private ManyAgreementsWorkbook() {
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        Reports.writeWorkbook(GeneratedAgreements.lazily(count), ReportLanguage.EN, Path.of(args[1]));
    }
}
