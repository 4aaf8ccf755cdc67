package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.Fixtures;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;
import org.junit.jupiter.api.Test;

class PdfArticleReaderTest {

    @Test
    void read_englishPdf_readsTheTextOfEveryPage() throws IngestException {
        Article article = single(Readers.standard().read(Fixtures.article("pdf/press-release-english-two-pages.pdf")));

        assertThat(article.title()).isEqualTo("SDUT Signs a Strategic Cooperation Agreement with SHINVA");
        assertThat(article.language()).isEqualTo(Language.ENGLISH);
        assertThat(article.text()).contains("SDUT held a ceremony to sign a strategic", "SHINVA");
        assertThat(article.text().lines().filter(line -> line.contains("SDUT")).count()).isGreaterThan(2);
    }

    @Test
    void read_pdfWithWideLineSpacing_joinsItsLinesIntoParagraphs() throws IngestException {
        Article article = single(Readers.standard().read(Fixtures.article("pdf/press-release-english-two-pages.pdf")));

        assertThat(article.text()).startsWith("SDUT Signs a Strategic Cooperation Agreement with SHINVA\n\n")
                .contains("Zhao Yixin (the Board Director of SHINVA) and Cui Hongtao (SHINVA general manager",
                        "sign a strategic cooperation agreement with SHINVA. It was mutually agreed");
    }

    @Test
    void read_chinesePdfWithEmbeddedFont_readsTheChineseText() throws IngestException {
        Article article = single(Readers.standard().read(Fixtures.article(
                "pdf/press-release-chinese-embedded-font.pdf")));

        assertThat(article.language()).isEqualTo(Language.CHINESE);
        assertThat(article.title()).isEqualTo("中国海洋大学与青岛大学战略合作协议签约仪式举行");
        assertThat(article.text().replace("\n", "")).contains("中国海洋大学党委书记李明出席并致辞");
    }

    @Test
    void read_pdfWithoutTextLayer_failsSayingSo() {
        assertThatThrownBy(() -> Readers.standard().read(Fixtures.article("pdf/scan-without-text-layer.pdf")))
                .isInstanceOf(IngestException.class)
                .hasMessageEndingWith("scan-without-text-layer.pdf: the PDF has no text layer (a scan?); it is not "
                        + "read with OCR");
    }

    private static Article single(List<Article> articles) {
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }
}
