package dev.talkshelf.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Library files as an older TalkShelf wrote them, for tests outside this package (a migration in a child JVM). */
public final class OlderSchema {
    private OlderSchema() {
    }

    /** A file with the schema of the first {@code steps} migrations and {@code talks} talks in it. */
    public static void write(Path file, int steps, int talks) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("BEGIN");
            for (Migration step : Schema.STEPS.subList(0, steps)) {
                for (String sql : step.statements()) {
                    s.execute(sql);
                }
            }
            for (int i = 0; i < talks; i++) {
                s.execute("INSERT INTO talk(title, sort_title, title_key, added) VALUES ('Old " + i + "', 'old " + i + "', 'old " + i + "', 0)");
            }
            s.execute("PRAGMA user_version = " + steps);
            s.execute("COMMIT");
        }
    }

    public static int latest() {
        return Schema.latestVersion();
    }
}
