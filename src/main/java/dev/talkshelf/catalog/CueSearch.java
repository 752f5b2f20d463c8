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
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * The cues of a few talks that hold what was searched for, with the talk's cues to read them in: a page's moments.
 * Read from the packed transcripts, not from an index of every cue: the talks are already found (by
 * {@code said_fts}), and reading a page's transcripts costs less than walking a common word's cues in an index,
 * which also took more room than the text (docs/decisions/0024-saidspeed-one-said-index-row-per-talk.md).
 */
public final class CueSearch {
    /** A talk's cues (each read when asked for), and those that match, in time order. */
    public record Matches(List<Cue> cues, List<Hit> hits) {
        public Matches {
            cues = Collections.unmodifiableList(cues);
            hits = List.copyOf(hits);
        }
    }

    /**
     * A cue holding what was searched for: its place in the transcript, how many of the searched terms it holds, how
     * often they occur in it and how many words it has (what the moments are ranked by, counted as it was found).
     */
    public record Hit(int place, int terms, int occurrences, int words) {
    }

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
        // The ids as one JSON parameter, as the talks of a page are read (TalkStore): one statement of the same text
        // for any page, where binding chunks of ids made a statement per chunk size.
        StringBuilder json = new StringBuilder(talks.size() * 7).append('[');
        for (TalkId talk : talks) {
            json.append(json.length() == 1 ? "" : ",").append(talk.value());
        }
        String idList = json.append(']').toString();
        Map<Long, byte[]> packed = db.read(c -> {
            Map<Long, byte[]> all = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT talk_id, cues FROM transcript WHERE talk_id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, idList);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.put(rs.getLong(1), rs.getBytes(2));
                    }
                }
            }
            return all;
        });
        // Unpacked and read outside the read transaction: the bytes are ours now. Looking through a page's transcripts
        // (~5 MB of text for 200 talks) is most of a page's moments: the talks are shared among the common pool's
        // threads and the caller's.
        List<byte[]> blobs = talks.stream().map(t -> packed.get(t.value())).toList();
        Matches[] found = new Matches[talks.size()];
        int shares = Math.max(1, Math.min(talks.size() / MIN_SHARE, ForkJoinPool.getCommonPoolParallelism() + 1));
        IntStream.range(0, shares).parallel().forEach(share -> {
            for (int i = share; i < found.length; i += shares) {
                if (blobs.get(i) != null) {
                    found[i] = matchesIn(CuePacking.unpackLazily(blobs.get(i)), words);
                }
            }
        });
        Map<TalkId, Matches> all = new LinkedHashMap<>();
        for (int i = 0; i < found.length; i++) {
            if (found[i] != null) {
                all.put(talks.get(i), found[i]);
            }
        }
        return all;
    }

    /** Fewer talks than this are not worth a second thread. */
    private static final int MIN_SHARE = 8;

    private static Matches matchesIn(CuePacking.Lazy cues, CueWords words) {
        List<Hit> hits = new ArrayList<>();
        for (int place = 0; place < cues.size(); place++) {
            long held = cues.held(place, words);
            if (held != CueWords.NONE) {
                hits.add(new Hit(place, CueWords.terms(held), CueWords.occurrences(held), CueWords.wordCount(held)));
            }
        }
        return hits.isEmpty() ? null : new Matches(cues, hits);
    }
}
