package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Kept said terms (KeptSaid) give what {@code said_fts} and a look through the cues give: the same talks with the same
 * bm25 scores, the same hits for the moments, after random attaches, replacements, detaches and deleted talks.
 */
class KeptSaidPropertiesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private static final List<String> WORDS = List.of("python", "Python,", "machine", "learning", "machine learning",
            "pýthon", "the", "gil", "GIL!", "interpreter", "py", "pypy", "learning.", "memory", "trio", "a", "ML");
    private static final List<String> TERMS = List.of("python", "machine learning", "gil", "memory", "trio", "pypy");

    @Property(tries = 12)
    void keptTermsFindAndRankAsTheIndexAndTheCues(@ForAll long seed) throws Exception {
        Random random = new Random(seed);
        Path dir = Files.createTempDirectory("kept-said");
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TranscriptStore transcripts = new TranscriptStore(db, CLOCK);
            List<TalkId> ids = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                ids.add(talks.insert(Talk.titled("Talk " + i), null));
                if (random.nextInt(4) > 0) {
                    transcripts.put(ids.get(i), transcript(random), "t.vtt");
                }
            }
            CueSearch search = new CueSearch(db, 1);
            List<String> kept = TERMS.subList(0, 1 + random.nextInt(3));
            kept.forEach(term -> search.saidScores(List.of(term))); // each found in at least one transcript: kept
            for (int step = 0; step < 15; step++) {
                TalkId talk = ids.get(random.nextInt(ids.size()));
                switch (random.nextInt(4)) {
                    case 0, 1 -> transcripts.put(talk, transcript(random), "new.vtt");
                    case 2 -> transcripts.remove(talk);
                    default -> {
                        if (ids.size() > 5) {
                            talks.delete(talk);
                            ids.remove(talk);
                        }
                    }
                }
            }
            for (List<String> terms : List.of(List.of(TERMS.get(0)), kept, TERMS)) {
                Map<TalkId, Double> fromIndex = bm25(db, terms);
                Map<TalkId, Double> scores = search.saidScores(terms);
                assertEquals(fromIndex.keySet(), scores.keySet(), "talks of " + terms);
                fromIndex.forEach((talk, score) -> assertEquals(score, scores.get(talk), Math.abs(score) * 1e-12,
                        "score of " + talk + " for " + terms));
                Map<TalkId, CueSearch.Matches> found = search.matches(ids, terms);
                for (TalkId talk : ids) {
                    List<CueSearch.Hit> looked = hitsLookedFor(db, talk, terms);
                    assertEquals(looked, found.containsKey(talk) ? found.get(talk).hits() : List.of(), "hits of " + talk);
                }
            }
            assertTrue(keptTerms(db) >= 1, "terms kept");
        } finally {
            TempFolders.delete(dir);
        }
    }

    private static Transcript transcript(Random random) {
        List<Cue> cues = new ArrayList<>();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random.nextInt(8);
            for (int w = 0; w < words; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
            }
            cues.add(new Cue(Duration.ofSeconds(2L * i), Duration.ofSeconds(2L * i + 1), text.toString()));
        }
        return new Transcript("en", cues);
    }

    /** What bm25(said_fts) gives the "or" of the terms, as the compiler writes it. */
    private static Map<TalkId, Double> bm25(Database db, List<String> terms) {
        String expression = String.join(" OR ", terms.stream().map(TalkFilter.Said::expression).sorted().toList());
        return db.read(c -> {
            Map<TalkId, Double> all = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid, bm25(said_fts) FROM said_fts WHERE said_fts MATCH ?")) {
                ps.setString(1, expression);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.put(new TalkId(rs.getLong(1)), rs.getDouble(2));
                    }
                }
            }
            return all;
        });
    }

    /** The hits a look through the talk's cues for all the terms finds. */
    private static List<CueSearch.Hit> hitsLookedFor(Database db, TalkId talk, List<String> terms) {
        byte[] packed = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT cues FROM transcript WHERE talk_id = ?")) {
                ps.setLong(1, talk.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getBytes(1) : null;
                }
            }
        });
        return packed == null ? List.of() : CueSearch.hitsIn(CuePacking.unpackLazily(packed), CueWords.of(terms));
    }

    private static int keptTerms(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM kept_said_term"); ResultSet rs = ps.executeQuery()) {
                return rs.getInt(1);
            }
        });
    }
}
