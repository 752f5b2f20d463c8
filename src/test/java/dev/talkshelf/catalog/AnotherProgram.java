package dev.talkshelf.catalog;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;

/** Writes to a closed library file over a plain SQLite connection, as another program (or an older TalkShelf) would. */
final class AnotherProgram {
    private AnotherProgram() {
    }

    /** Runs the statements on the file, in order, each one committed by itself. */
    static void runs(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** The file as schema step {@code step} left it: {@code undo} takes out what the later steps made. */
    static void leavesAtStep(Path file, int step, String... undo) throws SQLException {
        runs(file, undo);
        runs(file, "PRAGMA user_version = " + step);
    }

    /** Stores "Typing" by Guido van Rossum in the file, then renames the speaker to {@code newName}: the talk. */
    static TalkId renamesTheSpeakerOfATalk(Path file, Clock clock, String newName) throws SQLException {
        TalkId id;
        try (Database db = Database.open(file, clock)) {
            id = new TalkStore(db, clock).insert(Talk.titled("Typing").withSpeakers(List.of("Guido van Rossum")), null);
        }
        runs(file, "UPDATE speaker SET name = '" + newName.replace("'", "''") + "' WHERE name = 'Guido van Rossum'");
        return id;
    }
}
