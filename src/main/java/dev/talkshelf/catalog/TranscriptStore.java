package dev.talkshelf.catalog;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkTranscript;
import dev.talkshelf.model.Transcript;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Transcripts of talks: one per talk, its cues packed in one row, and all its text in the talk's row of {@code said_fts}. */
public final class TranscriptStore {
    private final Database db;
    private final Clock clock;

    public TranscriptStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Attaches {@code transcript} to the talk in place of any it had; returns the one it replaced. */
    public Optional<TalkTranscript> put(TalkId talk, Transcript transcript, String source) {
        return put(new TalkTranscript(talk, transcript, source, clock.instant()));
    }

    public Optional<TalkTranscript> put(TalkTranscript stored) {
        return db.write(c -> {
            TalkStore.requireExists(c, stored.talk());
            Optional<TalkTranscript> before = read(c, stored.talk());
            delete(c, stored.talk());
            byte[] packed = CuePacking.pack(stored.transcript().cues());
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO transcript(talk_id, language, source, added, cue_count, cues) VALUES (?, ?, ?, ?, ?, ?)""")) {
                List<Cue> cues = stored.transcript().cues();
                ps.setLong(1, stored.talk().value());
                ps.setString(2, stored.transcript().language());
                ps.setString(3, stored.source());
                ps.setLong(4, stored.added().toEpochMilli());
                ps.setInt(5, cues.size());
                ps.setBytes(6, packed);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO said_fts(rowid, text) VALUES (?, ?)")) {
                ps.setLong(1, stored.talk().value());
                ps.setString(2, SaidText.of(stored.transcript().cues()));
                ps.executeUpdate();
            }
            KeptSaid.index(c, stored.talk().value(), packed);
            return before;
        });
    }

    /** Takes the talk's transcript away; returns it (empty when it had none). */
    public Optional<TalkTranscript> remove(TalkId talk) {
        return db.write(c -> {
            Optional<TalkTranscript> before = read(c, talk);
            delete(c, talk);
            return before;
        });
    }

    public Optional<TalkTranscript> get(TalkId talk) {
        return db.read(c -> read(c, talk));
    }

    public boolean has(TalkId talk) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM transcript WHERE talk_id = ?")) {
                ps.setLong(1, talk.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static void delete(Connection c, TalkId talk) throws SQLException {
        // The trigger transcript_leaves_index takes the talk out of said_fts.
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM transcript WHERE talk_id = ?")) {
            ps.setLong(1, talk.value());
            ps.executeUpdate();
        }
    }

    private static Optional<TalkTranscript> read(Connection c, TalkId talk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT language, source, added, cue_count, cues FROM transcript WHERE talk_id = ?")) {
            ps.setLong(1, talk.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<Cue> cues = CuePacking.unpack(rs.getBytes(5), rs.getInt(4));
                return Optional.of(new TalkTranscript(talk, new Transcript(rs.getString(1), cues), rs.getString(2),
                        Instant.ofEpochMilli(rs.getLong(3))));
            }
        }
    }
}
