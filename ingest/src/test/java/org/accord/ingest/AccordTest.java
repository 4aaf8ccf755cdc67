package org.accord.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Agreement;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.ingest.extract.Extractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccordTest {
    @TempDir
    Path dir;

    /** The example of the class Javadoc, run as written there on a folder of two articles. */
    @Test
    void javadocExample_folderOfTwoSignings_givesTwoAgreements() throws IOException, IngestException {
        Path samples = Files.createDirectory(dir.resolve("samples"));
        Files.copy(Fixtures.article("markdown/jekyll-post-with-html-body.txt"), samples.resolve("zh.txt"));
        Files.copy(Fixtures.article("plain-text/news-page-with-date-line.txt"), samples.resolve("en.txt"));

        Readers reader = Accord.reader();
        Extractor extractor = Accord.extractor();
        List<Mention> mentions = new ArrayList<>();
        for (Path file : Readers.expand(List.of(samples))) {
            for (Article article : reader.read(file)) {
                mentions.addAll(extractor.extract(article));
            }
        }
        List<Agreement> agreements = new AgreementMerger().merge(mentions);

        assertThat(agreements).hasSize(2);
        assertThat(agreements).flatExtracting(Agreement::parties).extracting(Organisation::name)
                .contains("中国电信", "上海人工智能实验室");
    }
}
