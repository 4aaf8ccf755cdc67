package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.accord.core.model.SigningDate;
import org.junit.jupiter.api.Test;

class EventDatesTest {

    @Test
    void day_withoutYear_takesPublicationYear() {
        assertThat(EventDates.day(null, 3, 22, LocalDate.of(2019, 4, 2)))
                .contains(SigningDate.ofDay(LocalDate.of(2019, 3, 22)));
    }

    @Test
    void day_withoutYearAcrossNewYear_takesPreviousYear() {
        assertThat(EventDates.day(null, 12, 28, LocalDate.of(2022, 1, 3)))
                .contains(SigningDate.ofDay(LocalDate.of(2021, 12, 28)));
    }

    @Test
    void day_withoutYearOrPublicationDate_isUnknown() {
        assertThat(EventDates.day(null, 7, 3, null)).isEmpty();
    }

    @Test
    void day_impossibleDate_isUnknown() {
        assertThat(EventDates.day(2021, 2, 30, null)).isEmpty();
    }

    @Test
    void chineseDate_monthDay_resolvesAgainstPublication() {
        assertThat(new ChineseRules(SigningCues.substrings("zh")).date("12月15日，双方举行签约仪式。", LocalDate.of(2021, 12, 17)))
                .contains(SigningDate.ofDay(LocalDate.of(2021, 12, 15)));
    }

    @Test
    void englishDate_yesterday_isTheDayBeforePublication() {
        assertThat(new EnglishRules(SigningCues.words("en")).date("The agreement was signed yesterday.", LocalDate.of(2024, 5, 29)))
                .contains(SigningDate.ofDay(LocalDate.of(2024, 5, 28)));
    }
}
