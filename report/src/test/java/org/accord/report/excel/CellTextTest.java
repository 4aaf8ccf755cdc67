package org.accord.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Peng Cheng Laboratory", "中国电信", "2019-03-22", " =1", "a=b", "‒1", ""})
    void looksLikeFormula_ordinaryText_isFalse(String text) {
        assertThat(CellText.looksLikeFormula(text)).isFalse();
    }

    @Test
    void fitted_shortText_isUnchanged() {
        String text = "x".repeat(CellText.MAX_LENGTH);

        assertThat(CellText.fitted(text)).isSameAs(text);
    }

    @Test
    void fitted_cutAtSurrogatePair_keepsPairWhole() {
        // 𠀀 (U+20000) takes two chars; place one so that the cut would fall between its halves.
        String text = "x".repeat(CellText.MAX_LENGTH - 2) + "𠀀" + "y".repeat(10);

        String fitted = CellText.fitted(text);

        assertThat(fitted).hasSizeLessThanOrEqualTo(CellText.MAX_LENGTH).endsWith("x…");
        assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - 2))).isFalse();
    }
}
