package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkTranscript;
import dev.talkshelf.model.Transcript;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Database db;
    TalkStore talks;
    TranscriptStore transcripts;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("lib.db"), CLOCK);
        talks = new TalkStore(db, CLOCK);
        transcripts = new TranscriptStore(db, CLOCK);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Transcript transcript(String... lines) {
        List<Cue> cues = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            cues.add(new Cue(Duration.ofMillis(1_500L * i), Duration.ofMillis(1_500L * i + 1_400), lines[i]));
        }
        return new Transcript("en", cues);
    }

    private List<Long> talksSaying(String words) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM said_fts WHERE said_fts MATCH ? ORDER BY rowid")) {
                ps.setString(1, words);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    @Test
    void aTranscriptReadsBackAsStoredWithItsTextIndexed() {
        TalkId talk = talks.insert(Talk.titled("The GIL, detached"), null);
        Transcript said = transcript("welcome everyone", "the global interpreter lock is released",
                "when Łukasz blocks on I/O");

        transcripts.put(talk, said, "gil.en.vtt");

        assertEquals(Optional.of(new TalkTranscript(talk, said, "gil.en.vtt", CLOCK.instant())), transcripts.get(talk));
        assertEquals(List.of(talk.value()), talksSaying("interpreter"));
        assertEquals(List.of(talk.value()), talksSaying("lukasz"), "stroked letters are folded as in talk_fts");
    }

    @Test
    void aPhraseMatchesWithinOneCueNeverAcrossTwo() {
        TalkId talk = talks.insert(Talk.titled("The GIL, detached"), null);
        transcripts.put(talk, transcript("the lock is released", "when blocking"), "gil.en.vtt");

        assertEquals(List.of(talk.value()), talksSaying("\"lock is released\""));
        assertEquals(List.of(), talksSaying("\"released when\""));
    }

    @Test
    void aCueHoldingTheCueBreakCharacterKeepsItsWordsTogetherAndApartFromTheNext() {
        TalkId talk = talks.insert(Talk.titled("Private use"), null);
        transcripts.put(talk, transcript("odd \uE000 character", "then words"), "odd.vtt");

        assertEquals(List.of(), talksSaying("\"character then\""));
        assertEquals(List.of(talk.value()), talksSaying("\"odd character\""), "the character is no word of the cue");
    }

    @Test
    void attachingAgainReplacesTheTranscriptAndItsIndexRow() {
        TalkId talk = talks.insert(Talk.titled("Async in practice"), null);
        transcripts.put(talk, transcript("event loops", "futures and tasks", "cancellation"), "a.srt");

        Optional<TalkTranscript> replaced = transcripts.put(talk, transcript("structured concurrency"), "b.vtt");

        assertEquals("a.srt", replaced.orElseThrow().source());
        assertEquals(List.of(), talksSaying("futures OR cancellation OR loops"));
        assertEquals(List.of(talk.value()), talksSaying("structured"));
    }

    @Test
    void deletingTheTalkTakesItsTranscriptOutOfTheIndex() {
        TalkId kept = talks.insert(Talk.titled("Kept"), null);
        TalkId gone = talks.insert(Talk.titled("Gone"), null);
        transcripts.put(kept, transcript("python typing"), "kept.vtt");
        transcripts.put(gone, transcript("python packaging", "python wheels"), "gone.vtt");

        talks.delete(gone);

        assertEquals(List.of(kept.value()), talksSaying("python"));
        assertTrue(transcripts.get(gone).isEmpty());
    }

    @Test
    void removeTakesTheTranscriptAway() {
        TalkId talk = talks.insert(Talk.titled("Rust"), null);
        transcripts.put(talk, transcript("ownership"), "r.vtt");

        assertTrue(transcripts.remove(talk).isPresent());

        assertTrue(!transcripts.has(talk));
        assertEquals(List.of(), talksSaying("ownership"));
    }

    @Test
    void aTranscriptNeedsItsTalk() {
        assertThrows(NoSuchTalkException.class, () -> transcripts.put(new TalkId(404), transcript("nobody"), "x.vtt"));
    }

    @Test
    void anHourOfCaptionsPacksToLessThanHalfItsText() {
        List<Cue> cues = new ArrayList<>();
        String[] words = {"the", "interpreter", "lock", "threads", "python", "released", "when", "blocking", "we",
            "call", "into", "C", "extensions", "and", "so", "on", "free", "threading", "build", "memory"};
        Random random = new Random(7);
        int textBytes = 0;
        for (int i = 0; i < 1_200; i++) {
            StringBuilder line = new StringBuilder();
            for (int w = 0; w < 8; w++) {
                line.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            textBytes += line.length();
            cues.add(new Cue(Duration.ofMillis(3_000L * i), Duration.ofMillis(3_000L * i + 2_900), line.toString()));
        }

        byte[] packed = CuePacking.pack(cues);

        assertEquals(cues, CuePacking.unpack(packed, cues.size()));
        assertTrue(packed.length < textBytes / 2, packed.length + " bytes packed for " + textBytes + " of text");
    }
}
