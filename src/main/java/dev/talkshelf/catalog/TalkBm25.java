package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The talks' ranking: FTS5's bm25 over {@code talk_fts} with a weight per column, and the same arithmetic done here for a
 * kept word from its {@link KeptFrequencies} (decision 0082). bm25 sums one independent part per phrase, each with its
 * own idf (from the phrase's count of rows) and the talk's length against the average, so a word's part can be added to
 * the score FTS5 gives the other words alone ({@link SaidBm25} does the sum's arithmetic, in SQLite's order).
 */
final class TalkBm25 {
    /** The search index's columns and each one's weight: a title match counts ten times a description match. */
    private static final Map<String, Integer> WEIGHTS = weights();

    /** The ranking as SQL, the weights in the columns' order. */
    static final String FUNCTION = "bm25(talk_fts, " + String.join(", ",
            WEIGHTS.values().stream().map(w -> w + ".0").toList()) + ")";

    private TalkBm25() {
    }

    private static Map<String, Integer> weights() {
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("title", 10);
        weights.put("speakers", 8);
        weights.put("event", 3);
        weights.put("tags", 4);
        weights.put("description", 1);
        weights.put("notes", 2);
        return weights;
    }

    /** Each column's weight by its name. */
    static Map<String, Integer> weightsByColumn() {
        return WEIGHTS;
    }

    /** The index's row count and its average row length over every column, as bm25 takes them. */
    static SaidBm25.Totals totals(Connection c) throws SQLException {
        long[] averages = Fts5Averages.read(c, "talk_fts");
        long tokens = 0;
        for (int i = 1; i < averages.length; i++) {
            tokens += averages[i];
        }
        long rows = averages[0];
        return new SaidBm25.Totals(rows, rows == 0 ? 0 : (double) tokens / (double) rows);
    }

    /** A talk's length in tokens over every column, from its {@code talk_fts_docsize} blob. */
    static int length(byte[] docsize) {
        int length = 0;
        int[] at = {0};
        while (docsize != null && at[0] < docsize.length) {
            length += (int) Fts5Averages.sqliteVarint(docsize, at);
        }
        return length;
    }
}
