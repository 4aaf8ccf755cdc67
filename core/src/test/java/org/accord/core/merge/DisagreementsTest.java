package org.accord.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.Disagreement;
import org.accord.core.model.Disagreement.Field;
import org.accord.core.model.Disagreement.Rule;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.accord.core.model.StatedValue;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class DisagreementsTest {
    private static final Evidence EVIDENCE = new Evidence("s", 0, 1);
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    private static Mention mention(String source, LocalDate published, @Nullable SigningDate signed,
            @Nullable String location) {
        return new Mention(new Source(source, null, "t", Language.ENGLISH, published), null,
                List.of(new Fact<>(Organisation.named("Fudan University"), EVIDENCE),
                        new Fact<>(Organisation.named("Qilu University of Technology"), EVIDENCE)),
                signed == null ? null : new Fact<>(signed, EVIDENCE),
                location == null ? null : new Fact<>(location, EVIDENCE), List.of(), List.of(), List.of(),
                List.of());
    }

    private static Agreement merged(Mention... mentions) {
        List<Agreement> agreements = new AgreementMerger().merge(List.of(mentions));
        assertThat(agreements).hasSize(1);
        return agreements.get(0);
    }

    @Test
    void of_placeStatedByMoreArticles_winsAndTheOtherIsShown() {
        Agreement agreement = merged(
                mention("a.txt", DAY, null, "Shanghai"),
                mention("b.txt", DAY, null, "Jinan"),
                mention("c.txt", DAY, null, "Jinan"));

        assertThat(agreement.location()).isEqualTo("Jinan");
        List<Disagreement> disagreements = Disagreements.of(agreement);
        assertThat(disagreements).singleElement().satisfies(d -> {
            assertThat(d.field()).isEqualTo(Field.LOCATION);
            assertThat(d.rule()).isEqualTo(Rule.MOST_ARTICLES);
            assertThat(d.values()).extracting(StatedValue::value).containsExactly("Jinan", "Shanghai");
            assertThat(d.values().get(0).sources()).extracting(Source::source).containsExactly("b.txt", "c.txt");
        });
    }

    @Test
    void of_tieBetweenPlaces_isDecidedByTheArticlePublishedFirst() {
        Agreement agreement = merged(
                mention("a.txt", DAY.plusDays(3), null, "Shanghai"),
                mention("b.txt", DAY, null, "Jinan"));

        assertThat(agreement.location()).isEqualTo("Jinan");
        assertThat(Disagreements.of(agreement)).singleElement().extracting(Disagreement::rule)
                .isEqualTo(Rule.FIRST_PUBLISHED);
    }

    @Test
    void of_tieOnEverything_isDecidedBySourceOrder() {
        Agreement agreement = merged(
                mention("b.txt", DAY, null, "Jinan"),
                mention("a.txt", DAY, null, "Shanghai"));

        assertThat(agreement.location()).isEqualTo("Shanghai");
        assertThat(Disagreements.of(agreement)).singleElement().extracting(Disagreement::rule)
                .isEqualTo(Rule.FIRST_SOURCE);
    }

    @Test
    void of_lessPreciseValues_areNoDisagreementAndTheMorePreciseIsKept() {
        Agreement agreement = merged(
                mention("a.txt", DAY, SigningDate.ofMonth(YearMonth.of(2024, 3)), "Jinan"),
                mention("b.txt", DAY, SigningDate.ofDay(DAY), "Qilu University of Technology, Jinan"),
                mention("c.txt", DAY, SigningDate.ofMonth(YearMonth.of(2024, 3)), "Jinan"));

        assertThat(agreement.signedOn()).isEqualTo(SigningDate.ofDay(DAY));
        assertThat(agreement.location()).isEqualTo("Qilu University of Technology, Jinan");
        assertThat(Disagreements.of(agreement)).isEmpty();
    }

    @Test
    void of_placesInTwoScripts_areNotComparedAndGiveNoDisagreement() {
        Agreement agreement = merged(
                mention("a.txt", DAY, null, "video conference"),
                mention("b.txt", DAY, null, "视频会议"));

        assertThat(agreement.location()).isEqualTo("video conference");
        assertThat(Disagreements.of(agreement)).isEmpty();
    }

    @Test
    void of_agreeingArticles_giveNoDisagreement() {
        Agreement agreement = merged(
                mention("a.txt", DAY, SigningDate.ofDay(DAY), "Jinan"),
                mention("b.txt", DAY, SigningDate.ofDay(DAY), "JINAN"));

        assertThat(Disagreements.of(agreement)).isEmpty();
    }

    private static Mention withKind(Mention mention, String kind) {
        return new Mention(mention.source(), new Fact<>(kind, EVIDENCE), mention.parties(), mention.signedOn(),
                mention.location(), mention.attendees(), mention.fields(), mention.principles(),
                mention.commitments());
    }

    @Test
    void of_kindsWordedAlike_areNoDisagreement() {
        Agreement agreement = merged(
                withKind(mention("a.txt", DAY, null, null), "全球合作协议"),
                withKind(mention("b.txt", DAY, null, null), "全球性合作协议"));

        assertThat(agreement.kind()).isEqualTo("全球性合作协议");
        assertThat(Disagreements.of(agreement)).isEmpty();
    }

    @Test
    void of_differentKinds_areADisagreement() {
        Agreement agreement = merged(
                withKind(mention("a.txt", DAY, null, null), "memorandum of understanding"),
                withKind(mention("b.txt", DAY, null, null), "framework agreement"));

        assertThat(Disagreements.of(agreement)).singleElement().extracting(Disagreement::field)
                .isEqualTo(Field.KIND);
    }
}
