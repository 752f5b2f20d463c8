package dev.talkshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;

/** The talks FTS5 itself finds for an expression: what the kept sets and the plans are held to. */
final class Fts5Matches {
    private Fts5Matches() {
    }

    static BitSet of(Database db, FullText expression) {
        return of(db, expression.fts());
    }

    static BitSet of(Connection c, FullText expression) throws SQLException {
        return of(c, expression.fts());
    }

    static BitSet of(Database db, String expression) {
        return db.read(c -> of(c, expression));
    }

    /** The same on a plain connection (a file as an older TalkShelf left it, before {@link Database} upgrades it). */
    static BitSet of(Connection c, String expression) throws SQLException {
        BitSet ids = new BitSet();
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?")) {
            ps.setString(1, expression);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.set(Math.toIntExact(rs.getLong(1)));
                }
            }
        }
        return ids;
    }
}
