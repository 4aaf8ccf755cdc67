package org.accord.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Agreement;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.query.AgreementQuery;
import org.accord.core.query.PartyCountries;
import org.accord.store.MentionTables.Key;
import org.accord.store.MentionTables.Stored;
import org.jspecify.annotations.Nullable;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * What Accord has read across runs, in one SQLite file: articles, the mentions of signings found in them with the
 * evidence for every value, and the agreements merged from all the mentions.
 *
 * <ul>
 *   <li><b>Idempotent</b>: an article is keyed by its content hash (SHA-256 of its source and text); adding one the
 *       store holds changes nothing.
 *   <li><b>Merged over everything</b>: after each {@link #add}, the agreements are those {@link AgreementMerger}
 *       makes of every stored mention, so a new article about a known signing adds a source to it.
 *   <li><b>Stable identifiers</b>: an agreement keeps the identifier it was first stored under, even when a later
 *       article changes what the merger would call it (a date now known, another party order); see
 *       {@link #withStoredIds}. A new agreement gets the merger's identifier, with {@code -2}, {@code -3}... when a
 *       stored agreement has it already. The same runs, in the same order, always give the same identifiers.
 *   <li><b>All or nothing</b>: each {@link #add} is one transaction; a failure or a crash part way leaves the store as
 *       it was before.
 *   <li><b>One user at a time</b>: an open store holds an exclusive lock on its file until {@link #close}; opening
 *       it again, from any process, fails at once with {@link StoreException.Problem#IN_USE}.
 *   <li><b>Versioned</b>: opening a store made by an older Accord brings its schema up to date (see {@link Schema});
 *       one made by a newer Accord is refused.
 * </ul>
 *
 * <pre>{@code
 * try (AgreementStore store = AgreementStore.open(Path.of("out/accord.db"))) {
 *     StoreUpdate update = store.add(List.of(new ArticleMentions(article, mentions)));
 *     List<Agreement> december = store.agreements(AgreementQuery.all().withMonth(YearMonth.of(2021, 12)));
 * }
 * }</pre>
 *
 * <p>Safe to share between threads: each read or write is a transaction, and they run one at a time (two reports
 * can iterate one store's {@link #select} at once, taking turns for each chunk).
 */
public final class AgreementStore implements AutoCloseable {

    /** Told of each article as it is written, inside the transaction; lets tests fail or crash a write part way. */
    @FunctionalInterface
    interface WriteProbe {
        WriteProbe NONE = hash -> { };

        void articleWritten(String hash);
    }

    /** How many agreements a read brings into memory at once. */
    static final int AGREEMENTS_PER_READ = 256;

    private final Path file;
    private final Connection connection;
    private final AgreementMerger merger;
    private final WriteProbe probe;

    private AgreementStore(Path file, Connection connection, AgreementMerger merger, WriteProbe probe) {
        this.file = file;
        this.connection = connection;
        this.merger = merger;
        this.probe = probe;
    }

    /**
     * Opens a store, creating the file (and its folder) when missing, and brings its schema up to date.
     *
     * @param file the store file, such as {@code out/accord.db}
     * @return the open store, holding the file's lock until closed
     * @throws StoreException {@link StoreException.Problem#IN_USE} when another open store holds the file,
     *     {@link StoreException.Problem#UNUSABLE} when it is a folder, not an Accord store or of a newer schema,
     *     {@link StoreException.Problem#FAILED} when it cannot be created or read
     */
    public static AgreementStore open(Path file) throws StoreException {
        return open(file, new AgreementMerger());
    }

    /**
     * Opens a store as {@link #open(Path)} does, merging with the given merger (one that knows the user's own
     * organisations, say).
     */
    public static AgreementStore open(Path file, AgreementMerger merger) throws StoreException {
        return open(file, merger, WriteProbe.NONE);
    }

    /**
     * Opens a store that must exist already (for reading), and brings its schema up to date.
     *
     * @param file the store file
     * @throws StoreException {@link StoreException.Problem#UNUSABLE} when the file does not exist, and as
     *     {@link #open(Path)}
     */
    public static AgreementStore openExisting(Path file) throws StoreException {
        requireNonNull(file, "file");
        if (!Files.exists(file)) {
            throw new StoreException(file, StoreException.Problem.UNUSABLE, "store (" + file + ") does not exist",
                    null);
        }
        return open(file);
    }

    static AgreementStore open(Path file, AgreementMerger merger, WriteProbe probe) throws StoreException {
        requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new StoreException(file, StoreException.Problem.UNUSABLE, "store (" + file + ") is a folder, "
                    + "not a file", null);
        }
        Connection connection = connect(file);
        AgreementStore store = new AgreementStore(file, connection, merger, probe);
        try {
            store.inTransaction(() -> {
                int found = Schema.MIGRATIONS.migrate(connection, file);
                if (found > 0 && found < Schema.MIGRATIONS.latest()) {
                    store.rewriteAgreements(MentionTables.load(connection), Map.of());
                }
                return null;
            });
            return store;
        } catch (StoreException | RuntimeException e) {
            store.closeQuietly();
            throw e;
        }
    }

    private static Connection connect(Path file) throws StoreException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StoreException(file, StoreException.Problem.FAILED, "store (" + file + ") cannot be created: "
                    + e, e);
        }
        SQLiteConfig config = new SQLiteConfig();
        // Held from the first transaction until close: a second run is refused rather than interleaved.
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setBusyTimeout(0);
        config.enforceForeignKeys(true);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try {
            return org.sqlite.JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        } catch (SQLException e) {
            throw failure(file, "cannot be opened", e);
        }
    }

    /** The store file. */
    public Path file() {
        return file;
    }

    /** The schema version this Accord writes: every store it opens is brought to it. */
    public static int schemaVersion() {
        return Schema.MIGRATIONS.latest();
    }

    /**
     * Adds articles with their mentions, in one transaction, and merges the agreements again over every stored mention.
     * Articles the store holds (same content hash) are left as they are, even if extraction now finds other mentions
     * in them.
     *
     * @param articles the articles read, in any order
     * @return what changed
     * @throws StoreException {@link StoreException.Problem#FAILED} when writing fails; nothing was changed then
     */
    public StoreUpdate add(List<ArticleMentions> articles) throws StoreException {
        return inTransaction(() -> {
            Map<Key, String> before = agreementOfMentions();
            int added = 0;
            int known = 0;
            Set<String> seen = new HashSet<>();
            for (ArticleMentions entry : articles) {
                String hash = MentionTables.contentHash(entry.article());
                if (!seen.add(hash) || MentionTables.contains(connection, hash)) {
                    known++;
                    continue;
                }
                MentionTables.insert(connection, hash, entry);
                added++;
                probe.articleWritten(hash);
            }
            List<Stored> stored = MentionTables.load(connection);
            List<Agreement> agreements = rewriteAgreements(stored, before);
            return update(added, known, agreements, stored, before);
        });
    }

    /** Every agreement, merged from every stored mention, ordered by {@link AgreementQuery#ORDER}. */
    public List<Agreement> agreements() throws StoreException {
        return agreements(AgreementQuery.all());
    }

    /**
     * The agreements a query chooses, in {@link AgreementQuery#ORDER}.
     *
     * @param query the criteria, applied as {@link AgreementQuery#apply(List)} defines them
     */
    public List<Agreement> agreements(AgreementQuery query) throws StoreException {
        return agreements(query, PartyCountries.unknown());
    }

    /**
     * The agreements a query chooses, in {@link AgreementQuery#ORDER}, the countries of parties told by
     * {@code countries} (such as {@code registry::countryOf}).
     */
    public List<Agreement> agreements(AgreementQuery query, PartyCountries countries) throws StoreException {
        List<Agreement> result = new ArrayList<>();
        forEach(query, countries, result::add);
        return result;
    }

    /**
     * Gives each agreement a query chooses to an action, in {@link AgreementQuery#ORDER}, reading the store
     * {@value #AGREEMENTS_PER_READ} agreements at a time: memory does not grow with the size of the store.
     */
    public void forEach(AgreementQuery query, PartyCountries countries, Consumer<? super Agreement> action)
            throws StoreException {
        try {
            select(query, countries).forEach(action);
        } catch (UncheckedStoreException e) {
            throw e.getCause();
        }
    }

    /**
     * The agreements a query chooses, in {@link AgreementQuery#ORDER}, read from the store as they are iterated
     * ({@value #AGREEMENTS_PER_READ} at a time), as often as they are iterated: for reports that go over the agreements
     * several times without holding them all. Iterate while the store is open.
     *
     * @throws UncheckedStoreException from the iterator, when reading fails
     */
    public Iterable<Agreement> select(AgreementQuery query, PartyCountries countries) {
        requireNonNull(query, "query");
        requireNonNull(countries, "countries");
        return () -> new AgreementCursor(query, countries);
    }

    /**
     * The identifiers agreements had before later articles showed them to report the same signing as another, by the
     * identifier of the agreement each is now part of: what a user who noted an old identifier looks up.
     */
    public Map<String, List<String>> formerIds() throws StoreException {
        return inTransaction(() -> {
            Map<String, List<String>> result = new TreeMap<>();
            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT former_id, agreement_id FROM agreement_former_id "
                            + "ORDER BY agreement_id, former_id")) {
                while (rows.next()) {
                    result.computeIfAbsent(rows.getString(2), k -> new ArrayList<>()).add(rows.getString(1));
                }
            }
            return result;
        });
    }

    /** Reads the chosen agreements in chunks, in order. */
    private final class AgreementCursor implements Iterator<Agreement> {
        private final AgreementQuery query;
        private final PartyCountries countries;
        private final List<String> ids;
        private int next;
        private final Deque<Agreement> ready = new ArrayDeque<>();

        AgreementCursor(AgreementQuery query, PartyCountries countries) {
            this.query = query;
            this.countries = countries;
            this.ids = unchecked(AgreementStore.this::orderedIds);
        }

        @Override
        public boolean hasNext() {
            while (ready.isEmpty() && next < ids.size()) {
                List<String> chunk = ids.subList(next, Math.min(ids.size(), next + AGREEMENTS_PER_READ));
                next += chunk.size();
                unchecked(() -> read(chunk)).stream().filter(a -> query.matches(a, countries)).forEach(ready::add);
            }
            return !ready.isEmpty();
        }

        @Override
        public Agreement next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ready.removeFirst();
        }
    }

    private <T> T unchecked(Work<T> work) {
        try {
            return inTransaction(work);
        } catch (StoreException e) {
            throw new UncheckedStoreException(e);
        }
    }

    /** The identifiers of the stored agreements, in {@link AgreementQuery#ORDER}. */
    private List<String> orderedIds() throws SQLException {
        record Row(String id, LocalDate date) {
        }
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT id, signed_on FROM agreement")) {
            while (result.next()) {
                String signedOn = result.getString(2);
                rows.add(new Row(result.getString(1),
                        signedOn == null ? LocalDate.MAX : MentionTables.signingDate(signedOn).date()));
            }
        }
        rows.sort(Comparator.comparing(Row::date).thenComparing(Row::id));
        return rows.stream().map(Row::id).toList();
    }

    /** The agreements with these identifiers, each made of the mentions stored under it, in the order given. */
    private List<Agreement> read(List<String> ids) throws SQLException {
        Map<Key, String> owners = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT article_hash, mention_ordinal, "
                + "agreement_id FROM agreement_mention WHERE agreement_id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                query.setString(i + 1, ids.get(i));
            }
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    owners.put(new Key(rows.getString(1), rows.getInt(2)), rows.getString(3));
                }
            }
        }
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        ids.forEach(id -> groups.put(id, new ArrayList<>()));
        for (Stored stored : MentionTables.load(connection, ids)) {
            groups.get(owners.get(stored.key())).add(stored.mention());
        }
        List<Agreement> result = new ArrayList<>();
        groups.forEach((id, mentions) -> result.add(withId(merger.agreementOf(mentions), id)));
        return result;
    }

    private static Agreement withId(Agreement a, String id) {
        return id.equals(a.id()) ? a : new Agreement(id, a.kind(), a.parties(), a.signedOn(), a.location(),
                a.attendees(), a.fields(), a.principles(), a.commitments(), a.mentions());
    }

    /** How many articles the store holds. */
    public int articleCount() throws StoreException {
        return inTransaction(() -> {
            try (Statement statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM article")) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Closes the file and releases its lock. */
    @Override
    public void close() throws StoreException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(file, "cannot be closed", e);
        }
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already failing: the first failure is the one to report.
        }
    }

    /** The merge of the stored mentions, under the identifiers the store gave them before (see withStoredIds). */
    private List<Agreement> merge(List<Stored> stored, Map<Key, String> previous) {
        Map<Mention, Key> keys = keys(stored);
        return withStoredIds(merger.merge(stored.stream().map(Stored::mention).toList()), keys, previous);
    }

    private static Map<Mention, Key> keys(List<Stored> stored) {
        Map<Mention, Key> keys = new IdentityHashMap<>();
        stored.forEach(s -> keys.put(s.mention(), s.key()));
        return keys;
    }

    /**
     * The agreements with stable identifiers. Going through the agreements in the merger's order, each takes the
     * smallest identifier that one of its mentions was stored under and that no earlier agreement took; the rest
     * keep the merger's identifier, or, when it is taken, that identifier followed by {@code -2}, {@code -3}...
     *
     * @param merged the merger's agreements
     * @param keys where each mention is stored
     * @param previous the identifier each stored mention's agreement had
     */
    static List<Agreement> withStoredIds(List<Agreement> merged, Map<Mention, Key> keys, Map<Key, String> previous) {
        Set<String> taken = new HashSet<>();
        String[] ids = new String[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            List<String> stored = merged.get(i).mentions().stream().map(keys::get).map(previous::get)
                    .filter(java.util.Objects::nonNull).distinct().sorted().toList();
            for (String id : stored) {
                if (taken.add(id)) {
                    ids[i] = id;
                    break;
                }
            }
        }
        List<Agreement> result = new java.util.ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Agreement a = merged.get(i);
            String id = ids[i];
            if (id == null) {
                id = a.id();
                for (int n = 2; !taken.add(id); n++) {
                    id = a.id() + "-" + n;
                }
            }
            result.add(withId(a, id));
        }
        return result;
    }

    /** Replaces the {@code agreement} tables with the merge of the stored mentions, and returns the agreements. */
    private List<Agreement> rewriteAgreements(List<Stored> stored, Map<Key, String> previous) throws SQLException {
        Map<Mention, Key> keys = keys(stored);
        List<Agreement> agreements = merge(stored, previous);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM agreement_mention");
            statement.execute("DELETE FROM agreement");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO agreement (id, kind, signed_on, "
                        + "location, parties, sources) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement link = connection.prepareStatement("INSERT INTO agreement_mention (agreement_id, "
                        + "article_hash, mention_ordinal) VALUES (?, ?, ?)")) {
            for (Agreement agreement : agreements) {
                insert.setString(1, agreement.id());
                insert.setString(2, agreement.kind());
                insert.setString(3, agreement.signedOn() == null ? null : agreement.signedOn().iso());
                insert.setString(4, agreement.location());
                insert.setString(5, agreement.parties().stream().map(Organisation::name)
                        .collect(Collectors.joining("; ")));
                insert.setInt(6, agreement.sources().size());
                insert.executeUpdate();
                for (Mention mention : agreement.mentions()) {
                    Key key = keys.get(mention);
                    link.setString(1, agreement.id());
                    link.setString(2, key.articleHash());
                    link.setInt(3, key.ordinal());
                    link.executeUpdate();
                }
            }
        }
        recordFormerIds(agreements, keys, previous);
        return agreements;
    }

    /**
     * Notes the identifiers that no agreement has any longer, because their mentions are now part of another
     * agreement, and points the identifiers noted earlier for those at that agreement too.
     */
    private void recordFormerIds(List<Agreement> agreements, Map<Mention, Key> keys, Map<Key, String> previous)
            throws SQLException {
        Set<String> current = agreements.stream().map(Agreement::id).collect(Collectors.toSet());
        Map<String, String> merged = new TreeMap<>();
        for (Agreement agreement : agreements) {
            for (Mention mention : agreement.mentions()) {
                String before = previous.get(keys.get(mention));
                if (before != null && !current.contains(before)) {
                    merged.putIfAbsent(before, agreement.id());
                }
            }
        }
        try (PreparedStatement repoint = connection.prepareStatement(
                        "UPDATE agreement_former_id SET agreement_id = ? WHERE agreement_id = ?");
                PreparedStatement note = connection.prepareStatement(
                        "INSERT OR REPLACE INTO agreement_former_id (former_id, agreement_id) VALUES (?, ?)");
                Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> entry : merged.entrySet()) {
                repoint.setString(1, entry.getValue());
                repoint.setString(2, entry.getKey());
                repoint.executeUpdate();
                note.setString(1, entry.getKey());
                note.setString(2, entry.getValue());
                note.executeUpdate();
            }
            // An identifier given again to an agreement is no former one.
            statement.execute("DELETE FROM agreement_former_id WHERE former_id IN (SELECT id FROM agreement)");
        }
    }

    private Map<Key, String> agreementOfMentions() throws SQLException {
        Map<Key, String> result = new HashMap<>();
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery(
                        "SELECT article_hash, mention_ordinal, agreement_id FROM agreement_mention")) {
            while (rows.next()) {
                result.put(new Key(rows.getString(1), rows.getInt(2)), rows.getString(3));
            }
        }
        return result;
    }

    private static StoreUpdate update(int added, int known, List<Agreement> agreements, List<Stored> stored,
            Map<Key, String> before) {
        Map<Mention, Key> keys = keys(stored);
        int fresh = 0;
        int grown = 0;
        for (Agreement agreement : agreements) {
            long old = agreement.mentions().stream().filter(m -> before.containsKey(keys.get(m))).count();
            if (old == 0) {
                fresh++;
            } else if (old < agreement.mentions().size()) {
                grown++;
            }
        }
        return new StoreUpdate(added, known, agreements.size(), fresh, grown);
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, StoreException;
    }

    /**
     * Runs work in one exclusive transaction: committed when it returns, rolled back when it throws anything.
     */
    // Synchronized: every use of the connection is a transaction here, so threads sharing the store take turns.
    private synchronized <T> T inTransaction(Work<T> work) throws StoreException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN EXCLUSIVE");
        } catch (SQLException e) {
            throw failure(file, "cannot be opened", e);
        }
        boolean committed = false;
        try {
            T result = work.run();
            try (Statement statement = connection.createStatement()) {
                statement.execute("COMMIT");
            }
            committed = true;
            return result;
        } catch (SQLException e) {
            throw failure(file, "could not be written", e);
        } finally {
            if (!committed) {
                rollback();
            }
        }
    }

    private void rollback() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ROLLBACK");
        } catch (SQLException e) {
            // No transaction left to roll back (SQLite ends it itself on some errors), or the connection is gone.
        }
    }

    private static StoreException failure(Path file, String what, SQLException e) {
        SQLiteErrorCode code = e instanceof org.sqlite.SQLiteException sqlite ? sqlite.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() : code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new StoreException(file, StoreException.Problem.IN_USE, "store (" + file + ") is in use by "
                    + "another Accord run; try again when it has finished", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new StoreException(file, StoreException.Problem.UNUSABLE, "store (" + file + ") is not an Accord "
                    + "store: " + reason(e), e);
        }
        return new StoreException(file, StoreException.Problem.FAILED, "store (" + file + ") " + what + ": "
                + reason(e), e);
    }

    private static String reason(SQLException e) {
        @Nullable String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
