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

    @Test
    void in_dispatchDateline_isNoEventDateButTheDayRelativeWordsAreReadAgainst() {
        java.time.LocalDate published = java.time.LocalDate.of(2025, 2, 28);

        assertThat(ChineseDates.in("香港新聞網5月30日電 甲大學與乙大學簽署戰略合作協議。", published)).isEmpty();
        assertThat(ChineseDates.in("本报杭州2月27日讯 (记者 陆乐) 27日上午,甲政府与乙集团签署战略合作框架协议。",
                published)).map(org.accord.core.model.SigningDate::iso).contains("2025-02-27");
    }

    @Test
    void in_lineOfPageDetails_givesNoDate() {
        assertThat(ChineseDates.in("来源:四川日报 时间:2021-12-19 09:47:01编辑:付仁录",
                java.time.LocalDate.of(2021, 12, 19))).isEmpty();
        assertThat(ChineseDates.in("2026年1月15日 来源:华禹教育网", java.time.LocalDate.of(2026, 1, 15))).isEmpty();
    }
}
