package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.Fixtures;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;
import org.accord.ingest.RecordingListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcArticleReaderTest {
    private static final String CRAWL = "warc/crawl-of-two-pages-with-requests-images-and-a-404.warc";

    @Test
    void read_warc_oneArticlePerHtmlResponseNamedByRecord() throws IngestException {
        RecordingListener read = RecordingListener.read(CRAWL);

        assertThat(read.articles()).extracting(Article::source)
                .containsExactly(Fixtures.article(CRAWL) + "#3", Fixtures.article(CRAWL) + "#5");
        Article english = read.articles().get(0);
        assertThat(english.title()).isEqualTo("SDUT Signs a Strategic Cooperation Agreement with SHINVA");
        assertThat(english.url()).isEqualTo("https://en.sdut.edu.cn/info/1019/2831.htm");
        assertThat(english.text()).contains("SDUT held a ceremony").doesNotContain("Copyright", "Home");
    }

    @Test
    void read_gbkResponse_isDecodedWithTheHttpCharset() throws IngestException {
        Article chinese = RecordingListener.read(CRAWL).articles().get(1);

        assertThat(chinese.language()).isEqualTo(Language.CHINESE);
        assertThat(chinese.text()).contains("中国海洋大学与青岛大学战略合作协议签约仪式在中国海洋大学崂山校区举行");
    }

    @Test
    void read_warc_skipsEveryOtherRecordWithItsReason() throws IngestException {
        RecordingListener read = RecordingListener.read(CRAWL);

        assertThat(read.skipped()).extracting(skip -> skip.source().replaceAll(".*#", "#") + " " + skip.reason())
                .containsExactly("#1 a WARC warcinfo record, not an HTML response",
                        "#2 a WARC request record, not an HTML response",
                        "#4 an HTTP response of image/png, not HTML",
                        "#6 an HTTP 404 response, not a page",
                        "#7 a WARC metadata record, not an HTML response");
        assertThat(read.failed()).isEmpty();
    }

    @Test
    void read_responseWithCharsetOnlyInItsHttpHeader_isDecodedWithIt(@TempDir Path dir)
            throws IOException, IngestException {
        byte[] body = ("<html><body><h1>Caf\u00e9 Nord signs with Z\u00fcrich Universit\u00e4t</h1>"
                + "<p>The caf\u00e9 signed a deal.</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        byte[] http = concat("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII), body);
        byte[] warc = concat(("WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + http.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), http);
        Path file = Files.write(dir.resolve("latin.warc"),
                concat(warc, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));

        Article article = RecordingListener.read(Readers.standard(), file).articles().get(0);

        assertThat(article.title()).isEqualTo("Caf\u00e9 Nord signs with Z\u00fcrich Universit\u00e4t");
    }

    @Test
    void read_bilingualPage_keepsItsMixedLanguageWithTheRecordsAddress(@TempDir Path dir)
            throws IOException, IngestException {
        String english = "The University of Macau and the University of Lisbon signed a cooperation agreement on "
                + "joint degrees, student exchange and research in law, literature and marine science.";
        String chinese = "澳門大學與里斯本大學簽署合作協議，雙方將在聯合學位、學生交流以及法學、文學和海洋科學研究等領域開展合作。";
        byte[] body = ("<html><body><h1>UM and ULisboa sign agreement</h1><p>" + english + "</p><p>" + chinese
                + "</p><p>" + english + "</p><p>" + chinese + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] http = concat("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII), body);
        byte[] warc = concat(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: <https://news.um.edu.mo/a>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), http);
        Path file = Files.write(dir.resolve("bilingual.warc"),
                concat(warc, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));

        Article article = RecordingListener.read(Readers.standard(), file).articles().get(0);

        assertThat(article.url()).isEqualTo("https://news.um.edu.mo/a");
        assertThat(article.mixedLanguage()).isTrue();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    @Test
    void read_gzippedWarc_readsTheSameArticlesAsThePlainOne() throws IngestException {
        RecordingListener plain = RecordingListener.read(CRAWL);
        RecordingListener gzipped = RecordingListener.read(CRAWL + ".gz");

        assertThat(gzipped.articles()).extracting(Article::text)
                .containsExactlyElementsOf(plain.articles().stream().map(Article::text).toList());
        assertThat(gzipped.skipped()).hasSameSizeAs(plain.skipped());
    }

    @Test
    void read_chunkedAndGzipEncodedResponses_areDecoded() throws IngestException {
        RecordingListener read = RecordingListener.read("warc/responses-chunked-and-gzip-encoded.warc");

        assertThat(read.articles()).hasSize(2);
        assertThat(read.articles().get(0).text()).contains("青岛大学党委书记胡金焱");
    }

    @Test
    void read_truncatedArchive_failsNamingItAndKeepsTheRecordsBefore() {
        RecordingListener listener = new RecordingListener();

        assertThatThrownBy(() -> Readers.standard().read(
                        Fixtures.article("warc/truncated-in-the-third-record.warc.gz"), listener))
                .isInstanceOf(IngestException.class)
                .hasMessageContaining("truncated-in-the-third-record.warc.gz: broken WARC after 2 records");
        assertThat(listener.skipped()).hasSize(2);
        assertThat(listener.articles()).isEmpty();
    }
}
