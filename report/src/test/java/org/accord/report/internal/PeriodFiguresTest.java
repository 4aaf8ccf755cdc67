package org.accord.report.internal;

import static org.accord.report.AgreementFixtures.chinese;
import static org.accord.report.AgreementFixtures.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.report.AgreementFixtures;
import org.accord.report.CountingIterable;
import org.accord.report.Period;
import org.junit.jupiter.api.Test;

class PeriodFiguresTest {

    @Test
    void of_partnerSeenBefore_isNotNew() {
        Agreement later = AgreementFixtures.withSignedOn(english(), SigningDate.ofDay(LocalDate.of(2021, 12, 1)));
        Agreement earlier = chinese();
        Agreement again = new Agreement("again", later.kind(), later.parties(), later.signedOn(), null, List.of(),
                List.of(), List.of(), List.of(), later.mentions());
        PeriodFigures figures = PeriodFigures.of(List.of(earlier,
                AgreementFixtures.withSignedOn(english(), SigningDate.ofDay(LocalDate.of(2019, 3, 22))), again),
                Period.month(YearMonth.of(2021, 12)));

        assertThat(figures.agreements()).extracting(Agreement::id).containsExactly("again", earlier.id());
        assertThat(figures.organisations()).extracting(Organisation::name).containsExactly(
                "Peng Cheng Laboratory", "Dalian University of Technology", "中国电信", "上海人工智能实验室");
        assertThat(figures.newPartners()).extracting(Organisation::name).containsExactly("中国电信", "上海人工智能实验室");
    }

    @Test
    void of_months_coverTheMonthsBeforeAndThePeriod() {
        PeriodFigures figures = PeriodFigures.of(List.of(chinese()), Period.month(YearMonth.of(2022, 1)));

        assertThat(figures.months()).hasSize(PeriodFigures.MONTHS_BEFORE + 1);
        assertThat(figures.months().firstKey()).isEqualTo(YearMonth.of(2021, 7));
        assertThat(figures.months().get(YearMonth.of(2021, 12))).isEqualTo(1);
        assertThat(figures.agreements()).isEmpty();
    }

    @Test
    void inPeriod_agreementsInOrder_areReadAgainEachTimeNotHeld() {
        Agreement second = AgreementFixtures.withSignedOn(english(), SigningDate.ofDay(LocalDate.of(2021, 12, 20)));
        CountingIterable all = new CountingIterable(List.of(english(), chinese(), second));

        Iterable<Agreement> december = PeriodFigures.inPeriod(all, Period.month(YearMonth.of(2021, 12)));

        assertThat(december).extracting(Agreement::signedOn).extracting(SigningDate::iso)
                .containsExactly("2021-12-15", "2021-12-20");
        assertThat(december).hasSize(2);
        assertThat(all.iterations()).as("one pass to check the order, then one per iteration").isEqualTo(3);
    }

    @Test
    void inPeriod_agreementsOutOfOrder_areSortedOnce() {
        Agreement second = AgreementFixtures.withSignedOn(english(), SigningDate.ofDay(LocalDate.of(2021, 12, 20)));
        CountingIterable all = new CountingIterable(List.of(second, english(), chinese()));

        Iterable<Agreement> december = PeriodFigures.inPeriod(all, Period.month(YearMonth.of(2021, 12)));

        assertThat(december).extracting(Agreement::signedOn).extracting(SigningDate::iso)
                .containsExactly("2021-12-15", "2021-12-20");
        assertThat(december).hasSize(2);
        assertThat(all.iterations()).as("one pass to check the order, one to sort").isEqualTo(2);
    }

    @Test
    void monthlyCounts_spanFirstToLastMonthWithZeros() {
        MonthlyCounts counts = new MonthlyCounts();
        List.of(chinese(), english()).forEach(counts::add);

        assertThat(counts.spanned()).hasSize(34).containsEntry(YearMonth.of(2019, 3), 1)
                .containsEntry(YearMonth.of(2020, 6), 0).containsEntry(YearMonth.of(2021, 12), 1);
        assertThat(counts.earliest()).isEqualTo(YearMonth.of(2019, 3));
        assertThat(counts.between(YearMonth.of(2021, 11), YearMonth.of(2022, 1))).containsExactly(
                java.util.Map.entry(YearMonth.of(2021, 11), 0), java.util.Map.entry(YearMonth.of(2021, 12), 1),
                java.util.Map.entry(YearMonth.of(2022, 1), 0));
    }

    @Test
    void partnerType_ofNames_guessesTheKind() {
        assertThat(PartnerType.of("Dalian University of Technology")).isEqualTo(PartnerType.UNIVERSITY);
        assertThat(PartnerType.of("上海人工智能实验室")).isEqualTo(PartnerType.LABORATORY);
        assertThat(PartnerType.of("中国电信集团有限公司")).isEqualTo(PartnerType.COMPANY);
        assertThat(PartnerType.of("Zibo Municipal Government")).isEqualTo(PartnerType.GOVERNMENT);
        assertThat(PartnerType.of("Alpha")).isEqualTo(PartnerType.OTHER);
    }

    @Test
    void labels_period_inBothLanguages() {
        Period quarter = new Period(YearMonth.of(2021, 10), YearMonth.of(2021, 12));

        assertThat(Labels.ENGLISH.period(quarter)).isEqualTo("October 2021 – December 2021");
        assertThat(Labels.CHINESE.period(quarter)).isEqualTo("2021年10月至2021年12月");
        assertThat(quarter.fileLabel()).isEqualTo("2021-10-to-2021-12");
    }
}
