package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.Fixtures;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxArticleReaderTest {
    private static final String RELEASE = "docx/press-release-with-title-style-and-table.docx";

    @Test
    void read_docx_readsTitleStyledParagraphAsTitleAndBodyInOrder() throws IngestException {
        Article article = single(Readers.standard().read(Fixtures.article(RELEASE)));

        assertThat(article.title()).isEqualTo("SDUT Signs a Strategic Cooperation Agreement with SHINVA");
        assertThat(article.language()).isEqualTo(Language.ENGLISH);
        assertThat(article.text()).contains("On the afternoon of July 3, SDUT held a ceremony to sign a strategic "
                + "cooperation agreement with SHINVA.");
    }

    @Test
    void read_docxWithTable_readsTheCellsAsParagraphs() throws IngestException {
        Article article = single(Readers.standard().read(Fixtures.article(RELEASE)));

        assertThat(article.text()).contains("Media contact\n\nOffice of International Cooperation");
    }

    @Test
    void read_docxRenamedTxt_isStillReadAsWordByItsContent(@TempDir Path dir) throws IOException, IngestException {
        Path renamed = Files.copy(Fixtures.article(RELEASE), dir.resolve("release.txt"));

        assertThat(single(Readers.standard().read(renamed)).title()).startsWith("SDUT Signs");
    }

    @Test
    void read_brokenDocx_failsNamingTheFile(@TempDir Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(Fixtures.article(RELEASE));
        Path broken = Files.write(dir.resolve("broken.docx"), java.util.Arrays.copyOf(bytes, 600));

        assertThatThrownBy(() -> Readers.standard().read(broken)).isInstanceOf(IngestException.class)
                .hasMessageStartingWith(broken + ": not a readable Word document");
    }

    @Test
    void read_docxWithoutDateNearTheTop_hasNoPublicationDateEvenThoughTheFileHasACreationDate()
            throws IngestException {
        Article article = single(Readers.standard().read(Fixtures.article(RELEASE)));

        assertThat(article.published()).isNull();
    }

    private static Article single(List<Article> articles) {
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }
}
