package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.accord.core.model.Article;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.ingest.Fixtures;
import org.accord.ingest.Readers;
import org.junit.jupiter.api.Test;

/**
 * The same two press releases (one English, one Chinese) wrapped in every format and encoding the readers handle give
 * the same signings: a format changes how an article is read, never what it says.
 */
class WrappedArticlesTest {
    private static final List<String> WRAPPED = List.of(
            "docx/press-release-with-title-style-and-table.docx",
            "pdf/press-release-english-two-pages.pdf",
            "pdf/press-release-chinese-embedded-font.pdf",
            "json/two-articles-one-per-line.jsonl",
            "json/wordpress-array-of-two-posts.json",
            "feed/rss2-content-encoded-and-description-items.xml",
            "feed/rss-declared-gb2312-with-gbk-only-characters.xml",
            "warc/crawl-of-two-pages-with-requests-images-and-a-404.warc.gz",
            "warc/responses-chunked-and-gzip-encoded.warc",
            "encoding/simplified-page.utf-8.html",
            "encoding/simplified-page.gbk-declared-gb2312.html",
            "encoding/simplified-page.gb18030-undeclared.html",
            "encoding/short-headline.gbk-undeclared.txt");

    @Test
    void extract_samePressReleaseInEveryWrapper_givesTheSameParties() throws Exception {
        Map<String, List<List<String>>> partiesByTitle = new TreeMap<>();
        for (String fixture : WRAPPED) {
            for (Article article : Readers.standard().read(Fixtures.article(fixture))) {
                partiesByTitle.computeIfAbsent(article.title(), t -> new java.util.ArrayList<>())
                        .add(parties(Extractor.standard().extract(article)));
            }
        }

        assertThat(partiesByTitle).hasSize(2);
        assertThat(partiesByTitle.values()).allSatisfy(versions -> {
            assertThat(versions).hasSizeGreaterThan(3);
            assertThat(versions.get(0)).hasSize(2);
            assertThat(versions).containsOnly(versions.get(0));
        });
    }

    private static List<String> parties(List<Mention> mentions) {
        return mentions.stream().flatMap(m -> m.parties().stream()).map(Fact::value).map(o -> o.name())
                .collect(Collectors.toList());
    }
}
