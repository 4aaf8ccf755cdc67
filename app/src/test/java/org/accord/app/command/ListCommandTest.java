package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.core.model.Article;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.store.AgreementStore;
import org.accord.store.ArticleMentions;
import org.accord.store.StoreException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord list} on a store built by hand, so that its output does not depend on extraction. */
class ListCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path store;

    private static ArticleMentions article(String source, LocalDate published, @Nullable String place,
            @Nullable LocalDate signed, String field, String... parties) {
        String sentence = String.join(" and ", parties) + " signed an agreement.";
        Article article = new Article(source, null, "Title of " + source, Language.ENGLISH, published, sentence);
        Evidence evidence = new Evidence(sentence, 0, sentence.length());
        List<Fact<Organisation>> partyFacts = new ArrayList<>();
        for (String party : parties) {
            partyFacts.add(new Fact<>(Organisation.named(party), evidence));
        }
        Mention mention = new Mention(article.toSource(), new Fact<>("战略合作协议", evidence), partyFacts,
                signed == null ? null : new Fact<>(SigningDate.ofDay(signed), evidence),
                place == null ? null : new Fact<>(place, evidence), List.of(), List.of(new Fact<>(field, evidence)),
                List.of(), List.of());
        return new ArticleMentions(article, List.of(mention));
    }

    @BeforeEach
    void storeWithThreeAgreements() throws StoreException {
        store = temp.resolve("out").resolve("accord.db");
        try (AgreementStore agreementStore = AgreementStore.open(store)) {
            agreementStore.add(List.of(
                    article("a/telecom.txt", LocalDate.of(2021, 12, 17), "视频会议", LocalDate.of(2021, 12, 15),
                            "人工智能科技创新", "中国电信", "上海人工智能实验室"),
                    article("b/telecom-again.txt", LocalDate.of(2021, 12, 18), null, LocalDate.of(2021, 12, 15),
                            "人工智能", "中国电信", "上海人工智能实验室"),
                    article("c/pcl.txt", LocalDate.of(2019, 4, 2), "Shenzhen", LocalDate.of(2019, 3, 22),
                            "artificial intelligence", "Peng Cheng Laboratory", "Dalian University of Technology"),
                    article("d/undated.txt", LocalDate.of(2022, 2, 8), null, null, "robotics",
                            "Alpha University", "Beta Laboratory")));
        }
    }

    @Test
    void list_table_printsAnAlignedRowPerAgreementByDate() {
        Execution execution = Execution.of("list", "--store", store.toString());

        assertThat(execution.exitCode()).as(execution.err()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out().lines()).containsExactly(
                "DATE        PARTIES                                                 PLACE     KIND          SOURCES",
                "2019-03-22  Peng Cheng Laboratory; Dalian University of Technology  Shenzhen  战略合作协议  1",
                "2021-12-15  中国电信; 上海人工智能实验室                            视频会议  战略合作协议  2",
                "-           Alpha University; Beta Laboratory                       -         战略合作协议  1");
    }

    @Test
    void list_table_reportsTheCountOnStderr() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--month", "2021-12");

        assertThat(execution.err()).isEqualTo("accord list: 1 of 3 agreements in " + store + "\n");
    }

    @Test
    void list_json_printsOneRecordPerAgreementWithItsSources() throws IOException {
        Execution execution = Execution.of("list", "--store", store.toString(), "--format", "json");

        List<String> lines = execution.out().lines().toList();
        assertThat(lines).hasSize(3);
        JsonNode telecom = JSON.readTree(lines.get(1));
        List<String> fields = new ArrayList<>();
        telecom.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "kind", "parties", "party_countries", "signed_on", "location",
                "attendees", "fields", "principles", "commitments", "sources", "provenance");
        assertThat(telecom.at("/provenance/signed_on/1").asText()).isEqualTo("b/telecom-again.txt");
        assertThat(telecom.at("/provenance/location/0").asText()).isEqualTo("a/telecom.txt");
        assertThat(telecom.at("/provenance/location").size()).isEqualTo(1);
        assertThat(telecom.at("/provenance/fields/人工智能/0").asText()).isEqualTo("b/telecom-again.txt");
        assertThat(telecom.at("/provenance/parties/中国电信").size()).isEqualTo(2);
        assertThat(telecom.get("party_countries").get("中国电信").asText()).isEqualTo("CN");
        assertThat(telecom.get("id").asText()).isEqualTo("2021-12-15-中国电信-上海人工智能实验室");
        assertThat(telecom.get("signed_on").asText()).isEqualTo("2021-12-15");
        assertThat(telecom.get("sources").findValuesAsText("source"))
                .containsExactly("a/telecom.txt", "b/telecom-again.txt");
    }

    @Test
    void list_month_printsTheAgreementsSignedThen() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--month", "2019-03");

        assertThat(execution.out().lines()).hasSize(2).last().asString().startsWith("2019-03-22  Peng Cheng");
    }

    @Test
    void list_monthOfPublication_findsAnUndatedAgreement() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--month", "2022-02");

        assertThat(execution.out().lines()).hasSize(2).last().asString().startsWith("- ").contains("Alpha University");
    }

    @Test
    void list_party_printsTheAgreementsWithThatParty() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--party", "the dalian UNIVERSITY "
                + "of technology", "--format", "json");

        assertThat(execution.out().lines()).singleElement().asString().contains("\"Peng Cheng Laboratory\"");
    }

    @Test
    void list_field_printsTheAgreementsWithAFieldContainingIt() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--field", "人工智能");

        assertThat(execution.out().lines()).hasSize(2).last().asString().startsWith("2021-12-15  中国电信");
    }

    @Test
    void list_country_printsTheAgreementsWithAPartyOfThatCountry() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--country", "cn");

        assertThat(execution.out().lines()).hasSize(3).contains(
                "2019-03-22  Peng Cheng Laboratory; Dalian University of Technology  Shenzhen  战略合作协议  1");
    }

    @Test
    void list_countryOfTheUsersOwnRegistry_findsTheirOrganisations() throws IOException {
        Path registry = Files.writeString(temp.resolve("partners.txt"), "@country FR\nAlpha University | Université "
                + "Alpha\n");

        Execution execution = Execution.of("list", "--store", store.toString(), "--country", "FR",
                "--organisations", registry.toString());

        assertThat(execution.out().lines()).hasSize(2).last().asString().contains("Alpha University");
    }

    @Test
    void list_json_showsWhereTheArticlesDisagreeAndWhichRuleChose() throws IOException, StoreException {
        try (AgreementStore agreementStore = AgreementStore.open(store)) {
            agreementStore.add(List.of(
                    article("e/first.txt", LocalDate.of(2019, 3, 23), "Dalian", LocalDate.of(2019, 3, 22),
                            "artificial intelligence", "Peng Cheng Laboratory", "Dalian University of Technology")));
        }

        Execution execution = Execution.of("list", "--store", store.toString(), "--party", "Peng Cheng Laboratory",
                "--format", "json");

        JsonNode pcl = JSON.readTree(execution.out().lines().findFirst().orElseThrow());
        assertThat(pcl.get("location").asText()).isEqualTo("Dalian");
        JsonNode disagreement = pcl.get("disagreements").get(0);
        assertThat(disagreement.get("field").asText()).isEqualTo("location");
        assertThat(disagreement.get("rule").asText()).isEqualTo("first_published");
        assertThat(disagreement.get("values").findValuesAsText("value")).containsExactly("Dalian", "Shenzhen");
        assertThat(disagreement.get("values").get(1).get("sources").get(0).asText()).isEqualTo("c/pcl.txt");
    }

    @Test
    void list_badCountry_exitsTwoNamingTheValue() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--country", "China");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("China");
    }

    @Test
    void list_out_readsTheStoreOfThatFolder() {
        Execution execution = Execution.of("list", "--out", store.getParent().toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out().lines()).hasSize(4);
    }

    @Test
    void list_missingStore_exitsTwoNamingItAndCreatesNothing() {
        Path missing = temp.resolve("missing.db");

        Execution execution = Execution.of("list", "--store", missing.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("accord list: store (" + missing + ") does not exist");
        assertThat(missing).doesNotExist();
    }

    @Test
    void list_storeAndOut_exitsTwo() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--out", temp.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("mutually exclusive");
    }

    @Test
    void list_noStoreOrOut_exitsTwo() {
        Execution execution = Execution.of("list");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("Missing required argument");
    }

    @Test
    void list_badMonth_exitsTwoNamingTheValue() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--month", "2021-13");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--month", "2021-13");
    }

    @Test
    void list_partyWithoutLetters_exitsTwoNamingTheValue() {
        Execution execution = Execution.of("list", "--store", store.toString(), "--party", "—");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void list_storeInUseByARun_exitsFourNamingTheFile() throws StoreException {
        try (AgreementStore running = AgreementStore.open(store)) {
            Execution execution = Execution.of("list", "--store", store.toString());

            assertThat(execution.exitCode()).isEqualTo(ExitCodes.STORE_IN_USE);
            assertThat(execution.err()).isEqualTo("accord list: store (" + store + ") is in use by another Accord "
                    + "run; try again when it has finished\n");
            assertThat(execution.out()).isEmpty();
        }
    }

    @Test
    void list_fileThatIsNotAStore_exitsTwo() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.db"), "plain text, not a database\n".repeat(30));

        Execution execution = Execution.of("list", "--store", text.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("store (" + text + ") is not an Accord store");
    }
}
