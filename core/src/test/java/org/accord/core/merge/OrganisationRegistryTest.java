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
}
