package dev.talkshelf.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The talks' ranking: FTS5's bm25 over {@code talk_fts} with a weight per column. A kept word's part of it is computed
 * from its {@link KeptFrequencies} with these weights ({@link Bm25}, decision 0082).
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
}
