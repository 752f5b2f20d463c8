package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.Transcript;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 21: a library of step 20 with transcripts gets the kept said terms' tables, kept from its first search on. */
class KeptSaidMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A library as step 20 left it: three talks, two with transcripts. */
    private Path libraryOfStep20() throws Exception {
        Path file = dir.resolve("old.db");
        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TranscriptStore transcripts = new TranscriptStore(db, CLOCK);
            TalkId one = talks.insert(Talk.titled("Spoken"), null);
            TalkId two = talks.insert(Talk.titled("Spoken too"), null);
            talks.insert(Talk.titled("Silent"), null);
            transcripts.put(one, transcript("the interpreter lock", "is released by the interpreter"), "a.vtt");
            transcripts.put(two, transcript("an interpreter", "and more words than the first one has here"), "b.vtt");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER transcript_leaves_kept_said");
            s.execute("DROP TABLE kept_said");
            s.execute("DROP TABLE kept_said_term");
            s.execute("PRAGMA user_version = 20");
        }
        return file;
    }

    private static Transcript transcript(String... lines) {
        return new Transcript("en", IntStream.range(0, lines.length)
                .mapToObj(i -> new Cue(Duration.ofSeconds(i), Duration.ofSeconds(i + 1), lines[i])).toList());
    }

    private static long count(Database db, String sql) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        });
    }

    @Test
    void anUpgradedLibraryKeepsATermAsItRanksInTheIndex() throws Exception {
        Path file = libraryOfStep20();

        try (Database db = Database.open(file, CLOCK)) {
            assertEquals(Schema.latestVersion(), count(db, "PRAGMA user_version"));
            assertEquals(0, count(db, "SELECT count(*) FROM kept_said_term"), "nothing kept before a search");
            CueSearch search = new CueSearch(db, 2);
            Map<TalkId, Double> fromIndex = search.saidScores(List.of("interpreter"));

            assertEquals(1, count(db, "SELECT count(*) FROM kept_said_term"), "kept by the search that found it in both");
            assertEquals(fromIndex, search.saidScores(List.of("interpreter")), "the kept scores are the index's");
            assertEquals(2, count(db, "SELECT tf FROM kept_said WHERE talk_id = 1"));

            new TalkStore(db, CLOCK).delete(new TalkId(1));
            assertEquals(1, count(db, "SELECT count(*) FROM kept_said"), "a deleted talk leaves the kept rows");
        }
    }
}
