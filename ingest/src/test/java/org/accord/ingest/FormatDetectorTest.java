package org.accord.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {
    private final FormatDetector detector = new FormatDetector();

    private Format detect(String name, String content) {
        return detector.detect(new RawDocument(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void detect_frontMatterInTxtFile_isMarkdownByContent() {
        assertThat(detect("post.txt", "---\ntitle: x\n---\n<p>body</p>")).isEqualTo(Format.MARKDOWN);
    }

    @Test
    void detect_htmlInTxtFile_isHtmlByContent() {
        assertThat(detect("page.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>")).isEqualTo(Format.HTML);
    }

    @Test
    void detect_plainTextNamedMd_isMarkdownByName() {
        assertThat(detect("note.md", "# Title\n\nText")).isEqualTo(Format.MARKDOWN);
    }

    @Test
    void detect_plainText_isPlainText() {
        assertThat(detect("page.html.txt", "Headline\n\nApr 2, 2019\n\nText")).isEqualTo(Format.PLAIN_TEXT);
    }

    @Test
    void detect_jsonLinesInTxtFile_isJsonByContent() {
        assertThat(detect("export.txt", "{\"title\": \"x\", \"text\": \"y\"}\n")).isEqualTo(Format.JSON);
    }

    @Test
    void detect_textStartingWithABracket_isNotJson() {
        assertThat(detect("page.txt", "[Photo] Headline\n\nText")).isEqualTo(Format.PLAIN_TEXT);
    }

    @Test
    void detect_rssWithDoctypeNamedHtml_isFeedByContent() {
        assertThat(detect("news.html", "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"b\">]>\n"
                + "<rss version=\"2.0\">"
                + "<channel><item><description><![CDATA[<p>x</p>]]></description></item></channel></rss>"))
                .isEqualTo(Format.FEED);
    }

    @Test
    void detect_atomFeed_isFeed() {
        assertThat(detect("feed", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"))
                .isEqualTo(Format.FEED);
    }

    @Test
    void detect_xhtmlPageWithXmlDeclaration_isHtml() {
        assertThat(detect("page.xml", "<?xml version=\"1.0\"?><!DOCTYPE html><html><body><p>x</p></body></html>"))
                .isEqualTo(Format.HTML);
    }

    @Test
    void detect_pdfMagicInTxtFile_isPdf() {
        assertThat(detect("release.txt", "%PDF-1.7\n%...")).isEqualTo(Format.PDF);
    }

    @Test
    void detect_zipMagic_isZipUnlessItHoldsWordParts() {
        assertThat(detect("bundle.bin", "PK\u0003\u0004\u0014\u0000press/a.txt")).isEqualTo(Format.ZIP);
        assertThat(detect("release.bin", "PK\u0003\u0004\u0014\u0000word/document.xml")).isEqualTo(Format.DOCX);
    }

    @Test
    void detect_warcRecord_isWarcByContent() {
        assertThat(detect("crawl.dat", "WARC/1.0\r\nWARC-Type: warcinfo\r\n")).isEqualTo(Format.WARC);
    }
}
