package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures kept per topic and status (decision 0059) are, row for row, a count of every topic entry with its talk's
 * status, length and position as they are now: after random inserts, edits of topics, statuses, lengths and positions,
 * deletes, multi-write transactions and writes rolled back; after another program's writes; after an upgrade.
 */
class TopicSumsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T04:00:00Z"), ZoneOffset.UTC);
    private static final String[] TOPICS = {"python", "python/asyncio", "python/free-threading", "rust", "data/ml", "data"};

    @TempDir
    Path dir;

    @Test
    void theFiguresAreARecountAfterRandomWritesAndRollbacks() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            List<TalkId> ids = new ArrayList<>();
            RandomWrites.run(db, talks, new Random(59), ids, 150, 0, TopicSumsTest::talk, TopicSumsTest::edit,
                    when -> assertFiguresAreARecount(db, when));
            assertFalse(rows(db, "SELECT * FROM " + TopicSums.TABLE).isEmpty(), "the run left topics with talks");
        }
    }

    @Test
    void anotherProgramsWritesKeepThem() throws SQLException {
        Path file = dir.resolve("lib.db");
        List<TalkId> ids;
        try (Database db = Database.open(file, CLOCK)) {
            ids = RandomWrites.inserted(new TalkStore(db, CLOCK), new Random(7), 40, TopicSumsTest::talk);
        }
        AnotherProgram.runs(file,
                "UPDATE talk SET status = 'in-progress', position_ms = 1000 WHERE id % 3 = 0",
                "UPDATE talk SET duration_ms = NULL WHERE id % 5 = 0",
                "UPDATE talk SET position_ms = duration_ms + 5 WHERE id % 7 = 0",
                "UPDATE talk SET status = 'watched', duration_ms = 42 WHERE id % 11 = 0",
                "PRAGMA foreign_keys = ON",
                "DELETE FROM talk WHERE id IN (" + ids.get(3).value() + ", " + ids.get(17).value() + ")",
                "DELETE FROM talk_topic_closure WHERE talk_id = " + ids.get(20).value() + " AND topic_id = "
                        + "(SELECT min(topic_id) FROM talk_topic_closure WHERE talk_id = " + ids.get(20).value() + ")");
        try (Database db = Database.open(file, CLOCK)) {
            assertFiguresAreARecount(db, "after another program's writes");
        }
    }

    @Test
    void aLibraryOfStepTwentySevenGetsItsFiguresCounted() throws SQLException {
        Path file = dir.resolve("lib.db");
        try (Database db = Database.open(file, CLOCK)) {
            RandomWrites.inserted(new TalkStore(db, CLOCK), new Random(27), 40, TopicSumsTest::talk);
        }
        AnotherProgram.leavesAtStep(file, 27, "DROP TRIGGER talk_progress_moves_topic_sums", "DROP TRIGGER talk_leaves_topic_sums",
                "DROP TRIGGER topic_entry_leaves_sums", "DROP TABLE " + TopicSums.TABLE);
        // Written as an older TalkShelf did, with nothing kept to follow.
        AnotherProgram.runs(file, "UPDATE talk SET status = 'in-progress', position_ms = 60000 WHERE id % 2 = 0");
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals((long) OlderSchema.latest(), ((Number) StoredValue.of(db, "PRAGMA user_version")).longValue());
            assertFiguresAreARecount(db, "after the upgrade");
            assertFalse(rows(db, "SELECT * FROM " + TopicSums.TABLE + " WHERE status = 'in-progress'").isEmpty());
        }
    }

    private static void assertFiguresAreARecount(Database db, String when) {
        assertEquals(rows(db, TopicSums.recountSql()), rows(db, "SELECT topic_id, status, talks, left_ms FROM " + TopicSums.TABLE
                + " ORDER BY 1, 2"), when);
    }

    private static List<List<Object>> rows(Database db, String sql) {
        return db.read(c -> rows(c, sql));
    }

    private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getObject(i) instanceof Number n ? (Object) n.longValue() : rs.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static Talk talk(Random rnd, int n) {
        return Talk.titled("talk " + n).withTags(tags(rnd)).withDuration(duration(rnd)).withWatch(watch(rnd));
    }

    private static Talk edit(Random rnd, Talk old) {
        return switch (rnd.nextInt(4)) {
            case 0 -> old.withTags(tags(rnd));
            case 1 -> old.withDuration(duration(rnd));
            case 2 -> old.withWatch(watch(rnd));
            default -> old.withTags(tags(rnd)).withWatch(watch(rnd)).withDuration(duration(rnd));
        };
    }

    private static List<String> tags(Random rnd) {
        List<String> tags = new ArrayList<>();
        for (String topic : TOPICS) {
            if (rnd.nextInt(3) == 0) {
                tags.add(topic);
            }
        }
        return tags;
    }

    private static Duration duration(Random rnd) {
        return rnd.nextInt(6) == 0 ? null : Duration.ofSeconds(60 + rnd.nextInt(3_600));
    }

    private static WatchState watch(Random rnd) {
        WatchStatus status = WatchStatus.values()[rnd.nextInt(WatchStatus.values().length)];
        Duration position = status != WatchStatus.IN_PROGRESS || rnd.nextInt(5) == 0 ? null : Duration.ofSeconds(rnd.nextInt(4_000));
        return new WatchState(status, position, null, status == WatchStatus.WATCHED ? 1 : 0,
                status == WatchStatus.UNWATCHED ? null : CLOCK.instant());
    }
}
