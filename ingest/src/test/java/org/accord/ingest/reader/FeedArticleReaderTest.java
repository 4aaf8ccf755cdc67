package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.Fixtures;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;
import org.accord.ingest.RecordingListener;
import org.junit.jupiter.api.Test;

class FeedArticleReaderTest {

    @Test
    void read_rss2_oneArticlePerItemFromContentEncoded() throws IngestException {
        RecordingListener read = RecordingListener.read("feed/rss2-content-encoded-and-description-items.xml");

        assertThat(read.articles()).hasSize(2);
        Article first = read.articles().get(0);
        assertThat(first.source()).endsWith("rss2-content-encoded-and-description-items.xml#1");
        assertThat(first.title()).isEqualTo("SDUT Signs a Strategic Cooperation Agreement with SHINVA");
        assertThat(first.published()).isEqualTo(LocalDate.of(2019, 7, 4));
        assertThat(first.url()).isEqualTo("https://en.sdut.edu.cn/info/1019/2831.htm");
        assertThat(first.text()).contains("building innovative practice bases").doesNotContain("<p>");
    }

    @Test
    void read_rss2ItemWithoutContentEncoded_readsTheDescriptionAndDcDate() throws IngestException {
        Article second = RecordingListener.read("feed/rss2-content-encoded-and-description-items.xml")
                .articles().get(1);

        assertThat(second.language()).isEqualTo(Language.CHINESE);
        assertThat(second.published()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(second.text()).contains("中国海洋大学党委书记李明出席并致辞");
    }

    @Test
    void read_atom_readsXhtmlContentAndTheAlternateLink() throws IngestException {
        RecordingListener read = RecordingListener.read("feed/atom-xhtml-entry-and-entry-without-text.xml");

        assertThat(read.articles()).singleElement().satisfies(article -> {
            assertThat(article.url()).isEqualTo("http://www.huaue.com/gxpy2026/2026115.htm");
            assertThat(article.published()).isEqualTo(LocalDate.of(2026, 1, 15));
            assertThat(article.text()).contains("青岛大学党委书记胡金焱").contains("\n\n");
        });
    }

    @Test
    void read_atomEntryWithoutText_isReportedAndTheFeedGoesOn() throws IngestException {
        RecordingListener read = RecordingListener.read("feed/atom-xhtml-entry-and-entry-without-text.xml");

        assertThat(read.failed()).singleElement().satisfies(failure -> {
            assertThat(failure.source()).endsWith("atom-xhtml-entry-and-entry-without-text.xml#2");
            assertThat(failure.reason()).contains("has no text");
        });
    }

    @Test
    void read_xxeFeed_isRefusedWithoutReadingTheFile() {
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> Readers.standard().read(
                        Fixtures.article("feed/xxe-external-entity-reading-a-local-file.xml"), listener))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("xxe-external-entity-reading-a-local-file.xml")
                .hasMessageContaining("refused: the feed declares entities in a DOCTYPE");
        assertThat(listener.articles()).isEmpty();
    }

    @Test
    void read_billionLaughsFeed_isRefusedWithoutExpandingAnything() {
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> Readers.standard().read(
                        Fixtures.article("feed/billion-laughs-entity-expansion.xml"), listener))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("billion-laughs-entity-expansion.xml")
                .hasMessageContaining("no entity is expanded");
        assertThat(listener.articles()).isEmpty();
    }

    @Test
    void read_feedDeclaringGb2312WithGbkOnlyCharacters_readsThemAll() throws IngestException {
        Article article = RecordingListener.read("feed/rss-declared-gb2312-with-gbk-only-characters.xml")
                .articles().get(0);

        assertThat(article.text()).contains("朱镕基同志的题词", "中国海洋大学与青岛大学战略合作协议签约仪式")
                .doesNotContain("\uFFFD");
    }
}
