package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Step 28 (decision 0055): the topics' entries of an older library gain each talk's status, length and position, and keep
 * them through later writes from any program, while the facets kept before the upgrade stay kept.
 */
class TopicProgressMigrationTest {
    @TempDir
    Path dir;

    @Test
    void anOlderLibrarysTopicEntriesGainTheirTalksProgressAndKeepItAfterWrites() throws Exception {
        Path file = dir.resolve("library.talkshelf");
        try (Database db = Database.open(file)) {
            TalkStore talks = new TalkStore(db, Clock.systemUTC());
            talks.insert(Talk.titled("A").withTags(List.of("python/asyncio")), null);
            talks.insert(Talk.titled("B").withTags(List.of("python")), null);
            talks.insert(Talk.titled("C").withTags(List.of("python/asyncio", "rust")), null);
            talks.insert(Talk.titled("D"), null);
        }
        // Step 26 is this file without the entries' three columns and the trigger that fills them; the talks' progress
        // is written there as an older TalkShelf did, the entries not knowing of it.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER talk_progress_to_topics");
            s.execute("DROP TRIGGER topic_changed_retires_facets");
            s.execute("ALTER TABLE talk_topic_closure DROP COLUMN status");
            s.execute("ALTER TABLE talk_topic_closure DROP COLUMN duration_ms");
            s.execute("ALTER TABLE talk_topic_closure DROP COLUMN position_ms");
            s.execute("""
                    CREATE TRIGGER topic_changed_retires_facets AFTER UPDATE ON talk_topic_closure BEGIN
                        UPDATE library_writes SET facets_at = NULL WHERE facets_at IS NOT NULL; END""");
            s.execute("PRAGMA user_version = 26");
            s.execute("UPDATE talk SET status = 'watched', duration_ms = 600000 WHERE title = 'A'");
            s.execute("UPDATE talk SET status = 'in-progress', duration_ms = 900000, position_ms = 1000 WHERE title = 'B'");
            s.execute("INSERT OR REPLACE INTO library_writes(id, writes, facets_at) VALUES (1, 5, 5)");
        }
        try (Database db = Database.open(file)) {
            assertEquals((long) OlderSchema.latest(), number(db, "PRAGMA user_version"));
            assertEquals(6L, number(db, "SELECT count(*) FROM talk_topic_closure"));
            assertEquals(3L, number(db, "SELECT count(*) FROM talk_topic_closure WHERE status = 'in-progress' OR duration_ms = 600000"));
            assertEquals(0L, number(db, DIFFERENT));
            assertEquals(1L, number(db, "SELECT count(*) FROM library_writes WHERE facets_at IS NOT NULL"),
                    "copying the progress into the entries changes no facet");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE talk SET status = 'in-progress', position_ms = 5 WHERE title = 'A'");
            s.execute("UPDATE talk SET duration_ms = 42 WHERE title = 'C'");
            s.execute("UPDATE talk SET position_ms = NULL, status = 'skipped' WHERE title = 'B'");
            assertEquals(0L, number(c, DIFFERENT));
            assertEquals(3L, number(c, "SELECT count(*) FROM talk_topic_closure WHERE duration_ms = 42"));
        }
    }

    /** Entries whose status, length or position differ from their talk's. */
    private static final String DIFFERENT = """
            SELECT count(*) FROM talk_topic_closure c JOIN talk t ON t.id = c.talk_id
             WHERE c.status IS NOT t.status OR c.duration_ms IS NOT t.duration_ms OR c.position_ms IS NOT t.position_ms""";

    private static long number(Database db, String sql) {
        return db.read(c -> number(c, sql));
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
