package org.accord.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.accord.core.model.Agreement;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class AgreementQueryTest {
    private static final Agreement PENG_CHENG = agreement("2019-03-22-pcl-dut",
            SigningDate.ofDay(LocalDate.of(2019, 3, 22)), LocalDate.of(2019, 4, 2), List.of("artificial intelligence", "Big Data Research"),
            new Organisation("Peng Cheng Laboratory", List.of("鹏城实验室")),
            Organisation.named("Dalian University of Technology"));
    private static final Agreement TELECOM = agreement("2021-12-15-telecom",
            SigningDate.ofDay(LocalDate.of(2021, 12, 15)), LocalDate.of(2021, 12, 17), List.of("人工智能科技创新"),
            Organisation.named("中国电信"), Organisation.named("上海人工智能实验室"));
    private static final Agreement MONTH_ONLY = agreement("2021-12-telecom-macau",
            SigningDate.ofMonth(YearMonth.of(2021, 12)), LocalDate.of(2022, 1, 3), List.of(),
            Organisation.named("中国电信"), Organisation.named("University of Macau"));
    private static final Agreement UNDATED = agreement("undated-alpha-beta", null, LocalDate.of(2022, 2, 28), List.of(),
            Organisation.named("Alpha University"), Organisation.named("Beta Laboratory"));
    private static final List<Agreement> ALL = List.of(UNDATED, TELECOM, PENG_CHENG, MONTH_ONLY);

    private static Agreement agreement(String id, @Nullable SigningDate signedOn, @Nullable LocalDate published,
            List<String> fields, Organisation... parties) {
        Source source = new Source(id + ".txt", null, "t", Language.ENGLISH, published);
        Mention mention = new Mention(source, null, List.of(), null, null, List.of(), List.of(), List.of(), List.of());
        return new Agreement(id, null, List.of(parties), signedOn, null, List.of(), fields, List.of(), List.of(),
                List.of(mention));
    }

    @Test
    void apply_noCriteria_returnsEveryAgreementByDateThenIdUndatedLast() {
        assertThat(AgreementQuery.all().apply(ALL)).extracting(Agreement::id).containsExactly(
                "2019-03-22-pcl-dut", "2021-12-telecom-macau", "2021-12-15-telecom", "undated-alpha-beta");
    }

    @Test
    void apply_anyInputOrder_givesTheSameOrder() {
        assertThat(AgreementQuery.all().apply(List.of(MONTH_ONLY, PENG_CHENG, UNDATED, TELECOM)))
                .isEqualTo(AgreementQuery.all().apply(ALL));
    }

    @Test
    void withMonth_datedToTheDayOrMonth_matchesTheSigningMonth() {
        assertThat(AgreementQuery.all().withMonth(YearMonth.of(2021, 12)).apply(ALL))
                .containsExactly(MONTH_ONLY, TELECOM);
    }

    @Test
    void withMonth_datedAgreement_ignoresThePublicationMonth() {
        assertThat(AgreementQuery.all().withMonth(YearMonth.of(2022, 1)).apply(ALL)).isEmpty();
    }

    @Test
    void withMonth_undatedAgreement_matchesThePublicationMonthOfAMention() {
        assertThat(AgreementQuery.all().withMonth(YearMonth.of(2022, 2)).apply(ALL)).containsExactly(UNDATED);
    }

    @Test
    void monthsOf_undatedWithoutPublicationDate_isNoMonth() {
        Agreement unknown = agreement("undated-x", null, null, List.of(), Organisation.named("Alpha University"));

        assertThat(AgreementQuery.monthsOf(unknown)).isEmpty();
    }

    @Test
    void withParty_nameOfAParty_matchesIgnoringCaseAndALeadingThe() {
        assertThat(AgreementQuery.all().withParty("the DALIAN university of technology").apply(ALL))
                .containsExactly(PENG_CHENG);
    }

    @Test
    void withParty_alias_matches() {
        assertThat(AgreementQuery.all().withParty("鹏城实验室").apply(ALL)).containsExactly(PENG_CHENG);
    }

    @Test
    void withParty_partOfALongerName_matchesWhenLongEnough() {
        assertThat(AgreementQuery.all().withParty("Peng Cheng").apply(ALL)).containsExactly(PENG_CHENG);
        assertThat(AgreementQuery.all().withParty("Peng").apply(ALL)).isEmpty();
    }

    @Test
    void withParty_andMonth_mustMeetBoth() {
        assertThat(AgreementQuery.all().withParty("中国电信").withMonth(YearMonth.of(2021, 12)).apply(ALL))
                .containsExactly(MONTH_ONLY, TELECOM);
        assertThat(AgreementQuery.all().withParty("中国电信").withMonth(YearMonth.of(2019, 3)).apply(ALL)).isEmpty();
    }

    @Test
    void withField_wordsOfAField_matchIgnoringCaseAndPunctuation() {
        assertThat(AgreementQuery.all().withField("Artificial-Intelligence").apply(ALL)).containsExactly(PENG_CHENG);
        assertThat(AgreementQuery.all().withField("big data").apply(ALL)).containsExactly(PENG_CHENG);
    }

    @Test
    void withField_chineseCharacters_matchInsideAPhrase() {
        assertThat(AgreementQuery.all().withField("人工智能").apply(ALL)).containsExactly(TELECOM);
    }

    @Test
    void withField_partOfAWord_doesNotMatch() {
        assertThat(AgreementQuery.all().withField("intel").apply(ALL)).isEmpty();
    }

    @Test
    void withCountry_countriesUnknown_matchesNothing() {
        assertThat(AgreementQuery.all().withCountry("cn").apply(ALL)).isEmpty();
    }

    @Test
    void withCountry_countryOfAPartyKnown_matches() {
        PartyCountries countries = party -> party.name().equals("Dalian University of Technology")
                ? Optional.of("CN") : Optional.empty();

        assertThat(AgreementQuery.all().withCountry("cn").apply(ALL, countries)).containsExactly(PENG_CHENG);
    }

    @Test
    void withCountry_notTwoLetters_throwsNamingTheValue() {
        assertThatThrownBy(() -> AgreementQuery.all().withCountry("China"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("country code (China) must be two letters, such as CN");
    }

    @Test
    void withParty_noLetterOrDigit_throwsNamingTheValue() {
        assertThatThrownBy(() -> AgreementQuery.all().withParty(" - "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("party name ( - ) must contain a letter or digit");
    }

    @Test
    void with_returnsANewQueryLeavingTheOriginalUnchanged() {
        AgreementQuery all = AgreementQuery.all();
        AgreementQuery december = all.withMonth(YearMonth.of(2021, 12));

        assertThat(all.month()).isEmpty();
        assertThat(december.month()).contains(YearMonth.of(2021, 12));
        assertThat(december).isEqualTo(AgreementQuery.all().withMonth(YearMonth.of(2021, 12))).isNotEqualTo(all);
    }
}
