package dev.talkshelf.catalog;

import dev.talkshelf.model.TalkSummary;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * Counts and sums over the talks a filter selects, computed in SQL so no talk is loaded to count it. The sums
 * cannot overflow, whatever the file holds (see {@link SafeSums}).
 */
public final class TalkAggregates {
    private final Database db;
    private final Duration timeLimit;

    public TalkAggregates(Database db) {
        this(db, SearchTimeLimit.DEFAULT);
    }

    public TalkAggregates(Database db, Duration timeLimit) {
        this.db = db;
        this.timeLimit = timeLimit;
    }

    /** @throws SearchTooSlowException when counting runs past the time limit */
    public TalkSummary summary(TalkFilter filter) {
        String sql = """
                SELECT count(*),
                       total(t.status = 'watched'),
                       total(CASE WHEN t.status IN ('unwatched', 'in-progress')
                                  THEN max(%s - %s, 0)
                                  ELSE 0 END)
                  FROM talk t WHERE %s""".formatted(SafeSums.millisOrZero("t.duration_ms"), SafeSums.millisOrZero("t.position_ms"),
                filter.sql());
        return db.read(c -> SearchTimeLimit.within(c, timeLimit, within -> {
            try (PreparedStatement ps = within.prepareStatement(sql)) {
                Sql.bind(ps, filter.params());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new TalkSummary(rs.getLong(1), SafeSums.count(rs.getDouble(2)), SafeSums.millis(rs.getDouble(3)));
                }
            }
        }));
    }
}
