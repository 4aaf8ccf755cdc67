package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;
import org.accord.ingest.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonArticleReaderTest {

    @Test
    void read_jsonLines_oneArticlePerLineNamedByLine() throws IngestException {
        RecordingListener read = RecordingListener.read("json/two-articles-one-per-line.jsonl");

        assertThat(read.articles()).extracting(Article::source)
                .allSatisfy(source -> assertThat(source).matches(".*two-articles-one-per-line\\.jsonl:[12]"));
        Article english = read.articles().get(0);
        assertThat(english.title()).isEqualTo("SDUT Signs a Strategic Cooperation Agreement with SHINVA");
        assertThat(english.published()).isEqualTo(LocalDate.of(2019, 7, 4));
        assertThat(english.url()).isEqualTo("https://en.sdut.edu.cn/info/1019/2831.htm");
        assertThat(english.text()).contains("On the afternoon of July 3, SDUT held a ceremony");
    }

    @Test
    void read_jsonLinesWithHtmlContent_readsTheTextWithoutMarkup() throws IngestException {
        Article chinese = RecordingListener.read("json/two-articles-one-per-line.jsonl").articles().get(1);

        assertThat(chinese.language()).isEqualTo(Language.CHINESE);
        assertThat(chinese.published()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(chinese.text()).contains("中国海洋大学与青岛大学战略合作协议签约仪式在中国海洋大学崂山校区举行")
                .doesNotContain("<p>");
    }

    @Test
    void read_malformedLine_isReportedWithItsLineNumberAndTheRestAreRead() throws IngestException {
        RecordingListener read =
                RecordingListener.read("json/lines-with-a-malformed-line-and-a-record-without-text.jsonl");

        assertThat(read.articles()).extracting(Article::source)
                .allSatisfy(source -> assertThat(source).matches(".*\\.jsonl:(1|5)"));
        assertThat(read.failed()).hasSize(2);
        assertThat(read.failed().get(0).source()).endsWith(".jsonl:2");
        assertThat(read.failed().get(0).reason()).startsWith("malformed JSON");
    }

    @Test
    void read_recordWithoutText_isReportedNamingTheTextFields() throws IngestException {
        RecordingListener read =
                RecordingListener.read("json/lines-with-a-malformed-line-and-a-record-without-text.jsonl");

        assertThat(read.failed()).anySatisfy(failure -> {
            assertThat(failure.source()).endsWith(".jsonl:3");
            assertThat(failure.reason()).contains("has no text", "content", "body");
        });
    }

    @Test
    void read_wordpressArray_readsRenderedFieldsNamedByTheLineEachStartsOn() throws IngestException {
        RecordingListener read = RecordingListener.read("json/wordpress-array-of-two-posts.json");

        assertThat(read.articles()).hasSize(2);
        assertThat(read.articles().get(0).source()).endsWith("wordpress-array-of-two-posts.json:2");
        assertThat(read.articles().get(0).title()).isEqualTo("中国海洋大学与青岛大学战略合作协议签约仪式举行");
        assertThat(read.articles().get(1).url()).isEqualTo("https://en.sdut.edu.cn/info/1019/2831.htm");
    }

    @Test
    void read_singlePrettyPrintedObject_isOneArticleNamedByTheFile() throws IngestException {
        RecordingListener read = RecordingListener.read("json/single-record-pretty-printed.json");

        assertThat(read.articles()).singleElement().satisfies(article -> {
            assertThat(article.source()).endsWith("single-record-pretty-printed.json");
            assertThat(article.title()).startsWith("SDUT Signs");
        });
    }

    @Test
    void read_arrayBrokenHalfway_failsAtTheBreakKeepingTheRecordsBefore(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("export.json"),
                "[{\"title\": \"One\", \"text\": \"First article text.\"},\n{\"title\": \"Two\", \"text\": ");
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> Readers.standard().read(broken, listener)).isInstanceOf(IngestException.class)
                .hasMessageContaining("export.json").hasMessageContaining("malformed JSON at line 2");
        assertThat(listener.articles()).extracting(Article::title).containsExactly("One");
    }
}
