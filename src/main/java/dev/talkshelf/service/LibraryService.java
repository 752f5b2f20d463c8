package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistMembership;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.catalog.TopicChange;
import dev.talkshelf.catalog.TopicStore;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkDetails;
import dev.talkshelf.model.TalkField;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.model.WatchSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Looking at and editing talks: details, topics, rating, media, deletion. Every edit can be undone. */
public final class LibraryService {
    private final Database db;
    private final TalkStore talks;
    private final NoteStore notes;
    private final HistoryStore history;
    private final PlaylistStore playlists;
    private final EditHistory edits;
    private final TopicStore topics;

    public LibraryService(Database db, TalkStore talks, NoteStore notes, HistoryStore history, PlaylistStore playlists,
                          EditHistory edits) {
        this.db = db;
        this.talks = talks;
        this.notes = notes;
        this.history = history;
        this.playlists = playlists;
        this.edits = edits;
        this.topics = new TopicStore(db, talks);
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

    /**
     * Adds and removes topics on many talks at once ("+python/typing -draft"), each on the talk as stored at that
     * moment: a topic another process added meanwhile stays. Undo takes back only what this edit changed.
     */
    public void changeTopics(List<TalkId> ids, List<String> add, List<String> remove) {
        List<String> addPaths = normalizeAll(add);
        List<String> removePaths = normalizeAll(remove);
        List<Talk> named = requireAll(ids);
        Map<TalkId, TopicChange> changes = db.write(c -> {
            Map<TalkId, TopicChange> done = new LinkedHashMap<>();
            for (Talk t : named) {
                done.put(t.id(), talks.changeTopics(t.id(), addPaths, removePaths));
            }
            return done;
        });
        edits.record(new TopicsEdit(db, talks, "change topics of " + plural(named.size()), changes));
    }

    /** Stars 1 to 5, or null for none: sets only the rating. */
    public void setRating(TalkId id, Integer rating) {
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new UserInputException("a rating is 1 to 5 stars, not " + rating);
        }
        setField(id, TalkField.RATING, t -> t.withRating(rating), t -> "rate \"" + t.title() + "\"");
    }

    /**
     * Saves the facts of a talk the user edited (title, speakers, event, year, media, description, topics, ...):
     * only what differs between {@code seen}, the copy the user started from, and {@code edited} is written, so a
     * change made meanwhile to another field (a rating from another process, the player's position) is kept.
     * Topics are saved as the ones added and removed.
     */
    public void update(Talk seen, Talk edited) {
        if (!seen.id().equals(edited.id())) {
            throw new IllegalArgumentException("seen and edited are copies of different talks");
        }
        if (edited.title() == null || edited.title().isBlank()) {
            throw new UserInputException("a talk needs a title");
        }
        Set<TalkField> fields = TalkField.changed(seen, edited);
        List<String> wanted = normalizeAll(edited.tags());
        List<String> had = normalizeAll(seen.tags());
        List<String> add = wanted.stream().filter(t -> !had.contains(t)).toList();
        List<String> remove = had.stream().filter(t -> !wanted.contains(t)).toList();
        if (fields.isEmpty() && add.isEmpty() && remove.isEmpty()) {
            return;
        }
        TalkId id = edited.id();
        Edit edit = db.write(c -> {
            Talk before = ExistingTalks.require(talks, id);
            talks.setFields(id, edited, fields);
            TopicChange topics = talks.changeTopics(id, add, remove);
            Talk after = ExistingTalks.require(talks, id);
            String description = "edit \"" + before.title() + "\"";
            return new EditGroup(db, description, List.of(
                    new FieldEdit(db, talks, description, before, after, fields),
                    new TopicsEdit(db, talks, description, Map.of(id, topics))));
        });
        edits.record(edit);
    }

    public void setMedia(TalkId id, String media) {
        setField(id, TalkField.MEDIA, t -> t.withMedia(media), t -> "change the media of \"" + t.title() + "\"");
    }

    /** Sets one field of the talk as stored now, and records an edit whose undo puts back only that field. */
    private void setField(TalkId id, TalkField field, UnaryOperator<Talk> change, Function<Talk, String> describe) {
        Edit edit = db.write(c -> {
            Talk before = ExistingTalks.require(talks, id);
            talks.setFields(id, change.apply(before), Set.of(field));
            Talk after = ExistingTalks.require(talks, id);
            return new FieldEdit(db, talks, describe.apply(before), before, after, Set.of(field));
        });
        edits.record(edit);
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

    public Note addNote(TalkId id, Duration at, String text) {
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

    /** Starts the undo history afresh: what was done so far is where the user starts, not an edit to take back. */
    public void forgetEdits() {
        edits.clear();
    }

    /** Undoes the last edit made through any service; empty when there is none. */
    /**
     * Renames a topic and its whole subtree for every talk ({@code py} to {@code python} turns {@code py/typing}
     * into {@code python/typing}), in one transaction. Returns how many talks changed; undo takes back only that.
     */
    public int renameTopic(String from, String to) {
        String old = existingTopic(from);
        String renamed = topicName(to);
        if (old.equals(renamed)) {
            throw new UserInputException("topic '" + old + "' already has that name");
        }
        requireNotWithin(renamed, old);
        return recordTopicEdit("rename topic " + old + " to " + renamed, () -> topics.retarget(old, p -> Optional.of(renamed + p.substring(old.length()))));
    }

    /**
     * Merges topics (each with its subtree) into another: their talks get {@code into} instead, a talk that had both
     * keeps {@code into} once. One transaction for all of them.
     */
    public int mergeTopics(List<String> from, String into) {
        if (from.isEmpty()) {
            throw new UserInputException("name at least one topic to merge");
        }
        String target = topicName(into);
        List<String> sources = new ArrayList<>();
        for (String raw : from) {
            String source = existingTopic(raw);
            if (source.equals(target)) {
                throw new UserInputException("cannot merge topic '" + source + "' into itself");
            }
            requireNotWithin(target, source);
            if (!sources.contains(source)) {
                sources.add(source);
            }
        }
        return recordTopicEdit("merge " + String.join(", ", sources) + " into " + target, () -> {
            Map<TalkId, TopicChange> all = new LinkedHashMap<>();
            for (String source : sources) {
                topics.retarget(source, p -> Optional.of(target + p.substring(source.length())))
                        .forEach((id, change) -> all.merge(id, change, LibraryService::combine));
            }
            return all;
        });
    }

    /** Moves a topic and its subtree under another parent: {@code django} under {@code python} is {@code python/django}. */
    public int moveTopic(String topic, String parent) {
        String old = existingTopic(topic);
        String under = topicName(parent);
        if (under.equals(old) || under.startsWith(old + "/")) {
            throw new UserInputException("cannot move topic '" + old + "' under itself");
        }
        String moved = under + "/" + TopicPath.leaf(old);
        if (moved.equals(old)) {
            throw new UserInputException("topic '" + old + "' is already under '" + under + "'");
        }
        return recordTopicEdit("move topic " + old + " under " + under, () -> topics.retarget(old, p -> Optional.of(moved + p.substring(old.length()))));
    }

    /** Takes a topic and its subtree off every talk (the talks stay). */
    public int deleteTopic(String topic) {
        String old = existingTopic(topic);
        return recordTopicEdit("delete topic " + old, () -> topics.retarget(old, p -> Optional.empty()));
    }

    private int recordTopicEdit(String description, Supplier<Map<TalkId, TopicChange>> change) {
        Map<TalkId, TopicChange> changes = db.write(c -> change.get());
        changes.values().removeIf(TopicChange::isEmpty);
        edits.record(new TopicsEdit(db, talks, description, changes));
        return changes.size();
    }

    /** Two changes of one talk in one edit, as one: what the second removed of the first's additions cancels out. */
    private static TopicChange combine(TopicChange first, TopicChange second) {
        List<String> added = new ArrayList<>(first.added());
        List<String> removed = new ArrayList<>(first.removed());
        for (String path : second.removed()) {
            if (!added.remove(path)) {
                removed.add(path);
            }
        }
        for (String path : second.added()) {
            if (!removed.remove(path)) {
                added.add(path);
            }
        }
        return new TopicChange(added, removed);
    }

    private String existingTopic(String raw) {
        String path = topicName(raw);
        if (!topics.inUse(path)) {
            throw new UserInputException("no topic '" + path + "' in the library");
        }
        return path;
    }

    private static String topicName(String raw) {
        return TopicPath.normalize(raw)
                .orElseThrow(() -> new UserInputException("\"" + raw + "\" is not a topic; use words and '/' as in python/free-threading"));
    }

    private static void requireNotWithin(String target, String source) {
        if (target.startsWith(source + "/")) {
            throw new UserInputException("cannot put topic '" + source + "' inside itself ('" + target + "')");
        }
    }

    public Optional<String> undo() {
        return edits.undo();
    }

    public Optional<String> nextUndo() {
        return edits.nextUndo();
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
