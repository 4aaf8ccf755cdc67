package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.accord.core.model.Article;
import org.accord.ingest.Fixtures;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;
import org.junit.jupiter.api.Test;

/** Legacy Chinese encodings read as the same text as the UTF-8 version of the same corpus article. */
class TextDecoderTest {
    private final Readers readers = Readers.standard();

    @Test
    void read_gbkPageDeclaringGb2312WithGbkOnlyCharacters_readsAsItsUtf8Version() throws IngestException {
        Article gbk = read("simplified-page.gbk-declared-gb2312.html");

        assertThat(gbk.text()).isEqualTo(read("simplified-page.utf-8.html").text()).contains("朱镕基");
        assertThat(gbk.title()).isEqualTo("中国海洋大学与青岛大学战略合作协议签约仪式举行");
    }

    @Test
    void read_undeclaredGb18030Page_readsAsItsUtf8Version() throws IngestException {
        assertThat(read("simplified-page.gb18030-undeclared.html").text())
                .isEqualTo(read("simplified-page.utf-8.html").text());
    }

    @Test
    void read_big5PageDeclaringBig5_readsAsItsUtf8Version() throws IngestException {
        assertThat(read("traditional-page.big5-declared-big5.html").text())
                .isEqualTo(read("traditional-page.utf-8.html").text()).contains("浙江省政府與吉利集團簽署戰略框架協議");
    }

    @Test
    void read_big5PageWronglyDeclaringGb2312_readsAsItsUtf8Version() throws IngestException {
        assertThat(read("traditional-page.big5-declared-gb2312-wrongly.html").text())
                .isEqualTo(read("traditional-page.utf-8.html").text());
    }

    @Test
    void read_undeclaredBig5Text_readsAsItsUtf8Version() throws IngestException {
        assertThat(read("traditional-text.big5-undeclared.txt").text())
                .isEqualTo(read("traditional-text.utf-8.txt").text());
    }

    @Test
    void read_shortUndeclaredGbkHeadline_isNotMistakenForBig5() throws IngestException {
        assertThat(read("short-headline.gbk-undeclared.txt").text())
                .isEqualTo(read("short-headline.utf-8.txt").text());
    }

    @Test
    void read_shortUndeclaredBig5Headline_isNotMistakenForGbk() throws IngestException {
        assertThat(read("short-traditional-headline.big5-undeclared.txt").text())
                .isEqualTo(read("short-traditional-headline.utf-8.txt").text());
    }

    private Article read(String fixture) throws IngestException {
        List<Article> articles = readers.read(Fixtures.article("encoding/" + fixture));
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }
}
