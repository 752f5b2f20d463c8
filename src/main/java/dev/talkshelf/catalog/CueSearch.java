package dev.talkshelf.catalog;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.TalkId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues of a few talks that hold what was searched for, with the talk's cues to read them in: a page's moments.
 * Read from the packed transcripts, not from an index of every cue: the talks are already found (by
 * {@code said_fts}), and reading a page's transcripts costs less than walking a common word's cues in an index,
 * which also took more room than the text (docs/decisions/0024-saidspeed-one-said-index-row-per-talk.md).
 */
public final class CueSearch {
    /** A talk's cues (each read when asked for), and the places of those that match, in time order. */
    public record Matches(List<Cue> cues, List<Integer> places) {
        public Matches {
            cues = Collections.unmodifiableList(cues);
            places = List.copyOf(places);
        }
    }

    private static final int CHUNK = 500;

    private final Database db;

    public CueSearch(Database db) {
        this.db = db;
    }

    /**
     * How well what was said in each talk matches an FTS5 expression over {@code said_fts}: its bm25 score (lower is
     * better), for the talks whose transcript matches. One score a talk, so a word said in every transcript costs one
     * entry a talk, not one a cue.
     */
    public Map<TalkId, Double> saidScores(String expression) {
        return db.read(c -> {
            Map<TalkId, Double> scores = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid, bm25(said_fts) FROM said_fts WHERE said_fts MATCH ?")) {
                ps.setString(1, expression);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        scores.put(new TalkId(rs.getLong(1)), rs.getDouble(2));
                    }
                }
            }
            return scores;
        });
    }

    /**
     * The cues holding one of the {@code words}' terms of each talk given, in that order; a talk without a transcript,
     * or without such a cue, is left out. One read of the library.
     */
    public Map<TalkId, Matches> matches(List<TalkId> talks, CueWords words) {
        if (talks.isEmpty() || words.isEmpty()) {
            return Map.of();
        }
        Map<Long, byte[]> packed = db.read(c -> {
            Map<Long, byte[]> all = new HashMap<>();
            for (int from = 0; from < talks.size(); from += CHUNK) {
                List<TalkId> chunk = talks.subList(from, Math.min(talks.size(), from + CHUNK));
                String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT talk_id, cues FROM transcript WHERE talk_id IN (%s)".formatted(in))) {
                    Sql.bind(ps, chunk.stream().<Object>map(TalkId::value).toList());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            all.put(rs.getLong(1), rs.getBytes(2));
                        }
                    }
                }
            }
            return all;
        });
        // Unpacked and read outside the read transaction: the bytes are ours now.
        Map<TalkId, Matches> all = new LinkedHashMap<>();
        for (TalkId talk : talks) {
            byte[] blob = packed.get(talk.value());
            if (blob == null) {
                continue;
            }
            CuePacking.Lazy cues = CuePacking.unpackLazily(blob);
            List<Integer> places = new ArrayList<>();
            for (int place = 0; place < cues.size(); place++) {
                if (cues.holds(place, words)) {
                    places.add(place);
                }
            }
            if (!places.isEmpty()) {
                all.put(talk, new Matches(cues, places));
            }
        }
        return all;
    }
}
