package dev.talkshelf.catalog;

import dev.talkshelf.model.FacetCount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The whole library's facet counts kept in the file (schema step 12), so the first facets of a process (the window's
 * sidebar at start) are read, not counted. Every committed write transaction adds one to {@code library_writes.writes}
 * ({@link #countWrite}); the snapshot is valid while {@code facets_at} equals it. Since step 23 (decision 0040) a
 * write carries a valid snapshot along unless it may have changed a facet: it added, deleted or re-indexed a talk
 * (known to {@link Database}), or the file's triggers cleared {@code facets_at} (an event, year or name changed). A
 * status change instead moves one talk between two kept counts, by trigger. A TalkShelf from before step 23 only
 * counts its writes, which retires the snapshot: never wrong, only slower.
 */
final class FacetSnapshot {
    private FacetSnapshot() {
    }

    /**
     * Called by {@link Database#write} in each write transaction, just before it commits; {@code facetsMayHaveChanged}
     * when it added, deleted or re-indexed a talk.
     */
    static void countWrite(Connection writer, boolean facetsMayHaveChanged) throws SQLException {
        if (facetsMayHaveChanged) {
            try (Statement s = writer.createStatement()) {
                s.executeUpdate("UPDATE library_writes SET writes = writes + 1, facets_at = NULL");
            }
            return;
        }
        try (Statement s = writer.createStatement()) {
            // Both sides read the row as it was: a snapshot valid before this write (or kept by it, at writes + 1)
            // stays valid after it; one the triggers retired (NULL) or an older TalkShelf left behind stays retired.
            s.executeUpdate("UPDATE library_writes SET writes = writes + 1,"
                    + " facets_at = CASE WHEN facets_at >= writes THEN writes + 1 END");
        }
    }

    /** The library's write count now. */
    static long writes(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT writes FROM library_writes")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The kept counts when they are those of the library as it is, else empty. */
    static Optional<FacetIndex.Counts> read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT writes, facets_at FROM library_writes")) {
            if (!rs.next() || rs.getObject(2) == null || rs.getLong(1) != rs.getLong(2)) {
                return Optional.empty();
            }
        }
        long total = 0;
        List<FacetCount> topics = new ArrayList<>();
        List<FacetCount> speakers = new ArrayList<>();
        List<FacetCount> events = new ArrayList<>();
        List<FacetCount> years = new ArrayList<>();
        List<FacetCount> statuses = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT kind, value, n FROM facet_snapshot")) {
            while (rs.next()) {
                FacetCount fc = new FacetCount(rs.getString(2), rs.getLong(3));
                switch (rs.getString(1)) {
                    case "total" -> total = fc.count();
                    case "topic" -> topics.add(fc);
                    case "speaker" -> speakers.add(fc);
                    case "event" -> events.add(fc);
                    case "year" -> years.add(fc);
                    case "status" -> statuses.add(fc);
                    default -> {
                        return Optional.empty(); // written by something newer: count instead
                    }
                }
            }
        }
        return Optional.of(new FacetIndex.Counts(total, topics, speakers, events, years, statuses));
    }

    /**
     * Keeps the counts, made when the library had {@code writesWhenCounted} writes, unless it has changed since. Returns
     * the write count the snapshot is valid for, or empty when the library changed in between. The caller catches a
     * failed write: the snapshot only saves time.
     */
    static OptionalLong save(Database db, FacetIndex.Counts counts, long writesWhenCounted) {
        return db.write(c -> {
            long writes = writes(c);
            if (writes != writesWhenCounted) {
                return OptionalLong.empty();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM facet_snapshot");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO facet_snapshot(kind, value, n) VALUES (?, ?, ?)")) {
                add(ps, "total", List.of(new FacetCount("", counts.total())));
                add(ps, "topic", counts.topics());
                add(ps, "speaker", counts.speakers());
                add(ps, "event", counts.events());
                add(ps, "year", counts.years());
                add(ps, "status", counts.statuses());
                ps.executeBatch();
            }
            // This transaction's own commit counts one more write, and changes no facet.
            try (PreparedStatement ps = c.prepareStatement("UPDATE library_writes SET facets_at = ?")) {
                ps.setLong(1, writes + 1);
                ps.executeUpdate();
            }
            return OptionalLong.of(writes + 1);
        });
    }

    private static void add(PreparedStatement ps, String kind, List<FacetCount> counts) throws SQLException {
        for (FacetCount fc : counts) {
            ps.setString(1, kind);
            ps.setString(2, fc.value());
            ps.setLong(3, fc.count());
            ps.addBatch();
        }
    }
}
