package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkSummary;
import dev.talkshelf.model.WatchSession;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever another program wrote into the file (integers near 2^63, floats like 1e40, text, negatives), the
 * status bar's totals, the dashboard's and a playlist's progress still add up, and the talk still loads.
 */
class SafeSumsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;

    @Test
    void absurdValuesWrittenStraightIntoTheFileBreakNoTotal() throws Exception {
        Path file = dir.resolve("library.db");
        TalkId sane;
        long playlistId;
        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            sane = talks.insert(Talk.titled("Sane").withDuration(Duration.ofMinutes(10)), null);
            List<TalkId> bad = List.of(talks.insert(Talk.titled("Huge"), null), talks.insert(Talk.titled("Huge too"), null),
                    talks.insert(Talk.titled("Float"), null), talks.insert(Talk.titled("Text"), null),
                    talks.insert(Talk.titled("Negative"), null));
            PlaylistStore playlists = new PlaylistStore(db, CLOCK);
            Playlist p = playlists.create("All", null);
            playlistId = p.id();
            playlists.setItems(p.id(), Stream.concat(Stream.of(sane), bad.stream()).toList());
            new HistoryStore(db).add(sane, new WatchSession(Instant.parse("2025-02-27T10:00:00Z"), Duration.ZERO, Duration.ofMinutes(5)));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE talk SET duration_ms = 9223372036854775807, position_ms = -9223372036854775808, "
                    + "status = 'in-progress', year = 99999999999, recorded = '+999999999-12-31', added = 9223372036854775807, "
                    + "watched_at = -9223372036854775808, times_watched = -5 WHERE title = 'Huge'");
            s.execute("UPDATE talk SET duration_ms = 9223372036854775807 WHERE title = 'Huge too'");
            s.execute("UPDATE talk SET duration_ms = 1e40, position_ms = 1e300 WHERE title = 'Float'");
            s.execute("UPDATE talk SET duration_ms = 'a long time' WHERE title = 'Text'");
            s.execute("UPDATE talk SET duration_ms = -9223372036854775807 WHERE title = 'Negative'");
            s.execute("INSERT INTO watch_session(talk_id, started, from_ms, to_ms) VALUES "
                    + "(1, 1740650400000, -9223372036854775807, 9223372036854775807), (1, 1740650400000, 0, 9223372036854775807), "
                    + "(1, 9223372036854775807, 0, 1000), (1, 1740650400000, 0, 1e40)");
        }
        try (Database db = Database.open(file, CLOCK)) {
            TalkSummary summary = new TalkAggregates(db).summary(TalkFilter.ALL);
            assertEquals(6, summary.talks());
            assertEquals(Duration.ofMinutes(10), summary.remaining(), "only the sane talk's length is known");

            PlaylistProgress progress = new PlaylistStore(db, CLOCK).progress(playlistId);
            assertEquals(new PlaylistProgress(0, 6, 600), progress);
            assertEquals(new PlaylistProgress(0, 6, 600), new PlaylistStore(db, CLOCK).progress(TalkFilter.ALL));

            ProgressStats stats = new ProgressStats(db);
            assertEquals(Duration.ofMinutes(5), stats.watchedInAll());
            assertEquals(Duration.ofMinutes(5), stats.watchedPerWeek(Instant.parse("2025-02-24T00:00:00Z")).get(0));

            TalkStore talks = new TalkStore(db, CLOCK);
            for (Talk t : talks.get(talks.allIds())) {
                if (!t.title().equals("Sane")) {
                    assertNull(t.duration(), t.title());
                    assertNull(t.watch().position(), t.title());
                }
            }
            Talk huge = talks.get(talks.allIds().get(1)).orElseThrow();
            assertNull(huge.year());
            assertNull(huge.recorded());
            assertNull(huge.added());
            assertEquals(0, huge.watch().timesWatched());
            assertEquals(1, new HistoryStore(db).of(sane).size(), "sessions out of range are not shown");
        }
    }
}
