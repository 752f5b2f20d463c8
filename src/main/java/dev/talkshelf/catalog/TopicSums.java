package dev.talkshelf.catalog;

import dev.talkshelf.model.WatchState;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Per topic and watch status, how many talks it holds (a topic and every topic below it, as {@code talk_topic_closure})
 * and the milliseconds left to watch in them (decision 0059): a playlist {@code tag:X status:...} reads a few rows here
 * where it sought each of the topic's talks (129,000 seeks, ~70 ms at a million talks). A separate table of a few rows
 * per topic, so the topics' entries that every {@code tag:} walk reads stay as narrow as they were (decision 0055).
 *
 * <p>Kept exact in the file: triggers move the sums when a talk's status, length or position changes (any writer of the
 * file), when a talk is deleted and when a topic entry is deleted; they roll back with their write. New entries are
 * added by the two places that insert them ({@link #ENTER}, a new talk's summed over its transaction in
 * {@link PendingTopicSums}; {@link #ENTER_TALK}), without a trigger on inserts: that would make each insert of an import
 * open a statement journal (decision 0040).
 */
final class TopicSums {
    private TopicSums() {
    }

    static final String TABLE = "topic_status_sums";

    /** The milliseconds left of talk {@code alias}, as {@link PlaylistStore}'s sums count them per talk. */
    static String left(String alias) {
        String length = SafeSums.millisOrZero(alias + ".duration_ms");
        String position = SafeSums.millisOrZero(alias + ".position_ms");
        return """
                (CASE %1$s.status WHEN 'unwatched' THEN %2$s WHEN 'watched' THEN 0 WHEN 'skipped' THEN 0
                 WHEN 'in-progress' THEN max(%2$s - %3$s, 0) ELSE %2$s END)""".formatted(alias, length, position);
    }

    /** Adds talk {@code alias}'s figures to the rows of the topics {@code topics} (SQL selecting {@code topic_id}). */
    private static String add(String alias, String topics) {
        return """
                INSERT INTO %1$s(topic_id, status, talks, left_ms)
                SELECT x.topic_id, %2$s.status, 1, %3$s FROM (%4$s) x WHERE true
                ON CONFLICT(topic_id, status) DO UPDATE SET talks = talks + 1, left_ms = left_ms + excluded.left_ms"""
                .formatted(TABLE, alias, left(alias), topics);
    }

    /** Takes talk {@code alias}'s figures out of the rows of the topics {@code topics}; a row left without talks goes. */
    private static String take(String alias, String topics) {
        return """
                UPDATE %1$s SET talks = talks - 1, left_ms = left_ms - %3$s WHERE status = %2$s.status AND topic_id IN (%4$s);
                DELETE FROM %1$s WHERE talks <= 0 AND status = %2$s.status AND topic_id IN (%4$s)"""
                .formatted(TABLE, alias, left(alias), topics);
    }

    private static String topicsOf(String talkId) {
        return "SELECT topic_id FROM talk_topic_closure WHERE talk_id = " + talkId;
    }

    /** Schema step 28: the table, its triggers, and the sums counted once from every topic entry. */
    static final List<String> SCHEMA = List.of(
            "DROP TABLE IF EXISTS " + TABLE,
            """
            CREATE TABLE %s (
                topic_id INTEGER NOT NULL,
                status   TEXT NOT NULL,
                talks    INTEGER NOT NULL,
                left_ms  INTEGER NOT NULL,
                PRIMARY KEY (topic_id, status)
            ) WITHOUT ROWID""".formatted(TABLE),
            """
            INSERT INTO %s(topic_id, status, talks, left_ms)
            SELECT c.topic_id, t.status, count(*), sum(%s) FROM talk_topic_closure c
              JOIN talk t INDEXED BY %s ON t.id = c.talk_id GROUP BY c.topic_id, t.status"""
                    .formatted(TABLE, left("t"), Schema.PROGRESS_BY_ID),
            "DROP TRIGGER IF EXISTS talk_progress_moves_topic_sums",
            """
            CREATE TRIGGER talk_progress_moves_topic_sums AFTER UPDATE OF id, status, duration_ms, position_ms ON talk
              WHEN old.id IS NOT new.id OR old.status IS NOT new.status OR old.duration_ms IS NOT new.duration_ms
                OR old.position_ms IS NOT new.position_ms
            BEGIN
                %s;
                %s;
            END""".formatted(take("old", topicsOf("old.id")), add("new", topicsOf("new.id"))),
            // Before the delete: the entries' cascade runs after the talk's row is gone, with nothing left to subtract.
            "DROP TRIGGER IF EXISTS talk_leaves_topic_sums",
            """
            CREATE TRIGGER talk_leaves_topic_sums BEFORE DELETE ON talk BEGIN
                %s;
            END""".formatted(take("old", topicsOf("old.id"))),
            // An entry deleted while its talk is there (a talk's topics changed); in a talk's delete the talk is gone
            // by then and its trigger above took the figures out already.
            "DROP TRIGGER IF EXISTS topic_entry_leaves_sums",
            """
            CREATE TRIGGER topic_entry_leaves_sums AFTER DELETE ON talk_topic_closure
              WHEN EXISTS (SELECT 1 FROM talk WHERE id = old.talk_id)
            BEGIN
                UPDATE %1$s SET talks = talks - 1, left_ms = left_ms - (SELECT %2$s FROM talk t WHERE t.id = old.talk_id)
                 WHERE topic_id = old.topic_id AND status = (SELECT status FROM talk WHERE id = old.talk_id);
                DELETE FROM %1$s WHERE topic_id = old.topic_id AND talks <= 0;
            END""".formatted(TABLE, left("t")));

    /** A talk's status and milliseconds left, as its topics' figures count it: what {@link #ENTER} adds per new entry. */
    record Figures(String status, long left) {
        /**
         * A new talk's figures from the values its insert binds, by {@link #left}'s rule: what {@link #FIGURES} would read
         * back, without a query per imported talk (3 % of an import's storing thread). An {@code INSERT ... RETURNING}
         * would read them too, but opens a statement journal, which makes FTS5 write out its pending rows at every talk.
         */
        static Figures of(WatchState watch, Duration length) {
            long total = SafeSums.millisOrZero(length);
            long left = switch (watch.status()) {
                case WATCHED, SKIPPED -> 0;
                case IN_PROGRESS -> Math.max(total - SafeSums.millisOrZero(watch.position()), 0);
                case UNWATCHED -> total;
            };
            return new Figures(watch.status().label(), left);
        }
    }

    /** A talk's {@link Figures}, read once before its new entries are added ({@link #ENTER}). */
    static final String FIGURES = "SELECT t.status, %s FROM talk t WHERE t.id = ?".formatted(left("t"));

    /**
     * Adds new entries' talks to a topic's figures (after {@code INSERT OR IGNORE} inserted them): the values as
     * parameters ({@link #bindEnter}), so the insert opens no statement journal.
     */
    static final String ENTER = """
            INSERT INTO %1$s(topic_id, status, talks, left_ms) VALUES (?, ?, ?, ?)
            ON CONFLICT(topic_id, status) DO UPDATE SET talks = talks + excluded.talks, left_ms = left_ms + excluded.left_ms"""
            .formatted(TABLE);

    /** {@link #ENTER}'s parameters: {@code talks} talks of {@code status} with {@code left} milliseconds left in all. */
    static void bindEnter(PreparedStatement enter, long topic, String status, long talks, long left) throws SQLException {
        enter.setLong(1, topic);
        enter.setString(2, status);
        enter.setLong(3, talks);
        enter.setLong(4, left);
    }

    /** Adds a talk to the figures of every topic it has an entry in (all of them new: its entries were rebuilt). */
    static final String ENTER_TALK = """
            INSERT INTO %1$s(topic_id, status, talks, left_ms)
            SELECT c.topic_id, t.status, 1, %2$s FROM talk_topic_closure c JOIN talk t ON t.id = c.talk_id WHERE c.talk_id = ?
            ON CONFLICT(topic_id, status) DO UPDATE SET talks = talks + 1, left_ms = left_ms + excluded.left_ms"""
            .formatted(TABLE, left("t"));

    /** The figures as they would be counted now from every topic entry: for tests. */
    static String recountSql() {
        return """
                SELECT c.topic_id, t.status, count(*), sum(%s) FROM talk_topic_closure c JOIN talk t ON t.id = c.talk_id
                 GROUP BY c.topic_id, t.status ORDER BY 1, 2""".formatted(left("t"));
    }
}
