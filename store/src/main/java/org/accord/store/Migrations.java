package org.accord.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a store's schema up to date. Versions are numbered from 1 without gaps; {@code schema_version} holds one row
 * per version applied. A migration is a list of SQL statements, applied in the caller's transaction, so a migration
 * that fails leaves the store at the version it had.
 *
 * <pre>{@code
 * int found = Schema.MIGRATIONS.migrate(connection, file);   // inside BEGIN ... COMMIT
 * }</pre>
 */
final class Migrations {

    /**
     * One step of the schema.
     *
     * @param version its number, one more than the step before
     * @param description what it changes, kept in {@code schema_version}
     * @param statements the SQL to run, in order
     */
    record Migration(int version, String description, List<String> statements) {

        /** Copies the statements. */
        Migration {
            requireNonNull(description, "description");
            statements = List.copyOf(statements);
        }
    }

    private final List<Migration> migrations;

    /**
     * @param migrations every step, versions 1, 2, 3... in order
     * @throws IllegalArgumentException when the versions do not count up from 1
     */
    Migrations(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
        for (int i = 0; i < this.migrations.size(); i++) {
            checkArgument(this.migrations.get(i).version() == i + 1, "migration %s (%s) must have version %s",
                    i, this.migrations.get(i).description(), i + 1);
        }
    }

    /** The version a store has after {@link #migrate}. */
    int latest() {
        return migrations.size();
    }

    /**
     * Applies the steps the store lacks. Call it inside a transaction.
     *
     * @param connection the store, in a transaction
     * @param file the store file, for messages
     * @return the version the store had before: 0 for a new, empty file
     * @throws StoreException when the file holds tables but no {@code schema_version} (not an Accord store), or a
     *     version newer than {@link #latest()}
     * @throws SQLException when a statement fails
     */
    int migrate(Connection connection, Path file) throws StoreException, SQLException {
        int found = version(connection, file);
        if (found > latest()) {
            throw new StoreException(file, StoreException.Problem.UNUSABLE, String.format("store (%s) has schema "
                    + "version %d, newer than this Accord knows (%d); open it with a newer Accord", file, found,
                    latest()), null);
        }
        for (Migration migration : migrations.subList(found, migrations.size())) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : migration.statements()) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description) VALUES (?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.executeUpdate();
            }
        }
        return found;
    }

    /**
     * The schema version of a store: the highest applied, or 0 for an empty file (whose {@code schema_version} table
     * this creates).
     */
    static int version(Connection connection, Path file) throws StoreException, SQLException {
        try (Statement statement = connection.createStatement()) {
            boolean versioned;
            int tables;
            try (ResultSet rows = statement.executeQuery("SELECT count(*), "
                    + "coalesce(sum(name = 'schema_version'), 0) FROM sqlite_master WHERE type = 'table'")) {
                rows.next();
                tables = rows.getInt(1);
                versioned = rows.getInt(2) > 0;
            }
            if (!versioned && tables > 0) {
                throw new StoreException(file, StoreException.Problem.UNUSABLE, String.format("store (%s) is not an "
                        + "Accord store: it holds %d tables but no schema_version", file, tables), null);
            }
            if (!versioned) {
                statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                        + "description TEXT NOT NULL)");
                return 0;
            }
            try (ResultSet rows = statement.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
