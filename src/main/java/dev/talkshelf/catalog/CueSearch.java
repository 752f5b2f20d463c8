package dev.talkshelf.catalog;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.TalkId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cues of talks that match a full-text expression over {@code cue_fts}, with the talk's cues to read them in
 * (the index holds no text). Unscored: bm25 would count the expression's matches over the whole index once per
 * talk (~15 ms for a word said in every talk, measured at 10,000 talks), so the caller ranks the few cues itself.
 */
public final class CueSearch {
    /** A talk's cues (each read when asked for), and the places of those that match, in time order. */
    public record Matches(List<Cue> cues, List<Integer> places) {
        public Matches {
            cues = Collections.unmodifiableList(cues);
            places = List.copyOf(places);
        }
    }

    private static final int CHUNK = 1_000;

    private final Database db;

    public CueSearch(Database db) {
        this.db = db;
    }

    /**
     * The matches of each talk given (in that order; a talk without a match, or without a transcript, is left
     * out), from one walk of the expression's matches between the lowest and highest of the talks.
     */
    public Map<TalkId, Matches> matches(String expression, List<TalkId> talks) {
        if (talks.size() > CHUNK) {
            // Well below SQLite's limit on parameters per statement.
            Map<TalkId, Matches> all = new LinkedHashMap<>();
            for (int from = 0; from < talks.size(); from += CHUNK) {
                all.putAll(matches(expression, talks.subList(from, Math.min(talks.size(), from + CHUNK))));
            }
            return all;
        }
        if (talks.isEmpty()) {
            return Map.of();
        }
        long low = talks.stream().mapToLong(TalkId::value).min().orElseThrow();
        long high = talks.stream().mapToLong(TalkId::value).max().orElseThrow();
        String in = String.join(", ", Collections.nCopies(talks.size(), "?"));
        return db.read(c -> {
            Map<Long, List<Integer>> places = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT rowid FROM cue_fts WHERE cue_fts MATCH ? AND rowid >= ? AND rowid < ? AND rowid / %d IN (%s)"""
                    .formatted(CueIds.PER_TALK, in))) {
                List<Object> params = new ArrayList<>();
                params.add(expression);
                params.add(CueIds.of(new TalkId(low), 0));
                params.add(CueIds.of(new TalkId(high + 1), 0));
                talks.forEach(t -> params.add(t.value()));
                Sql.bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        places.computeIfAbsent(CueIds.talk(id).value(), k -> new ArrayList<>()).add(CueIds.place(id));
                    }
                }
            }
            Map<TalkId, Matches> all = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT cue_count, cues FROM transcript WHERE talk_id = ?")) {
                for (TalkId talk : talks) {
                    List<Integer> at = places.get(talk.value());
                    if (at == null) {
                        continue;
                    }
                    ps.setLong(1, talk.value());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            List<Cue> cues = CuePacking.unpackLazily(rs.getBytes(2));
                            at.removeIf(p -> p >= cues.size());
                            all.put(talk, new Matches(cues, at));
                        }
                    }
                }
            }
            return all;
        });
    }
}
