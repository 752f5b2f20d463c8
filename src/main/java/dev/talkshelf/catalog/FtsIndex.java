package dev.talkshelf.catalog;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@code talk_fts} equal to the talks: one row per talk with its title, speakers, event, topic paths,
 * description and notes. Rebuilt per touched talk at commit, set-wise, so a 20,000-talk import pays for
 * two statements, not 20,000 triggers.
 */
final class FtsIndex {
    private FtsIndex() {
    }

    /**
     * The index rows of talks (add a WHERE over {@code t}); letters are folded as {@link TextFold} says. Used
     * by the schema step that rebuilt the index once; day-to-day changes go through {@link #refresh}.
     */
    static final String INSERT_ROWS = """
            INSERT INTO talk_fts(rowid, title, speakers, event, tags, description, notes)
            SELECT t.id, %s, %s, %s, %s, %s, %s
              FROM talk t""".formatted(
            TextFold.sql("t.title"),
            TextFold.sql("""
                    (SELECT group_concat(sp.name, ' ') FROM talk_speaker ts JOIN speaker sp ON sp.id = ts.speaker_id
                      WHERE ts.talk_id = t.id)"""),
            TextFold.sql("(SELECT e.name FROM event e WHERE e.id = t.event_id)"),
            TextFold.sql("""
                    (SELECT group_concat(tp.path, ' ') FROM talk_topic tt JOIN topic tp ON tp.id = tt.topic_id
                      WHERE tt.talk_id = t.id)"""),
            TextFold.sql("t.description"),
            TextFold.sql("(SELECT group_concat(n.text, ' ') FROM note n WHERE n.talk_id = t.id)"));

    /**
     * The talks' search index as schema step 27 makes it: no prefix index (decision 0054). A prefix merges the lists of
     * its terms; the common two-letter ones are kept words ({@link KeptWords}).
     */
    static final String CREATE_TABLE = """
            CREATE VIRTUAL TABLE talk_fts USING fts5(
                title, speakers, event, tags, description, notes,
                tokenize = 'unicode61 remove_diacritics 2',
                content = '', contentless_delete = 1
            )""";

    /** One talk's index row. */
    private static final String INSERT_ROW =
            "INSERT INTO talk_fts(rowid, title, speakers, event, tags, description, notes) VALUES (?, ?, ?, ?, ?, ?, ?)";

    /** Where {@link #SELECT_PARTS} puts the description, which is read through {@link DescriptionPacking}. */
    static final int DESCRIPTION = 6;

    /** The parts of a talk's index row as stored, before folding. */
    private static final String SELECT_PARTS = """
            SELECT t.id, t.title,
                   (SELECT group_concat(sp.name, ' ') FROM talk_speaker ts JOIN speaker sp ON sp.id = ts.speaker_id
                     WHERE ts.talk_id = t.id),
                   (SELECT e.name FROM event e WHERE e.id = t.event_id),
                   (SELECT group_concat(tp.path, ' ') FROM talk_topic tt JOIN topic tp ON tp.id = tt.topic_id
                     WHERE tt.talk_id = t.id),
                   t.description,
                   (SELECT group_concat(n.text, ' ') FROM note n WHERE n.talk_id = t.id)
              FROM talk t WHERE t.id IN (SELECT id FROM temp.fts_dirty)""";

    /** {@link #SELECT_PARTS} for one talk ({@link #storedParts}). */
    static final String SELECT_ONE_TALKS_PARTS = SELECT_PARTS.replace(" IN (SELECT id FROM temp.fts_dirty)", " = ?");

    /**
     * One talk's index row parts as stored ({@link #SELECT_ONE_TALKS_PARTS} prepared by the caller), the description as
     * its packed bytes: equal before and after a change exactly when the change leaves the talk's index row as it is.
     */
    static List<Object> storedParts(PreparedStatement selectOneTalksParts, long talkId) throws SQLException {
        selectOneTalksParts.setLong(1, talkId);
        List<Object> parts = new ArrayList<>();
        try (ResultSet rs = selectOneTalksParts.executeQuery()) {
            if (rs.next()) {
                for (int column = 2; column <= 7; column++) {
                    Object part = rs.getObject(column);
                    parts.add(part instanceof byte[] bytes ? ByteBuffer.wrap(bytes) : part);
                }
            }
        }
        return parts;
    }

    /** {@link #SELECT_PARTS} for every talk, in id order (also what {@code StoreFloorBenchmark} indexes). */
    static final String SELECT_ALL_PARTS = SELECT_PARTS.replace(" WHERE t.id IN (SELECT id FROM temp.fts_dirty)", " ORDER BY t.id");

    /**
     * Builds the index afresh from the talks, as {@link #CREATE_TABLE} says (schema step 27), inside the caller's
     * transaction. The rows are inserted in id order, folded in Java as {@link #refresh} does, so the index holds
     * what day-to-day writes would have written; FTS5 keeps them in its 64 MB hash and writes few segments.
     */
    static void rebuild(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS talk_fts");
            s.execute(CREATE_TABLE);
            s.execute("INSERT INTO talk_fts(talk_fts, rank) VALUES ('hashsize', 67108864)");
            if (KeptFrequencies.present(c)) {
                // Each talk's length and counts as the old index had them: built again when searched (decision 0082).
                s.execute("DELETE FROM kept_word_freq");
            }
        }
        insertAll(c);
    }

    /** Inserts every talk's index row into an index that holds none. */
    static void insertAll(Connection c) throws SQLException {
        try (Statement read = c.createStatement();
             ResultSet rows = read.executeQuery(SELECT_ALL_PARTS);
             PreparedStatement insert = c.prepareStatement(INSERT_ROW)) {
            while (rows.next()) {
                insert.setLong(1, rows.getLong(1));
                for (int column = 2; column <= 7; column++) {
                    insert.setString(column, TextFold.fold(column != DESCRIPTION ? rows.getString(column)
                            : DescriptionPacking.read(rows, column)));
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * Rebuilds the index rows of the given talks, removing first the rows of those that may have one. A talk inserted
     * by this transaction and untouched since is indexed from the text its insert stored ({@link IndexText}); the
     * others' parts are read from the tables. The text is folded here in Java ({@link TextFold#fold} returns plain text
     * untouched at once); folding in SQL with a chain of replace() calls over every description tripled the time a
     * 21,700-talk import spent indexing.
     */
    static void refresh(Connection c, TouchedTalks talks, KeptWords.Pending pending) throws SQLException {
        if (talks.isEmpty()) {
            return;
        }
        // The kept words' bitmaps follow the same talks, from their new text, at the commit (KeptWords.apply): a write
        // to another table now would make FTS5 write out the rows it holds, a segment each time.
        boolean keeping = pending != null && pending.recording(c);
        List<Long> readBack = new ArrayList<>();
        for (long id : talks.all()) {
            if (talks.insertedText(id) == null) {
                readBack.add(id);
            }
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT_ROW)) {
            Row row = new Row(insert, keeping ? pending : null);
            if (!readBack.isEmpty()) {
                // First: its old rows' delete would make FTS5 write out the rows inserted before it, as a segment.
                readBack(c, readBack, talks, keeping ? pending : null, row);
            }
            for (long id : talks.all()) {
                IndexText text = talks.insertedText(id);
                if (text == null) {
                    continue;
                }
                row.start(id);
                row.folded(text.title());
                row.folded(text.speakers());
                row.folded(text.event());
                row.folded(text.tags());
                row.folded(text.description());
                row.folded(null); // notes: a new talk's are added after it, and touch it
                row.insert();
            }
        }
    }

    /** Rebuilds the rows of talks whose text is read from the tables, removing their old rows first. */
    private static void readBack(Connection c, List<Long> talkIds, TouchedTalks talks, KeptWords.Pending pending, Row row)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS fts_dirty (id INTEGER PRIMARY KEY, old_row INTEGER NOT NULL)");
            s.execute("DELETE FROM temp.fts_dirty");
        }
        boolean anyOldRows = false;
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.fts_dirty(id, old_row) VALUES (?, ?)")) {
            for (long id : talkIds) {
                boolean oldRow = !talks.withoutRow().contains(id);
                anyOldRows |= oldRow;
                ps.setLong(1, id);
                ps.setInt(2, oldRow ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        if (anyOldRows) {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM talk_fts WHERE rowid IN (SELECT id FROM temp.fts_dirty WHERE old_row)");
            }
        }
        if (pending != null) {
            for (long id : talkIds) {
                pending.touched(id, null, null); // no row any more, unless one is read below
            }
        }
        try (Statement read = c.createStatement(); ResultSet rows = read.executeQuery(SELECT_PARTS)) {
            while (rows.next()) {
                row.start(rows.getLong(1));
                for (int column = 2; column <= 7; column++) {
                    row.part(column != DESCRIPTION ? rows.getString(column) : DescriptionPacking.read(rows, column));
                }
                row.insert();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM temp.fts_dirty");
        }
    }

    /** One index row being bound, part by part (folded), and the kept words' text gathered from the same parts. */
    private static final class Row {
        private final PreparedStatement insert;
        private final KeptWords.Pending pending;
        private final StringBuilder text = new StringBuilder();
        private long id;
        private int column;
        private String title;

        Row(PreparedStatement insert, KeptWords.Pending pending) {
            this.insert = insert;
            this.pending = pending;
        }

        void start(long talkId) throws SQLException {
            id = talkId;
            column = 2;
            text.setLength(0);
            insert.setLong(1, talkId);
        }

        void part(String stored) throws SQLException {
            folded(TextFold.fold(stored));
        }

        void folded(String folded) throws SQLException {
            insert.setString(column, folded);
            if (column == 2) {
                title = folded;
            }
            if (pending != null && folded != null) {
                text.append(folded).append(' ');
            }
            column++;
        }

        void insert() throws SQLException {
            insert.executeUpdate();
            if (pending != null) {
                pending.touched(id, title, text.toString());
            }
        }
    }
}
