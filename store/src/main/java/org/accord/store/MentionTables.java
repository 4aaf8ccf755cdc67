package org.accord.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.core.model.Article;
import org.accord.core.model.Attendee;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.jspecify.annotations.Nullable;

/** Writes articles with their mentions into the {@code article}, {@code mention} and {@code fact} tables, and back. */
final class MentionTables {

    /** Where a mention is kept: its article's hash and its place among the article's mentions. */
    record Key(String articleHash, int ordinal) {
    }

    /** A mention read back, with its key. */
    record Stored(Key key, Mention mention) {
    }

    /** The most agreements {@link #load(Connection, List)} reads at once (SQLite allows 32,766 parameters). */
    static final int MAX_AGREEMENTS_PER_READ = 1000;

    private MentionTables() {
    }

    /** Rows of a table of mentions, all of them or those of some agreements. */
    private record Selection(String hashColumn, String ordinalColumn, List<String> agreementIds) {

        PreparedStatement prepare(Connection connection, String select, String order) throws SQLException {
            String where = "";
            if (!agreementIds.isEmpty()) {
                where = " JOIN agreement_mention am ON am.article_hash = " + hashColumn + " AND am.mention_ordinal = "
                        + ordinalColumn + " WHERE am.agreement_id IN ("
                        + String.join(", ", java.util.Collections.nCopies(agreementIds.size(), "?")) + ")";
            }
            PreparedStatement statement = connection.prepareStatement(select + where + " " + order);
            for (int i = 0; i < agreementIds.size(); i++) {
                statement.setString(i + 1, agreementIds.get(i));
            }
            return statement;
        }
    }

    /** The SHA-256 (lower-case hex) of the article's source, a NUL and its text. */
    static String contentHash(Article article) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(article.source().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(article.text().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static boolean contains(Connection connection, String hash) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM article WHERE hash = ?")) {
            query.setString(1, hash);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Inserts an article the store does not hold, with its mentions and their facts. */
    static void insert(Connection connection, String hash, ArticleMentions entry) throws SQLException {
        Article article = entry.article();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO article (hash, source, url, title, "
                + "language, published, mixed_language, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, hash);
            insert.setString(2, article.source());
            setNullable(insert, 3, article.url());
            insert.setString(4, article.title());
            insert.setString(5, article.language().code());
            setNullable(insert, 6, article.published() == null ? null : article.published().toString());
            insert.setInt(7, article.mixedLanguage() ? 1 : 0);
            insert.setString(8, article.text());
            insert.executeUpdate();
        }
        try (PreparedStatement mentions = connection.prepareStatement(
                        "INSERT INTO mention (article_hash, ordinal) VALUES (?, ?)");
                PreparedStatement facts = connection.prepareStatement("INSERT INTO fact (article_hash, "
                        + "mention_ordinal, role, ordinal, value, title, organisation, signatory, sentence, "
                        + "start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement aliases = connection.prepareStatement("INSERT INTO party_alias (article_hash, "
                        + "mention_ordinal, party_ordinal, ordinal, alias) VALUES (?, ?, ?, ?, ?)")) {
            for (int m = 0; m < entry.mentions().size(); m++) {
                Mention mention = entry.mentions().get(m);
                mentions.setString(1, hash);
                mentions.setInt(2, m);
                mentions.executeUpdate();
                FactWriter writer = new FactWriter(facts, hash, m);
                writer.one("kind", mention.kind(), kind -> kind);
                writer.one("signed_on", mention.signedOn(), SigningDate::iso);
                writer.one("location", mention.location(), location -> location);
                for (int p = 0; p < mention.parties().size(); p++) {
                    Fact<Organisation> party = mention.parties().get(p);
                    writer.write("party", p, party.value().name(), null, party.evidence());
                    List<String> names = party.value().aliases();
                    for (int a = 0; a < names.size(); a++) {
                        aliases.setString(1, hash);
                        aliases.setInt(2, m);
                        aliases.setInt(3, p);
                        aliases.setInt(4, a);
                        aliases.setString(5, names.get(a));
                        aliases.executeUpdate();
                    }
                }
                for (int i = 0; i < mention.attendees().size(); i++) {
                    Fact<Attendee> attendee = mention.attendees().get(i);
                    writer.write("attendee", i, attendee.value().person().name(), attendee.value(),
                            attendee.evidence());
                }
                writer.all("field", mention.fields());
                writer.all("principle", mention.principles());
                writer.all("commitment", mention.commitments());
            }
        }
    }

    /**
     * Every stored mention, ordered by its article's source, then its article's hash, then its place in the article:
     * the same order whatever order the articles were added in.
     */
    static List<Stored> load(Connection connection) throws SQLException {
        return load(connection, List.of());
    }

    /**
     * The stored mentions of some agreements (as the {@code agreement_mention} table groups them), in the order of
     * {@link #load(Connection)}.
     *
     * @param agreementIds the agreements, at most {@value #MAX_AGREEMENTS_PER_READ}; none means every mention
     */
    static List<Stored> load(Connection connection, List<String> agreementIds) throws SQLException {
        if (agreementIds.size() > MAX_AGREEMENTS_PER_READ) {
            throw new IllegalArgumentException("at most " + MAX_AGREEMENTS_PER_READ + " agreements at a time, not "
                    + agreementIds.size());
        }
        Selection mentionRows = new Selection("m.article_hash", "m.ordinal", agreementIds);
        Selection aliasRows = new Selection("p.article_hash", "p.mention_ordinal", agreementIds);
        Selection factRows = new Selection("f.article_hash", "f.mention_ordinal", agreementIds);
        Map<Key, MentionBuilder> builders = new LinkedHashMap<>();
        try (PreparedStatement query = mentionRows.prepare(connection, "SELECT m.article_hash, m.ordinal, a.source, "
                + "a.url, a.title, a.language, a.published FROM mention m JOIN article a ON a.hash = m.article_hash",
                "ORDER BY a.source, a.hash, m.ordinal");
                ResultSet rows = query.executeQuery()) {
            Map<String, Source> sources = new HashMap<>();
            while (rows.next()) {
                String hash = rows.getString(1);
                Source source = sources.computeIfAbsent(hash, h -> source(rows));
                builders.put(new Key(hash, rows.getInt(2)), new MentionBuilder(source));
            }
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        Map<Key, Map<Integer, List<String>>> aliases = new HashMap<>();
        try (PreparedStatement query = aliasRows.prepare(connection, "SELECT p.article_hash, p.mention_ordinal, "
                + "p.party_ordinal, p.alias FROM party_alias p", "ORDER BY p.article_hash, p.mention_ordinal, "
                + "p.party_ordinal, p.ordinal");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                aliases.computeIfAbsent(new Key(rows.getString(1), rows.getInt(2)), k -> new HashMap<>())
                        .computeIfAbsent(rows.getInt(3), p -> new ArrayList<>()).add(rows.getString(4));
            }
        }
        try (PreparedStatement query = factRows.prepare(connection, "SELECT f.article_hash, f.mention_ordinal, "
                + "f.role, f.ordinal, f.value, f.title, f.organisation, f.signatory, f.sentence, f.start_offset, "
                + "f.end_offset FROM fact f", "ORDER BY f.article_hash, f.mention_ordinal, f.role, f.ordinal");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                Key key = new Key(rows.getString(1), rows.getInt(2));
                MentionBuilder builder = builders.get(key);
                if (builder == null) {
                    throw new SQLException("fact of mention " + key + " has no mention row");
                }
                String value = rows.getString(5);
                Evidence evidence = new Evidence(rows.getString(9), rows.getInt(10), rows.getInt(11));
                switch (rows.getString(3)) {
                    case "kind" -> builder.kind = new Fact<>(value, evidence);
                    case "signed_on" -> builder.signedOn = new Fact<>(signingDate(value), evidence);
                    case "location" -> builder.location = new Fact<>(value, evidence);
                    case "party" -> builder.parties.add(new Fact<>(new Organisation(value,
                            aliases.getOrDefault(key, Map.of()).getOrDefault(rows.getInt(4), List.of())), evidence));
                    case "attendee" -> builder.attendees.add(new Fact<>(new Attendee(
                            new Person(value, rows.getString(6), rows.getString(7)), rows.getInt(8) == 1), evidence));
                    case "field" -> builder.fields.add(new Fact<>(value, evidence));
                    case "principle" -> builder.principles.add(new Fact<>(value, evidence));
                    case "commitment" -> builder.commitments.add(new Fact<>(value, evidence));
                    default -> throw new SQLException("fact of mention " + key + " has an unknown role: "
                            + rows.getString(3));
                }
            }
        }
        List<Stored> stored = new ArrayList<>();
        builders.forEach((key, builder) -> stored.add(new Stored(key, builder.build())));
        return stored;
    }

    private static Source source(ResultSet rows) {
        try {
            String published = rows.getString(7);
            return new Source(rows.getString(3), rows.getString(4), rows.getString(5),
                    Language.fromCode(rows.getString(6)), published == null ? null : LocalDate.parse(published));
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    /** {@code 2021-12-15} to the day, {@code 2021-12} to the month, as {@link SigningDate#iso()} writes them. */
    static SigningDate signingDate(String iso) {
        return iso.length() == 7 ? SigningDate.ofMonth(YearMonth.parse(iso)) : SigningDate.ofDay(LocalDate.parse(iso));
    }

    private static void setNullable(PreparedStatement statement, int index, @Nullable String value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** Writes the facts of one mention. */
    private static final class FactWriter {
        private final PreparedStatement insert;
        private final String hash;
        private final int mention;

        FactWriter(PreparedStatement insert, String hash, int mention) {
            this.insert = insert;
            this.hash = hash;
            this.mention = mention;
        }

        <T> void one(String role, @Nullable Fact<T> fact, java.util.function.Function<T, String> text)
                throws SQLException {
            if (fact != null) {
                write(role, 0, text.apply(fact.value()), null, fact.evidence());
            }
        }

        void all(String role, List<Fact<String>> facts) throws SQLException {
            for (int i = 0; i < facts.size(); i++) {
                write(role, i, facts.get(i).value(), null, facts.get(i).evidence());
            }
        }

        void write(String role, int ordinal, String value, @Nullable Attendee attendee, Evidence evidence)
                throws SQLException {
            insert.setString(1, hash);
            insert.setInt(2, mention);
            insert.setString(3, role);
            insert.setInt(4, ordinal);
            insert.setString(5, value);
            setNullable(insert, 6, attendee == null ? null : attendee.person().title());
            setNullable(insert, 7, attendee == null ? null : attendee.person().organisation());
            if (attendee == null) {
                insert.setNull(8, Types.INTEGER);
            } else {
                insert.setInt(8, attendee.signatory() ? 1 : 0);
            }
            insert.setString(9, evidence.sentence());
            insert.setInt(10, evidence.start());
            insert.setInt(11, evidence.end());
            insert.executeUpdate();
        }
    }

    /** Collects the facts of one mention as they are read. */
    private static final class MentionBuilder {
        private final Source source;
        private @Nullable Fact<String> kind;
        private @Nullable Fact<SigningDate> signedOn;
        private @Nullable Fact<String> location;
        private final List<Fact<Organisation>> parties = new ArrayList<>();
        private final List<Fact<Attendee>> attendees = new ArrayList<>();
        private final List<Fact<String>> fields = new ArrayList<>();
        private final List<Fact<String>> principles = new ArrayList<>();
        private final List<Fact<String>> commitments = new ArrayList<>();

        MentionBuilder(Source source) {
            this.source = source;
        }

        Mention build() {
            return new Mention(source, kind, parties, signedOn, location, attendees, fields, principles, commitments);
        }
    }

    /** Carries an {@link SQLException} out of a lambda. */
    private static final class UncheckedSqlException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedSqlException(SQLException cause) {
            super(cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }
}
