package dev.talkshelf.catalog;

import dev.talkshelf.model.Note;
import dev.talkshelf.model.TalkId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Notes on talks; their text is part of the search index. */
public final class NoteStore {
    private final Database db;
    private final Clock clock;

    public NoteStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Note add(TalkId talk, Duration at, String text) {
        return add(new Note(0, talk, at, text, null));
    }

    public Note add(Note note) {
        return db.write(c -> {
            TalkStore.requireExists(c, note.talk());
            var created = note.created() == null ? clock.instant() : note.created();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note(talk_id, at_ms, text, created) VALUES (?, ?, ?, ?)")) {
                Sql.bind(ps, Arrays.asList(note.talk().value(), note.at(), note.text(), created));
                db.facetsBefore(note.talk().value()); // a note changes no facet: the kept counts stay
                ps.executeUpdate();
                db.touched(note.talk().value());
                return new Note(db.lastInsertId(), note.talk(), note.at(), note.text(), created);
            }
        });
    }

    public void delete(long noteId) {
        db.write(c -> {
            try (PreparedStatement find = c.prepareStatement("SELECT talk_id FROM note WHERE id = ?")) {
                find.setLong(1, noteId);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        db.facetsBefore(rs.getLong(1));
                        db.touched(rs.getLong(1));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM note WHERE id = ?")) {
                ps.setLong(1, noteId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A talk's notes: those pinned to a time in time order, then the rest, oldest first. */
    public List<Note> of(TalkId talk) {
        return db.read(c -> {
            List<Note> notes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT id, at_ms, text, created FROM note WHERE talk_id = ?
                     ORDER BY at_ms IS NULL, at_ms, created, id""")) {
                ps.setLong(1, talk.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getString("text") == null || rs.getString("text").isBlank()) {
                            continue; // an empty note another program left: nothing to show
                        }
                        notes.add(new Note(rs.getLong("id"), talk, Sql.durationOrNull(rs, "at_ms"), rs.getString("text"),
                                Sql.instantOrNull(rs, "created")));
                    }
                }
            }
            return notes;
        });
    }
}
