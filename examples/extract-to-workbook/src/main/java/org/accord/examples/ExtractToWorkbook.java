package org.accord.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Agreement;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.ingest.Accord;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;
import org.accord.report.Reports;

/**
 * Reads articles (files or folders), extracts the signings, merges them and writes a workbook.
 *
 * <pre>{@code
 * ../../mvnw -q compile exec:java -Dexec.args="../../samples ../../out/example.xlsx"
 * }</pre>
 */
public final class ExtractToWorkbook {
    public static void main(String[] args) throws Exception {
        Readers reader = Accord.reader();
        Extractor extractor = Accord.extractor();
        List<Mention> mentions = new ArrayList<>();
        List<Path> inputs = List.of(args).subList(0, args.length - 1).stream().map(Path::of).toList();
        for (Path file : Readers.expand(inputs)) {
            for (Article article : reader.read(file)) {
                mentions.addAll(extractor.extract(article));
            }
        }
        List<Agreement> agreements = new AgreementMerger().merge(mentions);
        Path workbook = Path.of(args[args.length - 1]).toAbsolutePath();
        Files.createDirectories(workbook.getParent());
        Reports.writeWorkbook(agreements, workbook);
        System.out.println(agreements.size() + " agreements from " + mentions.size() + " signings: " + workbook);
    }
}
