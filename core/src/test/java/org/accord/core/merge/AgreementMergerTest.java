package org.accord.core.merge;

import static org.accord.core.merge.TestMentions.mention;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.Source;
import org.junit.jupiter.api.Test;

class AgreementMergerTest {
    private final AgreementMerger merger = new AgreementMerger();

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
    void merge_undatedMentionFittingTwoSigningsOnDifferentDays_joinsOnlyOne() {
        LocalDate day = LocalDate.of(2024, 5, 2);
        List<Agreement> agreements = merger.merge(List.of(
                mention("a.txt", day, day, "Alpha University", "Beta Laboratory"),
                mention("b.txt", day.plusDays(1), day.plusDays(1), "Alpha University", "Beta Laboratory"),
                mention("c.txt", day.plusDays(2), null, "Alpha University", "Beta Laboratory")));

        assertThat(agreements).hasSize(2);
        assertThat(agreements).extracting(a -> a.mentions().size()).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void merge_inputOrder_doesNotChangeTheResult() {
        LocalDate day = LocalDate.of(2021, 12, 15);
        Mention a = mention("a.txt", day, day, "中国电信", "上海人工智能实验室");
        Mention b = mention("b.txt", day, day, "上海人工智能实验室", "中国电信");
        Mention c = mention("c.txt", day, day, "Alpha University", "Beta Group");

        assertThat(merger.merge(List.of(a, b, c))).isEqualTo(merger.merge(List.of(c, b, a)));
    }

    private static Mention withKind(Mention mention, String kind) {
        return new Mention(mention.source(), new Fact<>(kind, new Evidence("s", 0, 1)), mention.parties(),
                mention.signedOn(), mention.location(), mention.attendees(), mention.fields(), mention.principles(),
                mention.commitments());
    }

    @Test
    void merge_mentionFittingTwoSigningsOfOneArticle_joinsTheOneOfTheSameKindOnly() {
        LocalDate day = LocalDate.of(2011, 6, 20);
        Mention global = withKind(mention("a.html", day, day, "荷兰皇家壳牌有限公司", "中国石油天然气集团公司"), "全球合作协议");
        Mention venture = withKind(mention("a.html", day, day, "荷兰皇家壳牌有限公司", "中国石油天然气集团公司"), "股东协议");
        Mention report = withKind(mention("b.html", day.plusDays(3), null, "中国石油天然气集团公司", "荷兰皇家壳牌有限公司"),
                "全球性合作协议");

        List<Agreement> agreements = merger.merge(List.of(venture, report, global));

        assertThat(agreements).hasSize(2);
        assertThat(agreements).filteredOn(a -> a.mentions().size() == 2).singleElement()
                .satisfies(a -> assertThat(a.mentions()).contains(global, report));
    }

    @Test
    void merge_manyMentions_findsEveryPairTheNameRulesAllow() {
        // The candidate index must lose no pair that comparing every mention with every other would find.
        LocalDate day = LocalDate.of(2024, 1, 10);
        List<String> names = List.of("Dalian University of Technology", "DUT", "大连理工大学", "University of Technology",
                "湖北省人民政府", "省政府", "Peng Cheng Laboratory", "鹏城实验室", "the Peng Cheng Laboratory", "Cheng Lab",
                "Shanghai AI Laboratory", "上海人工智能实验室", "人工智能实验室", "Laboratory");
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                if (i != j) {
                    mentions.add(mention("m" + i + "-" + j + ".txt", day, null, names.get(i), names.get(j)));
                }
            }
        }
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            for (int j = i + 1; j < mentions.size(); j++) {
                if (merger.sameSigning(mentions.get(i), mentions.get(j))) {
                    expected.add(pair(mentions.get(i), mentions.get(j)));
                }
            }
        }
        List<Mention> ordered = mentions.stream().sorted(java.util.Comparator.comparing(m -> m.source().source()))
                .toList();
        java.util.Set<String> found = new java.util.TreeSet<>();
        for (int[] p : new CandidatePairs(OrganisationRegistry.standard()).of(ordered)) {
            if (merger.sameSigning(ordered.get(p[0]), ordered.get(p[1]))) {
                found.add(pair(ordered.get(p[0]), ordered.get(p[1])));
            }
        }

        assertThat(expected).hasSizeGreaterThan(50);
        assertThat(found).containsExactlyElementsOf(expected);
    }

    private static String pair(Mention x, Mention y) {
        String a = x.source().source();
        String b = y.source().source();
        return a.compareTo(b) < 0 ? a + " " + b : b + " " + a;
    }
}
