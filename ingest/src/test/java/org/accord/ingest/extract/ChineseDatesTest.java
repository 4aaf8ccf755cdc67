package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseDatesTest {

    @Test
    void numeral_coversTensAndUnits() {
        assertThat(ChineseDates.numeral("九")).isEqualTo(9);
        assertThat(ChineseDates.numeral("十")).isEqualTo(10);
        assertThat(ChineseDates.numeral("十二")).isEqualTo(12);
        assertThat(ChineseDates.numeral("三十")).isEqualTo(30);
        assertThat(ChineseDates.numeral("二十四")).isEqualTo(24);
    }
}
