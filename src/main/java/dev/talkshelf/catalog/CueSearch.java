package dev.talkshelf.catalog;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.TalkId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues of talks that match a full-text expression over {@code cue_fts}, best first (bm25 over the talk's own
 * cues), each with its neighbours for context. The index holds no text: it is read from the talk's packed cues.
 */
public final class CueSearch {
    /** One matching cue, with the cue before and after it (null at either end of the transcript). */
    public record Hit(int place, Cue cue, Cue before, Cue after) {
    }

    private final Database db;

    public CueSearch(Database db) {
        this.db = db;
    }

    /**
     * Per talk (in the order given; a talk without a match is left out), its best matching cues, at most
     * {@code perTalk}, leaving out a cue next to a better one already taken (their contexts overlap).
     */
    public Map<TalkId, List<Hit>> best(String expression, List<TalkId> talks, int perTalk) {
        if (perTalk <= 0 || talks.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<TalkId, List<Hit>> all = new LinkedHashMap<>();
            try (PreparedStatement match = c.prepareStatement("""
                    SELECT rowid FROM cue_fts WHERE cue_fts MATCH ? AND rowid >= ? AND rowid < ?
                     ORDER BY bm25(cue_fts), rowid LIMIT ?""");
                 PreparedStatement cues = c.prepareStatement("SELECT cue_count, cues FROM transcript WHERE talk_id = ?")) {
                for (TalkId talk : talks) {
                    List<Integer> places = bestPlaces(match, expression, talk, perTalk);
                    if (!places.isEmpty()) {
                        all.put(talk, hits(cues, talk, places));
                    }
                }
            }
            return all;
        });
    }

    /** The best places, skipping one beside a place already taken; reads up to three times as many candidates. */
    private static List<Integer> bestPlaces(PreparedStatement match, String expression, TalkId talk, int perTalk)
            throws SQLException {
        match.setString(1, expression);
        match.setLong(2, CueIds.of(talk, 0));
        match.setLong(3, CueIds.of(new TalkId(talk.value() + 1), 0));
        match.setInt(4, perTalk * 3);
        List<Integer> places = new ArrayList<>();
        try (ResultSet rs = match.executeQuery()) {
            while (rs.next() && places.size() < perTalk) {
                int place = CueIds.place(rs.getLong(1));
                if (places.stream().noneMatch(p -> Math.abs(p - place) <= 1)) {
                    places.add(place);
                }
            }
        }
        return places;
    }

    private static List<Hit> hits(PreparedStatement cues, TalkId talk, List<Integer> places) throws SQLException {
        cues.setLong(1, talk.value());
        List<Cue> all;
        try (ResultSet rs = cues.executeQuery()) {
            if (!rs.next()) {
                return List.of();
            }
            int last = places.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            all = CuePacking.unpack(rs.getBytes(2), Math.min(rs.getInt(1), last + 1));
        }
        List<Hit> hits = new ArrayList<>(places.size());
        for (int place : places) {
            if (place < all.size()) {
                hits.add(new Hit(place, all.get(place), place > 0 ? all.get(place - 1) : null,
                        place + 1 < all.size() ? all.get(place + 1) : null));
            }
        }
        return hits;
    }
}
