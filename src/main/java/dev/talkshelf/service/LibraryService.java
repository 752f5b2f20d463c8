package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistMembership;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkDetails;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.model.WatchSession;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looking at and editing talks: details, topics, rating, media, deletion. Every edit can be undone. */
public final class LibraryService {
    private final Database db;
    private final TalkStore talks;
    private final NoteStore notes;
    private final HistoryStore history;
    private final PlaylistStore playlists;
    private final EditHistory edits;

    public LibraryService(Database db, TalkStore talks, NoteStore notes, HistoryStore history, PlaylistStore playlists,
                          EditHistory edits) {
        this.db = db;
        this.talks = talks;
        this.notes = notes;
        this.history = history;
        this.playlists = playlists;
        this.edits = edits;
    }

    public Optional<Talk> talk(TalkId id) {
        return talks.get(id);
    }

    /** Talks in the order of the ids; unknown ids are left out. */
    public List<Talk> talks(List<TalkId> ids) {
        return talks.get(ids);
    }

    public TalkDetails details(TalkId id) {
        Talk talk = ExistingTalks.require(talks, id);
        return new TalkDetails(talk, notes.of(id), history.of(id));
    }

    public long count() {
        return talks.count();
    }

    /** Every topic in the library, for completion when editing topics. */
    public List<String> allTopics() {
        return talks.allTopics();
    }

    /** Adds and removes topics on many talks at once ("+python/typing -draft"). */
    public void changeTopics(List<TalkId> ids, List<String> add, List<String> remove) {
        List<String> addPaths = normalizeAll(add);
        List<String> removePaths = normalizeAll(remove);
        List<Talk> before = requireAll(ids);
        db.write(c -> {
            for (Talk t : before) {
                LinkedHashSet<String> tags = new LinkedHashSet<>(t.tags());
                tags.removeAll(removePaths);
                tags.addAll(addPaths);
                talks.setTags(t.id(), List.copyOf(tags));
            }
            return null;
        });
        edits.record(restoreTopics(before, "change topics of " + plural(before.size())));
    }

    /** Replaces a talk's topics. */
    public void setTopics(TalkId id, List<String> topics) {
        List<Talk> before = requireAll(List.of(id));
        talks.setTags(id, normalizeAll(topics));
        edits.record(restoreTopics(before, "edit topics"));
    }

    public void setRating(TalkId id, Integer rating) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new UserInputException("a rating is 1 to 5 stars, not " + rating);
        }
        Talk before = ExistingTalks.require(talks, id);
        talks.setRating(id, rating);
        edits.record(new SimpleEdit("rate \"" + before.title() + "\"", () -> talks.setRating(id, before.rating())));
    }

    /** Saves edited facts of a talk (title, speakers, event, year, media, description, ...). */
    public void update(Talk edited) {
        Talk before = ExistingTalks.require(talks, edited.id());
        if (edited.title() == null || edited.title().isBlank()) {
            throw new UserInputException("a talk needs a title");
        }
        talks.update(edited);
        edits.record(new SimpleEdit("edit \"" + before.title() + "\"", () -> talks.update(before)));
    }

    public void setMedia(TalkId id, String media) {
        Talk before = ExistingTalks.require(talks, id);
        talks.setMedia(id, media);
        edits.record(new SimpleEdit("change the media of \"" + before.title() + "\"", () -> talks.setMedia(id, before.media())));
    }

    /** Deletes talks; undo brings them back with their notes, history and playlist places. */
    public void delete(List<TalkId> ids) {
        List<TalkDetails> gone = new ArrayList<>();
        Map<TalkId, List<PlaylistMembership>> places = new HashMap<>();
        for (Talk t : requireAll(ids)) {
            gone.add(new TalkDetails(t, notes.of(t.id()), history.of(t.id())));
            places.put(t.id(), playlists.membershipsOf(t.id()));
        }
        db.write(c -> {
            gone.forEach(d -> talks.delete(d.talk().id()));
            return null;
        });
        edits.record(new SimpleEdit("delete " + plural(gone.size()), () -> db.write(c -> {
            for (TalkDetails d : gone) {
                TalkId id = talks.insert(d.talk(), null);
                for (Note n : d.notes()) {
                    notes.add(new Note(0, id, n.at(), n.text(), n.created()));
                }
                for (WatchSession s : d.history()) {
                    history.add(id, s);
                }
                for (PlaylistMembership m : places.getOrDefault(d.talk().id(), List.of())) {
                    playlists.insertAt(m.playlistId(), id, m.position());
                }
            }
            return null;
        })));
    }

    public Note addNote(TalkId id, java.time.Duration at, String text) {
        if (text == null || text.isBlank()) {
            throw new UserInputException("a note needs some text");
        }
        ExistingTalks.require(talks, id);
        Note note = notes.add(id, at, text.strip());
        edits.record(new SimpleEdit("add a note", () -> notes.delete(note.id())));
        return note;
    }

    public void deleteNote(Note note) {
        notes.delete(note.id());
        edits.record(new SimpleEdit("delete a note", () -> notes.add(note)));
    }

    /** Undoes the last edit made through any service; empty when there is none. */
    public Optional<String> undo() {
        return edits.undo();
    }

    public Optional<String> nextUndo() {
        return edits.nextUndo();
    }

    private Edit restoreTopics(List<Talk> before, String description) {
        return new SimpleEdit(description, () -> db.write(c -> {
            before.forEach(t -> talks.setTags(t.id(), t.tags()));
            return null;
        }));
    }

    private List<Talk> requireAll(List<TalkId> ids) {
        return ExistingTalks.require(talks, ids);
    }

    static List<String> normalizeAll(List<String> topics) {
        List<String> paths = new ArrayList<>();
        for (String raw : topics) {
            String path = TopicPath.normalize(raw)
                    .orElseThrow(() -> new UserInputException("\"" + raw + "\" is not a topic; use words and '/' as in python/free-threading"));
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
        return paths;
    }

    static String plural(int n) {
        return n == 1 ? "1 talk" : n + " talks";
    }
}
