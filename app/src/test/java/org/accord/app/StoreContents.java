package org.accord.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table of a closed store, as sorted text: what "the same store content" means in tests. */
public final class StoreContents {

    private StoreContents() {
    }

    /** The rows of the store file, one line each, table by table. */
    public static List<String> of(Path file) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                List<String> rowsOfTable = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder(table);
                        for (int i = 1; i <= columns; i++) {
                            line.append(" | ").append(rows.getString(i));
                        }
                        rowsOfTable.add(line.toString());
                    }
                }
                rowsOfTable.sort(null);
                lines.addAll(rowsOfTable);
            }
        }
        return lines;
    }
}
