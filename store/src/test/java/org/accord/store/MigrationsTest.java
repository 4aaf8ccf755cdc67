package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.Organisation;
import org.accord.store.Migrations.Migration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    private static final Migration FIRST = new Migration(1, "a table", List.of("CREATE TABLE a (x TEXT)"));
    private static final Migration SECOND = new Migration(2, "a column", List.of("ALTER TABLE a ADD COLUMN y TEXT"));

    @TempDir
    Path temp;

    private Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }

    private static List<String> versions(Connection connection) throws SQLException {
        List<String> versions = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT version, description FROM schema_version ORDER BY 1")) {
            while (rows.next()) {
                versions.add(rows.getInt(1) + " " + rows.getString(2));
            }
        }
        return versions;
    }

    /** Creates a store as an older Accord left it, from a frozen SQL script under src/test/resources/stores. */
    private Path storeFromScript(String name) throws IOException, SQLException {
        Path file = temp.resolve(name + ".db");
        String script;
        try (InputStream in = MigrationsTest.class.getResourceAsStream("/stores/" + name + ".sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = connect(file); Statement statement = connection.createStatement()) {
            statement.executeUpdate(script);
        }
        return file;
    }

    @Test
    void migrate_emptyFile_appliesEveryStepAndRecordsIt() throws Exception {
        try (Connection connection = connect(temp.resolve("new.db"))) {
            int found = new Migrations(List.of(FIRST, SECOND)).migrate(connection, temp.resolve("new.db"));

            assertThat(found).isZero();
            assertThat(versions(connection)).containsExactly("1 a table", "2 a column");
        }
    }

    @Test
    void migrate_olderStore_appliesOnlyTheMissingSteps() throws Exception {
        Path file = temp.resolve("old.db");
        try (Connection connection = connect(file)) {
            new Migrations(List.of(FIRST)).migrate(connection, file);

            int found = new Migrations(List.of(FIRST, SECOND)).migrate(connection, file);

            assertThat(found).isEqualTo(1);
            assertThat(versions(connection)).containsExactly("1 a table", "2 a column");
        }
    }

    @Test
    void migrate_upToDateStore_changesNothing() throws Exception {
        Path file = temp.resolve("current.db");
        try (Connection connection = connect(file)) {
            Migrations migrations = new Migrations(List.of(FIRST, SECOND));
            migrations.migrate(connection, file);

            assertThat(migrations.migrate(connection, file)).isEqualTo(2);
            assertThat(versions(connection)).hasSize(2);
        }
    }

    @Test
    void migrate_storeOfANewerSchema_isRefusedNamingBothVersions() throws Exception {
        Path file = temp.resolve("newer.db");
        try (Connection connection = connect(file)) {
            new Migrations(List.of(FIRST, SECOND)).migrate(connection, file);

            assertThatThrownBy(() -> new Migrations(List.of(FIRST)).migrate(connection, file))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.problem()).isEqualTo(StoreException.Problem.UNUSABLE))
                    .hasMessage("store (" + file + ") has schema version 2, newer than this Accord knows (1); open it "
                            + "with a newer Accord");
        }
    }

    @Test
    void migrate_failingStepInATransaction_leavesTheOlderVersion() throws Exception {
        Path file = temp.resolve("failing.db");
        Migration broken = new Migration(2, "broken", List.of("ALTER TABLE a ADD COLUMN y TEXT", "NOT SQL"));
        try (Connection connection = connect(file)) {
            new Migrations(List.of(FIRST)).migrate(connection, file);
            connection.setAutoCommit(false);

            assertThatThrownBy(() -> new Migrations(List.of(FIRST, broken)).migrate(connection, file))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
            connection.setAutoCommit(true);

            assertThat(versions(connection)).containsExactly("1 a table");
            assertThat(new Migrations(List.of(FIRST, SECOND)).migrate(connection, file)).isEqualTo(1);
        }
    }

    @Test
    void constructor_versionsWithAGap_throwsNamingTheStep() {
        Migration third = new Migration(3, "a third", List.of());

        assertThatThrownBy(() -> new Migrations(List.of(FIRST, third)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("migration 1 (a third) must have version 2");
    }

    @Test
    void open_storeOfSchemaVersion1_isMigratedToTheLatest() throws Exception {
        Path file = storeFromScript("v1");

        AgreementStore.open(file).close();

        assertThat(StoreDump.of(file)).filteredOn(line -> line.startsWith("schema_version |"))
                .hasSize(AgreementStore.schemaVersion());
    }

    @Test
    void open_storeOfSchemaVersion1_keepsItsArticlesAndMergesTheirAgreements() throws Exception {
        Path file = storeFromScript("v1");

        try (AgreementStore store = AgreementStore.open(file)) {
            assertThat(store.articleCount()).isEqualTo(1);
            Agreement agreement = store.agreements().get(0);
            assertThat(agreement.id()).isEqualTo("2019-03-22-peng-cheng-laboratory-dalian-university-of-technology");
            assertThat(agreement.parties().get(1)).isEqualTo(
                    new Organisation("Dalian University of Technology", List.of("DUT")));
        }
        assertThat(StoreDump.of(file)).filteredOn(line -> line.startsWith("agreement_mention |")).hasSize(1);
    }

    @Test
    void open_storeOfSchemaVersion1_thenAddingItsArticleAgain_changesNothing() throws Exception {
        Path file = storeFromScript("v1");
        AgreementStore.open(file).close();
        List<String> migrated = StoreDump.of(file);
        org.accord.core.model.Article article = new org.accord.core.model.Article("news/pcl-dut.txt", null,
                "PCL and DUT sign", org.accord.core.model.Language.ENGLISH, java.time.LocalDate.of(2019, 4, 2),
                "On March 22, Peng Cheng Laboratory and Dalian University of Technology signed a strategic "
                        + "cooperation agreement in Shenzhen.");

        try (AgreementStore store = AgreementStore.open(file)) {
            assertThat(store.add(List.of(new ArticleMentions(article, List.of()))).articlesKnown()).isEqualTo(1);
        }

        assertThat(StoreDump.of(file)).isEqualTo(migrated);
    }
}
