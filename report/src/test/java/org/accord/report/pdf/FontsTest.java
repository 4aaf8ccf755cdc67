package org.accord.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import org.junit.jupiter.api.Test;

class FontsTest {

    @Test
    void regular_calledTwice_returnsTheOneLoadedFont() {
        assertThat(Fonts.regular()).isSameAs(Fonts.regular());
        assertThat(Fonts.bold()).isSameAs(Fonts.bold()).isNotSameAs(Fonts.regular());
    }

    @Test
    void fonts_haveEveryCharacterTheBriefingPrintsItself() {
        // The title separator, the list bullet, and Chinese and Latin text from the articles.
        String printed = AgreementBriefing.TITLE_SEPARATOR + "• 柯瑞文上海人工智能实验室资源共享“”，。Aa0-[]:";
        for (BaseFont font : new BaseFont[] {Fonts.regular(), Fonts.bold()}) {
            assertThat(printed.codePoints().filter(c -> !font.charExists(c)).toArray())
                    .as("characters missing from %s", font.getPostscriptFontName()).isEmpty();
        }
    }

    @Test
    void fonts_areEmbeddedAsSubsets() {
        assertThat(Fonts.regular().isEmbedded()).isTrue();
        assertThat(Fonts.regular().isSubset()).isTrue();
        assertThat(Fonts.regular().getEncoding()).isEqualTo(BaseFont.IDENTITY_H);
    }
}
