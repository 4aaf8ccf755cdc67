package org.accord.store;

import static org.accord.store.TestArticles.NOTHING;
import static org.accord.store.TestArticles.PCL_ENGLISH;
import static org.accord.store.TestArticles.PCL_PARTNER;
import static org.accord.store.TestArticles.TELECOM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.List;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Agreement;
import org.accord.core.model.Source;
import org.accord.core.query.AgreementQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementStoreTest {
    @TempDir
    Path temp;

    private Path file() {
        return temp.resolve("out").resolve("accord.db");
    }

    private StoreUpdate add(Path file, ArticleMentions... articles) throws StoreException {
        try (AgreementStore store = AgreementStore.open(file)) {
            return store.add(List.of(articles));
        }
    }

    private List<Agreement> agreements(Path file) throws StoreException {
        try (AgreementStore store = AgreementStore.openExisting(file)) {
            return store.agreements();
        }
    }

    @Test
    void open_missingFile_createsItAndItsFolderAtTheLatestSchema() throws Exception {
        try (AgreementStore store = AgreementStore.open(file())) {
            assertThat(store.agreements()).isEmpty();
        }

        assertThat(file()).isRegularFile();
        assertThat(StoreDump.of(file())).filteredOn(line -> line.startsWith("schema_version"))
                .hasSize(AgreementStore.schemaVersion());
    }

    @Test
    void add_thenReopen_givesBackWhatTheMergerMakesOfTheMentions() throws Exception {
        add(file(), PCL_ENGLISH, TELECOM, NOTHING);

        assertThat(agreements(file()))
                .isEqualTo(new AgreementMerger().merge(TestArticles.mentions(PCL_ENGLISH, TELECOM)));
    }

    @Test
    void add_thenReopen_keepsEveryValueWithItsEvidence() throws Exception {
        add(file(), PCL_ENGLISH);

        assertThat(agreements(file()).get(0).mentions()).containsExactlyElementsOf(PCL_ENGLISH.mentions());
    }

    @Test
    void add_newArticles_countsThemAndTheirAgreements() throws Exception {
        StoreUpdate update = add(file(), PCL_ENGLISH, TELECOM, NOTHING);

        assertThat(update).isEqualTo(new StoreUpdate(3, 0, 2, 2, 0));
    }

    @Test
    void add_sameArticlesAgain_changesNothing() throws Exception {
        add(file(), PCL_ENGLISH, TELECOM, NOTHING);
        List<String> before = StoreDump.of(file());

        StoreUpdate update = add(file(), TELECOM, NOTHING, PCL_ENGLISH);

        assertThat(update).isEqualTo(new StoreUpdate(0, 3, 2, 0, 0));
        assertThat(StoreDump.of(file())).isEqualTo(before);
    }

    @Test
    void add_sameArticleTwiceInOneCall_keepsItOnce() throws Exception {
        StoreUpdate update = add(file(), TELECOM, TELECOM);

        assertThat(update.articlesAdded()).isEqualTo(1);
        assertThat(update.articlesKnown()).isEqualTo(1);
        assertThat(agreements(file())).singleElement().satisfies(a -> assertThat(a.mentions()).hasSize(1));
    }

    @Test
    void add_newArticleAboutAKnownSigning_addsASourceAndKeepsTheId() throws Exception {
        add(file(), PCL_ENGLISH);
        String id = agreements(file()).get(0).id();

        StoreUpdate update = add(file(), PCL_PARTNER);

        assertThat(update).isEqualTo(new StoreUpdate(1, 0, 1, 0, 1));
        Agreement agreement = agreements(file()).get(0);
        assertThat(agreement.id()).isEqualTo(id);
        assertThat(agreement.sources()).extracting(Source::source)
                .containsExactly("news/dut-news.txt", "news/pcl-dut.txt");
    }

    @Test
    void add_sameRunsOnTwoStores_giveTheSameContent() throws Exception {
        Path first = temp.resolve("first.db");
        Path second = temp.resolve("second.db");
        for (Path file : List.of(first, second)) {
            add(file, TELECOM, PCL_PARTNER);
            add(file, PCL_ENGLISH);
        }

        assertThat(StoreDump.of(second)).isEqualTo(StoreDump.of(first));
    }

    @Test
    void add_articleThatDatesAStoredUndatedSigning_keepsTheStoredId() throws Exception {
        add(file(), PCL_PARTNER);

        add(file(), PCL_ENGLISH);

        Agreement agreement = agreements(file()).get(0);
        assertThat(agreement.id()).isEqualTo("undated-dalian-university-of-technology-peng-cheng-laboratory");
        assertThat(agreement.signedOn()).hasToString("2019-03-22");
    }

    @Test
    void add_newSigningWhoseIdAStoredAgreementHas_getsASuffix() throws Exception {
        add(file(), PCL_PARTNER);
        ArticleMentions renewal = TestArticles.signing("news/renewal.txt", java.time.LocalDate.of(2024, 5, 2), null,
                "Dalian University of Technology", "Peng Cheng Laboratory");

        add(file(), renewal);

        assertThat(agreements(file())).extracting(Agreement::id).containsExactly(
                "undated-dalian-university-of-technology-peng-cheng-laboratory",
                "undated-dalian-university-of-technology-peng-cheng-laboratory-2");
    }

    @Test
    void add_failurePartWay_leavesTheStoreAsItWasAndUsable() throws Exception {
        add(file(), TELECOM);
        List<String> before = StoreDump.of(file());
        String second = MentionTables.contentHash(PCL_PARTNER.article());
        AgreementStore.WriteProbe failOnSecond = hash -> {
            if (hash.equals(second)) {
                throw new IllegalStateException("simulated failure after writing " + hash);
            }
        };

        try (AgreementStore store = AgreementStore.open(file(), new AgreementMerger(), failOnSecond)) {
            assertThatThrownBy(() -> store.add(List.of(PCL_ENGLISH, PCL_PARTNER)))
                    .isInstanceOf(IllegalStateException.class);
        }

        assertThat(StoreDump.of(file())).isEqualTo(before);
        assertThat(add(file(), PCL_ENGLISH).articlesAdded()).isEqualTo(1);
    }

    @Test
    void open_whileOpen_isRefusedNamingTheFile() throws Exception {
        try (AgreementStore first = AgreementStore.open(file())) {
            assertThatThrownBy(() -> AgreementStore.open(file()))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.IN_USE))
                    .hasMessage("store (" + file() + ") is in use by another Accord run; try again when it has "
                            + "finished");
        }
    }

    @Test
    void open_whileAnotherConnectionReads_isRefused() throws Exception {
        add(file(), TELECOM);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement statement = other.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");

            assertThatThrownBy(() -> AgreementStore.open(file())).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.IN_USE));
        }
    }

    @Test
    void open_afterTheOtherIsClosed_succeeds() throws Exception {
        AgreementStore.open(file()).close();

        try (AgreementStore again = AgreementStore.open(file())) {
            assertThat(again.articleCount()).isZero();
        }
    }

    @Test
    void open_folder_isUnusableNamingIt() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("folder"));

        assertThatThrownBy(() -> AgreementStore.open(folder))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.UNUSABLE))
                .hasMessage("store (" + folder + ") is a folder, not a file");
    }

    @Test
    void open_textFile_isUnusableAndLeftAlone() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.txt"), "not a database, just some words\n".repeat(40));

        assertThatThrownBy(() -> AgreementStore.open(text))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.UNUSABLE))
                .hasMessageStartingWith("store (" + text + ") is not an Accord store");
        assertThat(text).hasContent("not a database, just some words\n".repeat(40).stripTrailing());
    }

    @Test
    void open_someOtherSqliteDatabase_isUnusable() throws SQLException {
        Path other = temp.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE customers (name TEXT)");
        }

        assertThatThrownBy(() -> AgreementStore.open(other))
                .isInstanceOf(StoreException.class)
                .hasMessage("store (" + other + ") is not an Accord store: it holds 1 tables but no schema_version");
    }

    @Test
    void openExisting_missingFile_isUnusableAndCreatesNothing() {
        assertThatThrownBy(() -> AgreementStore.openExisting(file()))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.UNUSABLE))
                .hasMessage("store (" + file() + ") does not exist");
        assertThat(file()).doesNotExist();
    }

    @Test
    void agreements_query_isAppliedToTheStoredAgreements() throws Exception {
        add(file(), PCL_ENGLISH, TELECOM);

        try (AgreementStore store = AgreementStore.openExisting(file())) {
            assertThat(store.agreements(AgreementQuery.all().withMonth(YearMonth.of(2021, 12))))
                    .extracting(Agreement::id).containsExactly("2021-12-15-中国电信-上海人工智能实验室");
        }
    }

    @Test
    void add_writesTheMergedAgreementsForSqlReaders() throws Exception {
        add(file(), PCL_ENGLISH, PCL_PARTNER);

        assertThat(StoreDump.of(file())).filteredOn(line -> line.startsWith("agreement |")).containsExactly(
                "agreement | 2019-03-22-dalian-university-of-technology-peng-cheng-laboratory | strategic cooperation "
                        + "agreement | 2019-03-22 | Shenzhen | Dalian University of Technology; Peng Cheng Laboratory "
                        + "| 2");
    }

    /** The signing of {@code TestArticles.signing}, its first party also known by another name. */
    private static ArticleMentions withAlias(ArticleMentions entry, String alias) {
        org.accord.core.model.Mention m = entry.mentions().get(0);
        List<org.accord.core.model.Fact<org.accord.core.model.Organisation>> parties = new java.util.ArrayList<>(
                m.parties());
        org.accord.core.model.Fact<org.accord.core.model.Organisation> first = parties.get(0);
        parties.set(0, new org.accord.core.model.Fact<>(new org.accord.core.model.Organisation(first.value().name(),
                List.of(alias)), first.evidence()));
        return new ArticleMentions(entry.article(), List.of(new org.accord.core.model.Mention(m.source(), m.kind(),
                parties, m.signedOn(), m.location(), m.attendees(), m.fields(), m.principles(), m.commitments())));
    }

    @Test
    void add_articleShowingTwoStoredAgreementsAreOne_keepsTheFirstIdAndNotesTheOther() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.of(2024, 5, 2);
        add(file(), TestArticles.signing("news/en.txt", day, day, "Alpha Institute", "Beta Laboratory"),
                TestArticles.signing("news/zh.txt", day, day, "阿尔法研究院", "Beta Laboratory"));
        assertThat(agreements(file())).hasSize(2);

        add(file(), withAlias(TestArticles.signing("news/both.txt", day, day, "Alpha Institute", "Beta Laboratory"),
                "阿尔法研究院"));

        try (AgreementStore store = AgreementStore.openExisting(file())) {
            assertThat(store.agreements()).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo("2024-05-02-alpha-institute-beta-laboratory");
                assertThat(a.sources()).hasSize(3);
            });
            assertThat(store.formerIds()).containsExactly(java.util.Map.entry(
                    "2024-05-02-alpha-institute-beta-laboratory", List.of("2024-05-02-阿尔法研究院-beta-laboratory")));
        }
    }

    /** One article a day from 1 January 2020, each a signing of another Alpha Institute with Beta Laboratory. */
    private static List<ArticleMentions> signingsOnConsecutiveDays(int count) {
        List<ArticleMentions> articles = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1).plusDays(i);
            articles.add(TestArticles.signing("news/" + i + ".txt", day, day, "Alpha Institute " + i,
                    "Beta Laboratory"));
        }
        return articles;
    }

    @Test
    void select_iteratedByTwoThreadsAtOnce_givesEachEveryAgreement() throws Exception {
        int count = AgreementStore.AGREEMENTS_PER_READ * 4 + 3;
        List<ArticleMentions> articles = signingsOnConsecutiveDays(count);
        try (AgreementStore store = AgreementStore.open(file())) {
            store.add(articles);
            Iterable<Agreement> all = store.select(AgreementQuery.all(),
                    org.accord.core.query.PartyCountries.unknown());
            java.util.concurrent.Callable<List<Agreement>> read = () -> {
                List<Agreement> seen = new java.util.ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    seen.clear();
                    all.forEach(seen::add);
                }
                return seen;
            };
            java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.Future<List<Agreement>> one = threads.submit(read);
                java.util.concurrent.Future<List<Agreement>> other = threads.submit(read);

                assertThat(one.get()).hasSize(count).isEqualTo(other.get()).isEqualTo(store.agreements());
            } finally {
                threads.shutdownNow();
            }
        }
    }

    @Test
    void select_manyAgreements_readsThemInChunksInOrderAsOftenAsIterated() throws Exception {
        int count = AgreementStore.AGREEMENTS_PER_READ * 2 + 7;
        List<ArticleMentions> articles = signingsOnConsecutiveDays(count);
        try (AgreementStore store = AgreementStore.open(file())) {
            store.add(articles);
            Iterable<Agreement> all = store.select(AgreementQuery.all(),
                    org.accord.core.query.PartyCountries.unknown());

            List<Agreement> first = new java.util.ArrayList<>();
            all.forEach(first::add);
            List<Agreement> second = new java.util.ArrayList<>();
            all.forEach(second::add);

            assertThat(first).hasSize(count).isSortedAccordingTo(AgreementQuery.ORDER).isEqualTo(second);
            assertThat(first).isEqualTo(new AgreementMerger().merge(articles.stream()
                    .flatMap(a -> a.mentions().stream()).toList()));
        }
    }

    @Test
    void agreements_byCountry_usesTheCountriesGiven() throws Exception {
        java.time.LocalDate day = java.time.LocalDate.of(2023, 5, 30);
        add(file(), PCL_ENGLISH, TELECOM, TestArticles.signing("news/um.txt", day, day, "澳門大學", "Beta Laboratory"));

        try (AgreementStore store = AgreementStore.openExisting(file())) {
            assertThat(store.agreements(AgreementQuery.all().withCountry("MO"),
                    org.accord.core.merge.OrganisationRegistry.standard()::countryOf))
                    .extracting(Agreement::id).containsExactly("2023-05-30-澳門大學-beta-laboratory");
        }
    }
}
