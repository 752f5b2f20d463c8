package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.Transcript;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept said terms follow the transcripts through the writes an import makes: many in one write, or none. */
class KeptSaidTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    TalkStore talks;
    TranscriptStore transcripts;
    CueSearch search;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("lib.db"), CLOCK);
        talks = new TalkStore(db, CLOCK);
        transcripts = new TranscriptStore(db, CLOCK);
        search = new CueSearch(db, 1);
        TalkId first = talks.insert(Talk.titled("First"), null);
        transcripts.put(first, transcript("we use python", "python again"), "a.vtt");
        search.saidScores(List.of("python")); // found in one transcript: kept
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Transcript transcript(String... lines) {
        return new Transcript("en", IntStream.range(0, lines.length)
                .mapToObj(i -> new Cue(Duration.ofSeconds(i), Duration.ofSeconds(i + 1), lines[i])).toList());
    }

    private long keptRows() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM kept_said"); ResultSet rs = ps.executeQuery()) {
                return rs.getLong(1);
            }
        });
    }

    @Test
    void transcriptsStoredInOneWriteAreKeptAtOnce() {
        db.write(c -> {
            for (int i = 0; i < 3; i++) {
                TalkId talk = talks.insert(Talk.titled("Imported " + i), null);
                transcripts.put(talk, transcript("python " + i, "nothing"), "i.vtt");
            }
            return null;
        });

        assertEquals(4, keptRows());
        assertEquals(4, search.saidScores(List.of("python")).size());
    }

    @Test
    void aFailedWriteTakesItsKeptRowsBackWithIt() {
        assertThrows(IllegalStateException.class, () -> db.write(c -> {
            TalkId talk = talks.insert(Talk.titled("Imported"), null);
            transcripts.put(talk, transcript("python here"), "i.vtt");
            throw new IllegalStateException("the import failed");
        }));

        assertEquals(1, keptRows());
    }

    @Test
    void aReplacedTranscriptWithoutTheTermLeavesTheKeptRows() {
        transcripts.put(new TalkId(1), transcript("no snakes said"), "b.vtt");

        assertEquals(0, keptRows());
        assertEquals(List.of(), List.copyOf(search.saidScores(List.of("python")).keySet()));
    }
}
