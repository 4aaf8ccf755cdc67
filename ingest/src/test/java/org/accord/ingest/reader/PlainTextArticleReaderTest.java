package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.accord.core.model.Article;
import org.accord.ingest.Fixtures;
import org.accord.ingest.Readers;
import org.junit.jupiter.api.Test;

class PlainTextArticleReaderTest {

    private static Article read(String fixture) throws Exception {
        return Readers.standard().read(Fixtures.article(fixture)).get(0);
    }

    @Test
    void read_releaseWrappedUnderItsHeadline_keepsTheHeadlineAndDatesItByTheDateline() throws Exception {
        Article article = read("plain-text/headline-then-release-wrapped-at-72-columns.txt");

        assertThat(article.title()).isEqualTo("Acme Corporation and Beta University sign research agreement in Boston");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(article.text()).contains("Beta University signed a five-year research agreement on Monday");
    }

    @Test
    void read_agreementsListedOneALine_staysOneALine() throws Exception {
        Article article = read("plain-text/agreements-listed-one-a-line.txt");

        assertThat(article.text()).contains("in agriculture and fisheries\nFramework agreement on the construction");
    }

    @Test
    void read_storyUnderASiteMenu_takesItsHeadlineAndDateNotTheMenu() throws Exception {
        Article article = read("plain-text/story-between-site-menu-and-footer.txt");

        assertThat(article.title()).isEqualTo("Alpha University and Beta Group sign research agreement");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 5, 21));
    }

    @Test
    void read_announcementAboveASiteFooter_isDatedUnderItsSignature() throws Exception {
        assertThat(read("plain-text/announcement-dated-above-a-site-footer.txt").published())
                .isEqualTo(LocalDate.of(2019, 12, 26));
    }
}
