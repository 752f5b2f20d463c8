package dev.talkshelf.catalog;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The topic figures a write transaction's new talks add ({@link TopicSums#ENTER}), summed in memory and written as one
 * row per topic and status: at the commit, and before any other work of the transaction ({@link Database#write},
 * {@link Database#read}), whose statements may fire the figures' triggers or read them. An import wrote ~2.4 such rows
 * per talk, a statement each: 0.4–0.7 s of a 108,575-talk import's storing thread.
 */
final class PendingTopicSums {
    private record Key(long topic, String status) {
    }

    /** Per topic and status: talks, milliseconds left. */
    private final Map<Key, long[]> sums = new LinkedHashMap<>();

    void add(long topic, TopicSums.Figures figures) {
        long[] sum = sums.computeIfAbsent(new Key(topic, figures.status()), k -> new long[2]);
        sum[0]++;
        sum[1] += figures.left();
    }

    /** Writes the sums through the transaction's connection ({@code enter} is {@link TopicSums#ENTER}) and forgets them. */
    void write(PreparedStatement enter) throws SQLException {
        for (Map.Entry<Key, long[]> e : sums.entrySet()) {
            TopicSums.bindEnter(enter, e.getKey().topic(), e.getKey().status(), e.getValue()[0], e.getValue()[1]);
            enter.executeUpdate();
        }
        sums.clear();
    }

    boolean isEmpty() {
        return sums.isEmpty();
    }

    void clear() {
        sums.clear();
    }
}
