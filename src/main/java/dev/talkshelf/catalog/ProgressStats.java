package dev.talkshelf.catalog;

import dev.talkshelf.model.Limits;
import dev.talkshelf.model.TopicProgress;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Figures for the progress dashboard, counted in SQL so a large library is never loaded for them; sums per {@link SafeSums}. */
public final class ProgressStats {
    private static final long WEEK_MS = Duration.ofDays(7).toMillis();
    private final Database db;

    public ProgressStats(Database db) {
        this.db = db;
    }

    /**
     * Watched and total talks under each top-level topic (a talk tagged python/typing counts for python), from the
     * figures kept per topic and status (decision 0059): joining each entry to its talk was 1.5 s at a million talks.
     */
    public List<TopicProgress> topLevelTopics() {
        return db.read(c -> {
            List<TopicProgress> result = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT tp.path AS topic,
                           total(s.talks) FILTER (WHERE s.status = 'watched') AS watched,
                           sum(s.talks) AS total
                    FROM topic tp
                    JOIN %s s ON s.topic_id = tp.id
                    WHERE tp.parent_id IS NULL
                    GROUP BY tp.id
                    ORDER BY total DESC, tp.path""".formatted(TopicSums.TABLE))) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.add(new TopicProgress(rs.getString("topic"), SafeSums.count(rs.getDouble("watched")), rs.getLong("total")));
                    }
                }
            }
            return result;
        });
    }

    /**
     * Time watched per week from {@code since} on: week 0 starts at {@code since}. Weeks without a session are
     * absent from the map. A session counts in the week it started.
     */
    public Map<Integer, Duration> watchedPerWeek(Instant since) {
        return db.read(c -> {
            Map<Integer, Duration> result = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT (started - ?) / ? AS week, total(max(%s - %s, 0)) AS ms
                    FROM watch_session
                    WHERE started >= ? AND started < %d
                    GROUP BY week
                    ORDER BY week""".formatted(SafeSums.millisOrZero("to_ms"), SafeSums.millisOrZero("from_ms"), Limits.LATEST.toEpochMilli()))) {
                ps.setLong(1, since.toEpochMilli());
                ps.setLong(2, WEEK_MS);
                ps.setLong(3, since.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        result.put(rs.getInt("week"), SafeSums.millis(rs.getDouble("ms")));
                    }
                }
            }
            return result;
        });
    }

    /** All time watched, over every session. */
    public Duration watchedInAll() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT total(max(%s - %s, 0)) FROM watch_session WHERE started >= %d AND started < %d"
                    .formatted(SafeSums.millisOrZero("to_ms"), SafeSums.millisOrZero("from_ms"), Limits.EARLIEST.toEpochMilli(),
                            Limits.LATEST.toEpochMilli()));
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? SafeSums.millis(rs.getDouble(1)) : Duration.ZERO;
            }
        });
    }
}
