package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps {@code speaker_fts} equal to the speakers: one row per speaker (rowid = its id) with its name folded as
 * {@link FtsIndex} folds the talks' speakers column, so one word of it is found there exactly when it is found in
 * some talk's speakers. Speakers a write transaction inserted are added at its commit, set-wise; deletes and renames
 * follow by trigger (schema step 24).
 */
final class SpeakerIndex {
    /** Every speaker's row, for the schema step that built the index. */
    static final String INSERT_ROWS = "INSERT INTO speaker_fts(rowid, name) SELECT id, %s FROM speaker"
            .formatted(TextFold.sql("name"));

    /** The ids of the speakers this transaction inserted, ascending: FTS5 writes a segment out when ids go down. */
    private final Set<Long> inserted = new TreeSet<>();

    /** A speaker this transaction inserted. */
    void inserted(long speakerId) {
        inserted.add(speakerId);
    }

    /**
     * Adds the rows of the speakers inserted by this transaction, as they are now (one taken out again since has no
     * row to add). Just before the commit: FTS5 keeps the rows in memory until then, and writes them out as one segment.
     */
    void add(Connection c) throws SQLException {
        if (inserted.isEmpty()) {
            return;
        }
        try (PreparedStatement name = c.prepareStatement("SELECT name FROM speaker WHERE id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO speaker_fts(rowid, name) VALUES (?, ?)")) {
            for (long id : inserted) {
                name.setLong(1, id);
                String folded;
                try (ResultSet rs = name.executeQuery()) {
                    folded = rs.next() ? TextFold.fold(rs.getString(1)) : null;
                }
                if (folded != null) {
                    insert.setLong(1, id);
                    insert.setString(2, folded);
                    insert.executeUpdate();
                }
            }
        }
        inserted.clear();
    }

    /** Forgets the speakers of a transaction that ended without {@link #add} (rolled back). */
    void clear() {
        inserted.clear();
    }
}
