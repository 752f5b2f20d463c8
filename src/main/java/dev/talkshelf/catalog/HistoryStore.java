package dev.talkshelf.catalog;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Watch sessions per talk: when the user sat down and which stretch they covered. */
public final class HistoryStore {
    private final Database db;

    public HistoryStore(Database db) {
        this.db = db;
    }

    public void add(TalkId talk, WatchSession session) {
        db.write(c -> {
            TalkStore.requireExists(c, talk);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO watch_session(talk_id, started, from_ms, to_ms) VALUES (?, ?, ?, ?)")) {
                Sql.bind(ps, List.of(talk.value(), session.started(), session.from(), session.to()));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The sessions of a talk, oldest first. */
    public List<WatchSession> of(TalkId talk) {
        return db.read(c -> {
            List<WatchSession> sessions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT started, from_ms, to_ms FROM watch_session WHERE talk_id = ? ORDER BY started, id")) {
                ps.setLong(1, talk.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        WatchSession s = new WatchSession(Sql.instantOrNull(rs, "started"), Sql.durationOrNull(rs, "from_ms"),
                                Sql.durationOrNull(rs, "to_ms"));
                        if (s.started() != null && s.from() != null && s.to() != null) { // else out of range: not shown
                            sessions.add(s);
                        }
                    }
                }
            }
            return sessions;
        });
    }

}
