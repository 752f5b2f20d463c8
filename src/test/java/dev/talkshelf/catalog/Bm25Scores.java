package dev.talkshelf.catalog;

import dev.talkshelf.model.TalkId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** FTS5's own ranking of a match expression and SQLite's own evaluation of a filter, for tests that hold a plan to them. */
final class Bm25Scores {
    private Bm25Scores() {
    }

    static Map<Long, Double> of(Database db, FullText expression) {
        return of(db, expression.fts());
    }

    /** Each matching talk's bm25 score with the search's weights (lower is better), by talk id. */
    static Map<Long, Double> of(Database db, String expression) {
        return db.read(c -> {
            Map<Long, Double> scores = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid, " + TalkSearch.BM25 + " FROM talk_fts WHERE talk_fts MATCH ?")) {
                ps.setString(1, expression);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        scores.put(rs.getLong(1), rs.getDouble(2));
                    }
                }
            }
            return scores;
        });
    }

    /** The talks SQLite's own evaluation of a filter selects: what every plan must find. */
    static Set<Long> selected(Database db, TalkFilter filter) {
        return db.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM talk t WHERE " + filter.sql())) {
                Sql.bind(ps, filter.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** The ids' values, as a set. */
    static Set<Long> ids(List<TalkId> ids) {
        Set<Long> set = new HashSet<>();
        ids.forEach(id -> set.add(id.value()));
        return set;
    }
}
