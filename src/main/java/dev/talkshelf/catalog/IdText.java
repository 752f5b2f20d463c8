package dev.talkshelf.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;
import java.util.function.IntConsumer;

/**
 * Talk ids as SQLite's {@code group_concat} gives them (decimal, comma-separated), read from the text's bytes in one
 * pass: decoding them into a Java string first was another pass over a text of megabytes (a status most talks have is
 * 5 MB at a million talks).
 */
final class IdText {
    private IdText() {
    }

    /** The first column of the statement's one row as ids (none when there is no row or the column is NULL). */
    static BitSet firstColumnSet(ResultSet rs) throws SQLException {
        return set(rs.next() ? rs.getBytes(1) : null);
    }

    /** The ids as a set. */
    static BitSet set(byte[] text) {
        BitSet set = new BitSet();
        forEach(text, set::set);
        return set;
    }

    /** The ids in the order given (an empty array for none). */
    static int[] array(byte[] text) {
        if (text == null || text.length == 0) {
            return new int[0];
        }
        int n = 1;
        for (byte b : text) {
            if (b == ',') {
                n++;
            }
        }
        int[] ids = new int[n];
        int[] k = {0};
        forEach(text, id -> ids[k[0]++] = id);
        return ids;
    }

    private static void forEach(byte[] text, IntConsumer action) {
        if (text == null || text.length == 0) {
            return;
        }
        long v = 0;
        for (byte b : text) {
            if (b == ',') {
                action.accept(checked(v));
                v = 0;
            } else {
                v = digitAdded(v, b);
            }
        }
        action.accept(checked(v));
    }

    private static long digitAdded(long v, byte b) {
        if (b < '0' || b > '9') {
            throw new CatalogException("a list of talk ids holds something else than ids");
        }
        return checked(v * 10 + (b - '0'));
    }

    private static int checked(long id) {
        if (id < 0 || id > Integer.MAX_VALUE - 1) {
            throw new CatalogException("talk id " + id + " is beyond what a set of talk ids holds");
        }
        return (int) id;
    }
}
