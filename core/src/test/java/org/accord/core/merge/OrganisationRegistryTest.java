package org.accord.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.accord.core.model.Organisation;
import org.junit.jupiter.api.Test;

class OrganisationRegistryTest {

    @Test
    void standard_knowsAUniversityInBothScriptsAndInEnglish() {
        OrganisationRegistry registry = OrganisationRegistry.standard();

        assertThat(registry.sameOrganisation(Organisation.named("澳門大學"), Organisation.named("University of Macau")))
                .isTrue();
        assertThat(registry.sameOrganisation(Organisation.named("澳门大学"), Organisation.named("UM"))).isTrue();
        assertThat(registry.usualName("鹏城实验室")).contains("Peng Cheng Laboratory");
    }

    @Test
    void sameOrganisation_twoDifferentEntries_isFalse() {
        assertThat(OrganisationRegistry.standard().sameOrganisation(Organisation.named("University of Macau"),
                Organisation.named("University of Lisbon"))).isFalse();
    }

    @Test
    void sameOrganisation_nameNotListed_isFalse() {
        assertThat(OrganisationRegistry.standard().sameOrganisation(Organisation.named("Alpha Institute"),
                Organisation.named("Alpha Institute of Things"))).isFalse();
    }

    @Test
    void parse_userFile_extendsTheBundledOne() throws IOException {
        OrganisationRegistry user = OrganisationRegistry.parse(new StringReader(
                "# our partners\nAlpha Institute | 阿尔法研究院 | AI2\n"), "mine.txt");

        OrganisationRegistry both = OrganisationRegistry.standard().with(user);

        assertThat(both.size()).isEqualTo(OrganisationRegistry.standard().size() + 1);
        assertThat(both.sameOrganisation(Organisation.named("阿尔法研究院"), Organisation.named("alpha institute")))
                .isTrue();
    }

    @Test
    void parse_lineWithOneName_failsNamingTheFileAndTheLine() {
        assertThatThrownBy(() -> OrganisationRegistry.parse(new StringReader("Alpha | Beta\nGamma\n"), "mine.txt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mine.txt line 2")
                .hasMessageContaining("Gamma");
    }

    @Test
    void countryOf_bundledUniversity_isItsCountryByAnyName() {
        OrganisationRegistry registry = OrganisationRegistry.standard();

        assertThat(registry.countryOf(Organisation.named("澳門大學"))).contains("MO");
        assertThat(registry.countryOf(Organisation.named("Dalian University of Technology"))).contains("CN");
        assertThat(registry.countryOf(Organisation.named("Universidade de Coimbra"))).contains("PT");
        assertThat(registry.countryOf(Organisation.named("Alpha Institute"))).isEmpty();
    }

    @Test
    void countryOf_followsTheLastCountryLineAndDashResetsIt() throws IOException {
        OrganisationRegistry registry = OrganisationRegistry.parse(new StringReader("""
                Before | 之前
                @country FR
                Alpha Institute | Institut Alpha
                @country -
                Beta Lab | 贝塔实验室
                """), "mine.txt");

        assertThat(registry.countryOf(Organisation.named("Before"))).isEmpty();
        assertThat(registry.countryOf(Organisation.named("Institut Alpha"))).contains("FR");
        assertThat(registry.countryOf(Organisation.named("Beta Lab"))).isEmpty();
    }

    @Test
    void with_userEntrySharingAName_addsItsNamesAndCountryToTheBundledOrganisation() throws IOException {
        OrganisationRegistry both = OrganisationRegistry.standard().with(OrganisationRegistry.parse(
                new StringReader("@country NL\nAirbus | Airbus SE | 空中客车公司\n"), "mine.txt"));

        assertThat(both.sameOrganisation(Organisation.named("空中客车公司"), Organisation.named("空客"))).isTrue();
        assertThat(both.countryOf(Organisation.named("空客"))).contains("NL");
    }

    @Test
    void parse_badCountryLine_namesTheFileAndTheLine() {
        assertThatThrownBy(() -> OrganisationRegistry.parse(new StringReader("@country France\n"), "mine.txt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mine.txt line 1");
    }
}
