package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkField;
import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source key that is the talk's media is kept once (schema step 22), and still finds the talk. */
class SourceKeySameAsMediaTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private static final String VIDEO = "https://www.youtube.com/watch?v=abc";

    @TempDir
    Path dir;

    private static Object kept(Database db, TalkId id) {
        return StoredValue.of(db, "SELECT source_key FROM talk WHERE id = ?", id.value());
    }

    @Test
    void aSourceKeyThatIsTheMediaIsKeptOnceAndFindsTheTalk() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId id = talks.insert(Talk.titled("Video").withMedia(VIDEO), VIDEO);
            TalkId other = talks.insert(Talk.titled("Other").withMedia("https://example.org/b.mp4"), "youtube:xyz");

            assertEquals("", kept(db, id));
            assertEquals(Optional.of(id), talks.findBySourceKey(VIDEO));
            assertEquals(Optional.of(other), talks.findBySourceKey("youtube:xyz"));
            assertEquals(Optional.empty(), talks.findBySourceKey("https://example.org/b.mp4"), "media alone is no source key");
            assertEquals(Set.of(VIDEO, "youtube:xyz"),
                    talks.presentSourceKeys(List.of(VIDEO, "youtube:xyz", "https://example.org/b.mp4", "youtube:none")));
        }
    }

    @Test
    void aTalkWhoseMediaChangesKeepsTheSourceKeyItCameWith() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId id = talks.insert(Talk.titled("Video").withMedia(VIDEO), VIDEO);

            talks.setFields(id, talks.get(id).orElseThrow().withMedia("/videos/video.mp4"), Set.of(TalkField.MEDIA));

            assertEquals(VIDEO, kept(db, id));
            assertEquals(Optional.of(id), talks.findBySourceKey(VIDEO));
            assertEquals(Optional.empty(), talks.findBySourceKey("/videos/video.mp4"));
        }
    }

    @Test
    void findingBySourceKeyReadsTheTwoIndexes() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            List<String> plan = db.read(c -> Sql.column(c, """
                    EXPLAIN QUERY PLAN
                    SELECT id FROM talk WHERE source_key = 'k' AND source_key <> ''
                    UNION ALL
                    SELECT id FROM talk WHERE media = 'k' AND source_key = ''""", new ArrayList<>(), rs -> rs.getString(4)));

            assertTrue(plan.stream().anyMatch(p -> p.contains("talk_by_source_key")), plan.toString());
            assertTrue(plan.stream().anyMatch(p -> p.contains("talk_by_media")), plan.toString());
        }
    }

    @Test
    void aLibraryOfStep21KeepsItsMediaSourceKeysOnceAndFindsThem() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            talks.insert(Talk.titled("Video").withMedia(VIDEO), "placeholder");
            talks.insert(Talk.titled("Other").withMedia("https://example.org/b.mp4"), "youtube:xyz");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            // As step 21 kept it: the key twice, and its index over every key.
            s.execute("DROP TRIGGER talk_keeps_source_key");
            s.execute("DROP INDEX talk_by_source_key");
            s.execute("CREATE INDEX talk_by_source_key ON talk(source_key) WHERE source_key IS NOT NULL");
            s.execute("UPDATE talk SET source_key = media WHERE id = 1");
            s.execute("PRAGMA user_version = 21");
        }

        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            assertEquals("", kept(db, new TalkId(1)));
            assertEquals("youtube:xyz", kept(db, new TalkId(2)));
            assertEquals(Optional.of(new TalkId(1)), talks.findBySourceKey(VIDEO));
            assertEquals(Optional.of(new TalkId(2)), talks.findBySourceKey("youtube:xyz"));
            talks.setFields(new TalkId(1), talks.get(new TalkId(1)).orElseThrow().withMedia("/v.mp4"), Set.of(TalkField.MEDIA));
            assertEquals(VIDEO, kept(db, new TalkId(1)), "the step's trigger keeps the key");
        }
    }
}
