package dev.talkshelf.service;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Everything a library holds for its user (talks, names, topics, links, notes, history, playlists), read on a
 * connection of its own and written out row by row in a fixed order: two libraries with the same content give the
 * same text. The import journal and the search index (contentless) are not content.
 */
final class LibraryContent {
    private static final List<String> TABLES = List.of("talk", "speaker", "event", "topic", "talk_speaker", "talk_topic",
            "talk_topic_closure", "talk_link", "note", "watch_session", "playlist", "playlist_item");

    private LibraryContent() {
    }

    static String of(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            StringBuilder all = new StringBuilder();
            for (String table : TABLES) {
                all.append("== ").append(table).append('\n');
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
                    int columns = rs.getMetaData().getColumnCount();
                    String order = IntStream.rangeClosed(1, columns).mapToObj(Integer::toString).collect(Collectors.joining(", "));
                    try (Statement rows = c.createStatement(); ResultSet r = rows.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
                        while (r.next()) {
                            for (int i = 1; i <= columns; i++) {
                                all.append(i == 1 ? "" : " | ").append(r.getString(i));
                            }
                            all.append('\n');
                        }
                    }
                }
            }
            return all.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many import runs the journal has in this state. */
    static long runs(Path file, String state) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             var ps = c.prepareStatement("SELECT count(*) FROM import_run WHERE state = ?")) {
            ps.setString(1, state);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
