package org.accord.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.junit.jupiter.api.Test;

class AgreementMergerTest {
    private final AgreementMerger merger = new AgreementMerger();

    private static Mention mention(String source, LocalDate published, LocalDate signed, String... parties) {
        Evidence evidence = new Evidence("s", 0, 1);
        return new Mention(new Source(source, null, "t", Language.ENGLISH, published), null,
                java.util.Arrays.stream(parties).map(p -> new Fact<>(Organisation.named(p), evidence)).toList(),
                signed == null ? null : new Fact<>(SigningDate.ofDay(signed), evidence), null, List.of(),
                List.of(), List.of(), List.of());
    }

    @Test
    void merge_sameSigningInTwoArticles_givesOneAgreementWithBothSources() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        List<Agreement> agreements = merger.merge(List.of(
                mention("b.txt", day, day, "Shanghai Jiao Tong University", "Qilu University of Technology"),
                mention("a.txt", day.plusDays(1), null, "Qilu University of Technology",
                        "The Shanghai Jiao Tong University")));

        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).sources()).extracting(Source::source).containsExactly("a.txt", "b.txt");
        assertThat(agreements.get(0).id()).isEqualTo("2024-03-01-qilu-university-of-technology-the-shanghai-jiao-tong-"
                + "university");
    }

    @Test
    void merge_sameSigningInEnglishAndChinese_givesOneAgreementThroughTheRegistry() {
        LocalDate day = LocalDate.of(2023, 5, 30);
        List<Agreement> agreements = merger.merge(List.of(
                mention("en.txt", day, null, "University of Macau", "Polytechnic Institute of Lisbon"),
                mention("zh.txt", day, null, "澳門大學", "里斯本理工學院")));

        assertThat(agreements).hasSize(1);
        assertThat(agreements.get(0).parties()).hasSize(2);
    }

    @Test
    void merge_sameUniversityWithDifferentPartners_staysTwoAgreements() {
        LocalDate day = LocalDate.of(2023, 5, 30);
        List<Agreement> agreements = merger.merge(List.of(
                mention("en.txt", day, null, "University of Macau", "University of Lisbon"),
                mention("zh.txt", day, null, "澳門大學", "里斯本理工學院")));

        assertThat(agreements).hasSize(2);
    }

    @Test
    void merge_withoutTheRegistry_namesInTwoLanguagesStayApart() {
        LocalDate day = LocalDate.of(2023, 5, 30);
        List<Agreement> agreements = new AgreementMerger(OrganisationRegistry.empty()).merge(List.of(
                mention("en.txt", day, null, "University of Macau", "Polytechnic Institute of Lisbon"),
                mention("zh.txt", day, null, "澳門大學", "里斯本理工學院")));

        assertThat(agreements).hasSize(2);
    }

    @Test
    void merge_mentionNamingOnePartyThatFitsTwoSignings_bridgesNeither() {
        LocalDate day = LocalDate.of(2023, 5, 30);
        List<Agreement> agreements = merger.merge(List.of(
                mention("a.txt", day, null, "Hebei University", "Renmin University of China"),
                mention("b.txt", day, null, "University of Macau", "University of Coimbra",
                        "Renmin University of China"),
                mention("c.txt", day, null, "Renmin University of China")));

        assertThat(agreements).hasSize(3);
    }

    @Test
    void merge_bilateralBesideTripartite_staysTwoAgreements() {
        LocalDate day = LocalDate.of(2023, 5, 30);
        List<Agreement> agreements = merger.merge(List.of(
                mention("a.txt", day, null, "University of Macau", "University of Coimbra"),
                mention("b.txt", day, null, "University of Macau", "University of Coimbra",
                        "Renmin University of China")));

        assertThat(agreements).hasSize(2);
    }

    @Test
    void merge_renewalYearsLater_staysTwoAgreements() {
        List<Agreement> agreements = merger.merge(List.of(
                mention("a.txt", null, LocalDate.of(2019, 3, 22), "Alpha University", "Beta Laboratory"),
                mention("b.txt", null, LocalDate.of(2024, 3, 22), "Alpha University", "Beta Laboratory")));

        assertThat(agreements).hasSize(2).extracting(Agreement::id).doesNotHaveDuplicates();
    }

    @Test
    void merge_twoSigningsInOneArticle_neverMerge() {
        LocalDate day = LocalDate.of(2023, 5, 30);
        List<Agreement> agreements = merger.merge(List.of(
                mention("a.txt", day, day, "University of Macau", "University of Coimbra"),
                mention("a.txt", day, day, "University of Macau", "University of Coimbra")));

        assertThat(agreements).hasSize(2).extracting(Agreement::id).doesNotHaveDuplicates();
    }

    @Test
    void merge_inputOrder_doesNotChangeTheResult() {
        LocalDate day = LocalDate.of(2021, 12, 15);
        Mention a = mention("a.txt", day, day, "中国电信", "上海人工智能实验室");
        Mention b = mention("b.txt", day, day, "上海人工智能实验室", "中国电信");
        Mention c = mention("c.txt", day, day, "Alpha University", "Beta Group");

        assertThat(merger.merge(List.of(a, b, c))).isEqualTo(merger.merge(List.of(c, b, a)));
    }
}
