package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.Fixtures;
import org.accord.ingest.Readers;
import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    @Test
    void detect_chineseQuotingEnglishNames_isChinese() {
        assertThat(LanguageDetector.detect("ViacomCBS旗下流媒体Paramount+将与CJ ENM的流媒体服务TVING组成独家捆绑包。"))
                .isEqualTo(Language.CHINESE);
    }

    @Test
    void isMixed_chineseQuotingEnglishNames_isNotMixed() {
        String text = "12月8日，ViacomCBS和韩国CJ ENM宣布建立新的战略合作伙伴关系。ViacomCBS旗下流媒体Paramount+将于2022年"
                + "与CJ ENM的流媒体服务TVING组成独家捆绑包，在韩国提供服务，正式登陆亚洲市场。\n\n"
                + "<http://stock.eastmoney.com/news/1611,202112082206901552.html>";

        assertThat(LanguageDetector.isMixed(text)).isFalse();
    }

    @Test
    void read_bilingualPressRelease_isMarkedMixed() throws Exception {
        Article article = Readers.standard().read(Fixtures.article("plain-text/bilingual-press-release.txt")).get(0);

        assertThat(article.mixedLanguage()).isTrue();
        assertThat(article.language()).isIn(Language.ENGLISH, Language.CHINESE);
    }

    @Test
    void read_englishPage_isNotMixed() throws Exception {
        Article article = Readers.standard().read(Fixtures.article("plain-text/news-page-with-date-line.txt")).get(0);

        assertThat(article.mixedLanguage()).isFalse();
    }
}
