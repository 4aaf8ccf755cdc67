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
}
