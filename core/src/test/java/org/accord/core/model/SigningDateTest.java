package org.accord.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SigningDateTest {

    @Test
    void iso_followsPrecision() {
        assertThat(SigningDate.ofDay(LocalDate.of(2021, 12, 15)).iso()).isEqualTo("2021-12-15");
        assertThat(SigningDate.ofMonth(YearMonth.of(2021, 12)).iso()).isEqualTo("2021-12");
    }

    @Test
    void isCompatibleWith_monthAndDayInThatMonth_isTrue() {
        assertThat(SigningDate.ofMonth(YearMonth.of(2021, 12))
                .isCompatibleWith(SigningDate.ofDay(LocalDate.of(2021, 12, 15)))).isTrue();
        assertThat(SigningDate.ofDay(LocalDate.of(2021, 12, 14))
                .isCompatibleWith(SigningDate.ofDay(LocalDate.of(2021, 12, 15)))).isFalse();
    }

    @Test
    void constructor_monthPrecisionNotOnFirstDay_namesTheDate() {
        assertThatThrownBy(() -> new SigningDate(LocalDate.of(2021, 12, 15), DatePrecision.MONTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021-12-15");
    }

    @Test
    void evidence_offsetsNotMatchingSentence_areRejected() {
        assertThatThrownBy(() -> new Evidence("abc", 5, 7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 characters");
    }
}
