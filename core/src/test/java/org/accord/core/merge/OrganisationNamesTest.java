package org.accord.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void sameName_aPlaceAndItsGovernment_areOneParty() {
        assertThat(OrganisationNames.sameName("Rizhao City", "Rizhao Municipal People's Government")).isTrue();
        assertThat(OrganisationNames.sameName("Zibo Municipal Government", "Zibo Municipal People’s Government"))
                .isTrue();
        assertThat(OrganisationNames.sameName("Qingpu District", "Qingpu District People's Government")).isTrue();
        assertThat(OrganisationNames.sameName("Rizhao City", "Zibo City")).isFalse();
        assertThat(OrganisationNames.sameName("Shandong Province", "Shandong University")).isFalse();
    }

    @Test
    void key_keepsLettersAndDigitsInLowerCaseWithoutALeadingThe() {
        assertThat(OrganisationNames.key("The  Hong Kong Polytechnic University (PolyU)")).isEqualTo(
                "hongkongpolytechnicuniversitypolyu");
        assertThat(OrganisationNames.key("Theory Lab 2")).isEqualTo("theorylab2");
        assertThat(OrganisationNames.key("the")).isEqualTo("the");
        assertThat(OrganisationNames.key("ＡＢＣ，上海①研究院")).isEqualTo("abc上海1研究院");
    }

    @Test
    void sameName_ignoresCaseLeadingTheAndPunctuation() {
        assertThat(OrganisationNames.sameName("The Hong Kong Polytechnic University", "hong kong polytechnic "
                + "university.")).isTrue();
    }

    @Test
    void sameName_longContainedNameMatches() {
        assertThat(OrganisationNames.sameName("上海人工智能实验室", "人工智能实验室")).isTrue();
    }

    @Test
    void sameName_shortContainedNameDoesNotMatch() {
        assertThat(OrganisationNames.sameName("UM", "Umbrella Group")).isFalse();
        assertThat(OrganisationNames.sameName("电信", "中国电信")).isFalse();
    }

    @Test
    void sameName_levelAndBodyAtTheEndOfAGovernmentsName_matches() {
        assertThat(OrganisationNames.sameName("省政府", "湖北省政府")).isTrue();
        assertThat(OrganisationNames.sameName("市政府", "湖北省政府")).isFalse();
        assertThat(OrganisationNames.sameName("研究院", "中国电子研究院")).isFalse();
    }
}
