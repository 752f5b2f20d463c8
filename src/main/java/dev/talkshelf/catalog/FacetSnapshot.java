package dev.talkshelf.catalog;

import dev.talkshelf.model.FacetCount;
import java.nio.charset.StandardCharsets;
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

    /**
     * The kept rows, each as {@code KIND N LENGTH VALUE} with the value's length in bytes, joined into one text, when they
     * are those of the library as it is (else NULL). One JDBC row instead of ~450: the first facets of a process run
     * before the JIT has compiled anything, when each row's getters cost microseconds (decision 0047).
     */
    private static final String PACKED = """
            SELECT group_concat(f.kind || ' ' || f.n || ' ' || length(CAST(f.value AS BLOB)) || ' ' || f.value, '')
              FROM library_writes w CROSS JOIN facet_snapshot f
             WHERE w.facets_at = w.writes""";

    /** The kept counts when they are those of the library as it is, else empty. */
    static Optional<FacetIndex.Counts> read(Connection c) throws SQLException {
        byte[] packed;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(PACKED)) {
            packed = rs.next() ? rs.getBytes(1) : null;
        }
        // No row at all: retired (a valid snapshot always has its total).
        return packed == null ? Optional.empty() : unpack(packed);
    }

    /**
     * The counts from {@link #PACKED}'s text (UTF-8, the library's encoding); empty when a part is not as this version
     * writes it (a kind from something newer, a count that is not a whole number): then the facets are counted instead.
     */
    static Optional<FacetIndex.Counts> unpack(byte[] packed) {
        long total = 0;
        List<FacetCount> topics = new ArrayList<>();
        List<FacetCount> speakers = new ArrayList<>();
        List<FacetCount> events = new ArrayList<>();
        List<FacetCount> years = new ArrayList<>();
        List<FacetCount> statuses = new ArrayList<>();
        int i = 0;
        while (i < packed.length) {
            int kindEnd = indexOf(packed, i);
            int nEnd = kindEnd < 0 ? -1 : indexOf(packed, kindEnd + 1);
            int lengthEnd = nEnd < 0 ? -1 : indexOf(packed, nEnd + 1);
            if (lengthEnd < 0) {
                return Optional.empty();
            }
            long n = wholeNumber(packed, kindEnd + 1, nEnd);
            long length = wholeNumber(packed, nEnd + 1, lengthEnd);
            if (n < 0 || length < 0 || length > packed.length - lengthEnd - 1) {
                return Optional.empty();
            }
            String kind = new String(packed, i, kindEnd - i, StandardCharsets.UTF_8);
            FacetCount fc = new FacetCount(new String(packed, lengthEnd + 1, (int) length, StandardCharsets.UTF_8), n);
            switch (kind) {
                case "total" -> total = n;
                case "topic" -> topics.add(fc);
                case "speaker" -> speakers.add(fc);
                case "event" -> events.add(fc);
                case "year" -> years.add(fc);
                case "status" -> statuses.add(fc);
                default -> {
                    return Optional.empty(); // written by something newer: count instead
                }
            }
            i = lengthEnd + 1 + (int) length;
        }
        return Optional.of(new FacetIndex.Counts(total, topics, speakers, events, years, statuses));
    }

    /** The next space at or after {@code from}, or -1. */
    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == ' ') {
                return i;
            }
        }
        return -1;
    }

    /** The digits from {@code from} to {@code to} as a number; -1 when they are not 1 to 18 ASCII digits. */
    private static long wholeNumber(byte[] bytes, int from, int to) {
        if (to <= from || to - from > 18) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            int digit = bytes[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            n = n * 10 + digit;
        }
        return n;
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
            return OptionalLong.of(replace(c, counts, writes));
        });
    }

    /**
     * Counts the whole library and keeps the counts, in a write of its own, when they are not kept already and nobody
     * else writes right now. Called where a write has just retired them for certain and the next process would
     * otherwise count at its first facets: the end of a large import, an upgrade. A busy or read-only library only
     * counts later, as before.
     */
    static void keepIfFree(Database db) {
        try {
            db.writeIfFree(c -> {
                if (read(c).isEmpty()) {
                    replace(c, FacetStore.keptForm(FacetIndex.wholeLibraryCounts(c)), writes(c));
                }
                return null;
            });
        } catch (CatalogException e) {
            // Only time is lost: the first facets count, as they did.
            System.getLogger(FacetSnapshot.class.getName()).log(System.Logger.Level.DEBUG, "facet counts not kept", e);
        }
    }

    /** Replaces the kept rows with {@code counts}, valid from the commit of this write (the library had {@code writes}). */
    private static long replace(Connection c, FacetIndex.Counts counts, long writes) throws SQLException {
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
        return writes + 1;
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
