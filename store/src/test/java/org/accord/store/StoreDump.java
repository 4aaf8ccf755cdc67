package org.accord.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table of a closed store, as text in a fixed order: what "the same store content" means. */
final class StoreDump {

    private StoreDump() {
    }

    static List<String> of(Path file) throws SQLException {
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
                List<String> tableLines = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rows.getMetaData();
                    while (rows.next()) {
                        StringBuilder line = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            line.append(" | ").append(rows.getString(i));
                        }
                        tableLines.add(line.toString());
                    }
                }
                tableLines.sort(null);
                lines.addAll(tableLines);
            }
        }
        return lines;
    }
}
