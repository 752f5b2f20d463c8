package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What SQLite itself gives for a filter over the talk rows, and bm25's order: what the plans are held to. */
final class FilterRows {
    private FilterRows() {
    }

    /** The ids of the talks passing {@code filter}, in {@code order} (SQL over {@code talk t}). */
    static List<Long> ids(Database db, TalkFilter filter, String order) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM talk t WHERE " + filter.sql() + " ORDER BY " + order)) {
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

    /** {@link #ids}, SQLite told to use no index: what the filter's SQL itself says, row by row. */
    static List<Long> unindexedIds(Database db, TalkFilter filter, String order) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM talk t NOT INDEXED WHERE " + filter.sql()
                    + " ORDER BY " + order)) {
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

    /** Each of {@code got} scores no worse under bm25 than the next (no better, {@code reversed}). */
    static void assertInBm25Order(Database db, FullText rankMatch, List<Long> got, boolean reversed, String text) {
        Map<Long, Double> scores = Bm25Scores.of(db, rankMatch);
        for (int i = 1; i < got.size(); i++) {
            double before = scores.get(got.get(i - 1));
            double after = scores.get(got.get(i));
            assertTrue(reversed ? before >= after - 1e-5 : before <= after + 1e-5, text + ": " + got.get(i - 1) + " before " + got.get(i));
        }
    }
}
