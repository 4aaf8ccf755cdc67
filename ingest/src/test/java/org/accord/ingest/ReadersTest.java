package org.accord.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    private final Readers readers = Readers.standard();

    private static Path fixture(String name) {
        return Fixtures.article(name);
    }

    @Test
    void read_newsPageText_findsHeadlineDateAndBody() throws IngestException {
        Article article = single(readers.read(fixture("plain-text/news-page-with-date-line.txt")));

        assertThat(article.title()).startsWith("A Strategic Cooperation Agreement Was Signed");
        assertThat(article.published()).isEqualTo(LocalDate.of(2019, 4, 2));
        assertThat(article.language()).isEqualTo(Language.ENGLISH);
        assertThat(article.text()).contains("On the afternoon of March 22nd");
    }

    @Test
    void read_jekyllPostSavedAsTxt_isReadAsPostNotPlainText() throws IngestException {
        Article article = single(readers.read(fixture("markdown/jekyll-post-with-html-body.txt")));

        assertThat(article.title()).isEqualTo("中国电信与上海人工智能实验室签署战略合作协议");
        assertThat(article.published()).isEqualTo(LocalDate.of(2021, 12, 17));
        assertThat(article.language()).isEqualTo(Language.CHINESE);
        assertThat(article.text()).startsWith("12月15日，中国电信与上海人工智能实验室").doesNotContain("<p", "layout:");
    }

    @Test
    void read_htmlPage_dropsNavigationScriptsAndHiddenText() throws IngestException {
        Article article = single(readers.read(fixture("html/page-with-meta-date-and-navigation.html")));

        assertThat(article.title()).isEqualTo("Alpha University and Beta Laboratory sign a cooperation agreement");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(article.url()).isEqualTo("https://news.example.edu/2024/alpha-beta");
        assertThat(article.text()).contains("signed a strategic cooperation agreement in Hangzhou")
                .doesNotContain("hidden tracking", "var tracking", "Copyright", "Home");
    }

    @Test
    void read_emptyFile_failsNamingTheFile(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));

        assertThatThrownBy(() -> readers.read(empty)).isInstanceOf(IngestException.class)
                .hasMessageContaining("empty.txt").hasMessageContaining("empty");
    }

    @Test
    void read_binaryFile_failsNamingTheFile(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});

        assertThatThrownBy(() -> readers.read(binary)).isInstanceOf(IngestException.class)
                .hasMessageContaining("image.txt").hasMessageContaining("binary");
    }

    @Test
    void read_postWithMalformedFrontMatter_failsNamingTheFileAndTheYaml(@TempDir Path dir) throws IOException {
        Path post = Files.writeString(dir.resolve("post.md"), "---\ntitle: \"unclosed\ndate: [2021-12-17\n---\n\n"
                + "中国电信与上海人工智能实验室签署战略合作协议。\n");

        assertThatThrownBy(() -> readers.read(post)).isInstanceOf(IngestException.class)
                .hasMessageContaining("post.md").hasMessageContaining("malformed YAML front matter");
    }

    @Test
    void read_brokenHtml_readsTheTextItHolds(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("broken.html"), "<html><head><title>Alpha signs with Beta"
                + "</head><body><div><p>Alpha University and Beta Laboratory signed an agreement on 3 May 2024.<p>"
                + "<table><tr><td>unclosed cell</div>");

        assertThat(single(readers.read(page)).text()).contains("Alpha University and Beta Laboratory signed");
    }

    @Test
    void read_gbkEncodedPage_readsTheSameTextAsUtf8(@TempDir Path dir) throws Exception {
        String text = "中国电信与上海人工智能实验室签署战略合作协议\n\n12月15日，双方举行签约仪式。";
        Path gbk = Files.write(dir.resolve("gbk.txt"), text.getBytes("GBK"));

        assertThat(single(readers.read(gbk)).text()).isEqualTo(single(readers.read(
                Files.writeString(dir.resolve("utf8.txt"), text))).text());
    }

    @Test
    void read_dash_readsStandardInputWithoutClosingIt() throws Exception {
        byte[] page = Files.readAllBytes(fixture("html/page-with-meta-date-and-navigation.html"));
        InputStream stdin = System.in;
        ClosingWatch watched = new ClosingWatch(page);
        try {
            System.setIn(watched);
            Article article = single(readers.read(Readers.STANDARD_INPUT));

            assertThat(article.source()).isEqualTo("-");
            assertThat(article.title()).isEqualTo("Alpha University and Beta Laboratory sign a cooperation agreement");
            assertThat(watched.closed).isFalse();
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void expand_dash_isKeptAsStandardInput() throws IOException {
        assertThat(Readers.expand(List.of(Path.of("-")))).containsExactly(Readers.STANDARD_INPUT);
    }

    @Test
    void read_fileLargerThanTheDocumentBound_failsNamingTheBound(@TempDir Path dir) throws IOException {
        Path huge = Files.writeString(dir.resolve("huge.txt"), "Headline\n\n" + "word ".repeat(1_000));
        Readers bounded = readers.withLimits(new Limits(2_000, 10, 3));

        assertThatThrownBy(() -> bounded.read(huge)).isInstanceOf(IngestException.class)
                .hasMessage(huge + ": too large: more than 2000 bytes, the most one document may hold");
    }

    @Test
    void expand_folder_listsFilesRecursivelyInStableOrderWithoutHiddenOnes(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b/.git"));
        Files.writeString(dir.resolve("b/2.txt"), "x");
        Files.writeString(dir.resolve("b/.git/config"), "x");
        Files.writeString(dir.resolve("a.txt"), "x");

        assertThat(Readers.expand(List.of(dir))).containsExactly(dir.resolve("a.txt"), dir.resolve("b/2.txt"));
    }

    /** Standard input that remembers whether someone closed it. */
    private static final class ClosingWatch extends ByteArrayInputStream {
        private boolean closed;

        ClosingWatch(byte[] content) {
            super(content);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void read_announcementWithoutADateAtTheTop_isDatedUnderItsSignature() throws IngestException {
        Article article = single(Readers.standard().read(fixture("plain-text/announcement-dated-under-its-signature.txt")));

        assertThat(article.published()).isEqualTo(java.time.LocalDate.of(2019, 12, 26));
    }

    private static Article single(List<Article> articles) {
        assertThat(articles).hasSize(1);
        return articles.get(0);
    }
}
