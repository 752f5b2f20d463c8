package dev.talkshelf.catalog;

import dev.talkshelf.model.Limits;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Small JDBC conveniences for nullable values and generated placeholder lists. */
final class Sql {
    private Sql() {
    }

    /** Reads one value of a row. */
    interface Column<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row's value that {@code sql} (no parameters) gives, added to {@code into} in order. */
    static <T, C extends Collection<T>> C column(Connection c, String sql, C into, Column<T> value) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                into.add(value.read(rs));
            }
        }
        return into;
    }

    static void bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            bindOne(ps, i + 1, params.get(i));
        }
    }

    static void bindOne(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Instant i) {
            ps.setLong(index, i.toEpochMilli());
        } else if (value instanceof Duration d) {
            ps.setLong(index, d.toMillis());
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof Long n) {
            ps.setLong(index, n);
        } else if (value instanceof Double n) {
            ps.setDouble(index, n);
        } else if (value instanceof byte[] bytes) {
            ps.setBytes(index, bytes);
        } else {
            ps.setString(index, value.toString());
        }
    }

    /** "?, ?, ?" for n values: only the count comes from outside, never the values. */
    static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(Math.max(n, 1), "?"));
    }

    static String placeholders(Collection<?> values) {
        return placeholders(values.size());
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** The value when SQLite holds an integer there; null for NULL, and for a float or text another program left. */
    private static Long storedInteger(ResultSet rs, String column) throws SQLException {
        Object v = rs.getObject(column);
        return v instanceof Long || v instanceof Integer ? ((Number) v).longValue() : null;
    }

    /** A time in milliseconds; null when absent or outside {@link Limits} (a file written by another program may hold anything). */
    static Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        Long v = storedInteger(rs, column);
        return v == null || !Limits.isEpochMilli(v) ? null : Instant.ofEpochMilli(v);
    }

    /** A duration in milliseconds; null when absent or outside {@link Limits}. */
    static Duration durationOrNull(ResultSet rs, String column) throws SQLException {
        Long v = storedInteger(rs, column);
        return v == null || v < 0 || v > Limits.MAX_DURATION.toMillis() ? null : Duration.ofMillis(v);
    }

    /** A year; null when absent or outside {@link Limits}. */
    static Integer yearOrNull(ResultSet rs, String column) throws SQLException {
        Long v = storedInteger(rs, column);
        return v == null || !Limits.isYear(v) ? null : v.intValue();
    }

    /** An ISO date; null when absent, unreadable or outside {@link Limits}. */
    static LocalDate dateOrNull(ResultSet rs, String column) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        LocalDate date = isoDate(text);
        return date != null && Limits.isDate(date) ? date : null;
    }

    /**
     * The date an ISO text names, exactly as {@link LocalDate#parse(CharSequence)} reads it; null when it names none.
     * The common {@code yyyy-mm-dd} is read by hand: the formatter's parse was a sixth of loading a page of 200 talks
     * (decision 0042); any other text still goes to the formatter.
     */
    static LocalDate isoDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    return null; // month 13, February 30th: the formatter's strict resolving refuses them too
                }
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The number the ASCII digits from {@code from} to {@code to} write; -1 when another character is among them. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
