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

    @Test
    void in_dayTheReporterLearnedOfIt_isNoSigningDate() {
        assertThat(ChineseDates.in("6月13日，记者从甲公司获悉，双方已签署战略合作协议。",
                java.time.LocalDate.of(2011, 6, 14))).isEmpty();
    }

    @Test
    void in_dayOnWhichSomeoneToldTheReporter_isNoSigningDate() {
        assertThat(ChineseDates.in("6月13日，甲公司董秘告诉记者，这是一次新的尝试。",
                java.time.LocalDate.of(2011, 6, 14))).isEmpty();
    }

    @Test
    void in_reporterInALaterClause_leavesTheSigningDay() {
        assertThat(ChineseDates.in("6月10日，双方签署协议，记者在现场看到。", java.time.LocalDate.of(2011, 6, 14)))
                .map(org.accord.core.model.SigningDate::iso).contains("2011-06-10");
    }

    @Test
    void in_signingDayAfterTheReportersDay_isRead() {
        assertThat(ChineseDates.in("6月13日，记者获悉，双方已于6月10日签署战略合作协议。",
                java.time.LocalDate.of(2011, 6, 14))).map(org.accord.core.model.SigningDate::iso)
                .contains("2011-06-10");
    }
}
