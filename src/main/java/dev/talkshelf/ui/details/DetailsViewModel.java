package dev.talkshelf.ui.details;

import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkDetails;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.LibraryService;
import dev.talkshelf.service.WatchService;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Durations;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The pane beside the table: everything about the focused talk, and the edits made to it there. */
public final class DetailsViewModel {
    private final LibraryService library;
    private final WatchService watch;
    private final TaskRunner tasks;
    private final UserErrors errors;
    private final Runnable libraryChanged;
    private final BiConsumer<Talk, Duration> playAt;
    private final Desktop desktop;

    private final ReadOnlyObjectWrapper<Talk> talk = new ReadOnlyObjectWrapper<>(this, "talk");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper event = new ReadOnlyStringWrapper(this, "event", "");
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper(this, "facts", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper media = new ReadOnlyStringWrapper(this, "media", "");
    private final ReadOnlyStringWrapper mediaKind = new ReadOnlyStringWrapper(this, "mediaKind", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper resume = new ReadOnlyStringWrapper(this, "resume", "");
    private final ReadOnlyIntegerWrapper rating = new ReadOnlyIntegerWrapper(this, "rating");
    private final ObservableList<String> speakers = FXCollections.observableArrayList();
    private final ObservableList<String> topics = FXCollections.observableArrayList();
    private final ObservableList<NoteLine> notes = FXCollections.observableArrayList();
    private final ObservableList<String> speakersView = FXCollections.unmodifiableObservableList(speakers);
    private final ObservableList<String> topicsView = FXCollections.unmodifiableObservableList(topics);
    private final ObservableList<NoteLine> notesView = FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<String> knownTopics = FXCollections.observableArrayList();
    private long generation;

    public DetailsViewModel(LibraryService library, WatchService watch, TaskRunner tasks, UserErrors errors,
                            Runnable libraryChanged, BiConsumer<Talk, Duration> playAt, Desktop desktop) {
        this.desktop = desktop;
        this.library = library;
        this.watch = watch;
        this.tasks = tasks;
        this.errors = errors;
        this.libraryChanged = libraryChanged;
        this.playAt = playAt;
    }

    /** A note as listed: its time as "12:34" (empty for a note on the whole talk) and its text. */
    public record NoteLine(Note note, String time, String text) {
        static NoteLine of(Note n) {
            return new NoteLine(n, n.at() == null ? "" : Durations.clock(n.at()), n.text());
        }
    }

    /** Shows a talk (null: nothing selected). */
    public void show(Talk shown) {
        long mine = ++generation;
        if (shown == null) {
            apply(null);
            return;
        }
        TalkId id = shown.id();
        tasks.run(() -> library.details(id), details -> {
            if (mine == generation) {
                apply(details);
            }
        }, error -> {
            if (mine == generation) {
                apply(null);
            }
        });
    }

    /** After an edit anywhere: shows the same talk afresh (it may be gone). */
    public void reload() {
        show(talk.get());
        loadKnownTopics();
    }

    public void loadKnownTopics() {
        tasks.run(library::allTopics, knownTopics::setAll, UserErrors.logOnly("list the known topics"));
    }

    private void apply(TalkDetails d) {
        Talk t = d == null ? null : d.talk();
        talk.set(t);
        title.set(t == null ? "" : t.title());
        speakers.setAll(t == null ? List.of() : t.speakers());
        event.set(t == null || t.event() == null ? "" : t.event());
        facts.set(t == null ? "" : facts(t));
        description.set(t == null || t.description() == null ? "" : plainText(t.description()));
        media.set(t == null || t.media() == null ? "" : t.media());
        mediaKind.set(t == null ? "" : mediaKind(t.media()));
        status.set(t == null ? "" : statusLine(t));
        resume.set(t == null ? "" : resumeLine(t));
        rating.set(t == null || t.rating() == null ? 0 : t.rating());
        topics.setAll(t == null ? List.of() : t.tags());
        notes.setAll(d == null ? List.of() : d.notes().stream().map(NoteLine::of).toList());
    }

    static String facts(Talk t) {
        List<String> parts = new ArrayList<>();
        if (t.year() != null) {
            parts.add(t.year().toString());
        }
        if (t.duration() != null) {
            parts.add(Durations.clock(t.duration()));
        }
        return String.join("  ·  ", parts);
    }

    static String statusLine(Talk t) {
        String s = switch (t.status()) {
            case UNWATCHED -> "Not watched yet";
            case IN_PROGRESS -> "In progress";
            case WATCHED -> t.watch().timesWatched() > 1 ? "Watched " + t.watch().timesWatched() + " times" : "Watched";
            case SKIPPED -> "Skipped";
        };
        return s;
    }

    static String resumeLine(Talk t) {
        Duration at = t.watch().position();
        if (t.status() != WatchStatus.IN_PROGRESS || at == null || at.isZero()) {
            return "";
        }
        return "Resume at " + Durations.clock(at);
    }

    static String mediaKind(String media) {
        MediaLocation m = MediaLocation.parse(media).orElse(null);
        if (m instanceof MediaLocation.LocalFile) {
            return "Local file";
        } else if (m instanceof MediaLocation.VideoUrl) {
            return "Online video";
        } else if (m instanceof MediaLocation.WebPage) {
            return "Web page";
        }
        return media == null || media.isBlank() ? "Nothing to play yet" : "Not a file or web address";
    }

    /** Descriptions are shown as text, never rendered: tags some sources leave in are stripped, entities decoded. */
    static String plainText(String text) {
        String noTags = text.replaceAll("(?i)<br\\s*/?>|</p>", "\n").replaceAll("<[^>]{0,500}>", "");
        return noTags.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").strip();
    }

    // ----- edits -----

    /** Adds one topic to the talk as it is stored, not to this pane's copy: a topic added meanwhile elsewhere stays. */
    public void addTopic(String typed) {
        Talk t = talk.get();
        String path = TopicPath.normalize(typed).orElse(null);
        if (t == null || path == null || t.tags().contains(path)) {
            return;
        }
        edit("add the topic", () -> library.changeTopics(List.of(t.id()), List.of(path), List.of()));
    }

    /** Removes one topic from the talk as it is stored; other topics, wherever they came from, stay. */
    public void removeTopic(String path) {
        Talk t = talk.get();
        if (t == null) {
            return;
        }
        edit("remove the topic", () -> library.changeTopics(List.of(t.id()), List.of(), List.of(path)));
    }

    /** Topic completions for what has been typed: known topics containing it, those starting with it first. */
    public List<String> completions(String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (String known : knownTopics) {
            if (topics.contains(known)) {
                continue;
            }
            if (known.startsWith(q) || TopicPath.leaf(known).startsWith(q)) {
                starts.add(known);
            } else if (known.contains(q)) {
                contains.add(known);
            }
        }
        starts.addAll(contains);
        return starts.subList(0, Math.min(10, starts.size()));
    }

    /** Stars 1 to 5; clicking the current rating again clears it. */
    public void rate(int stars) {
        Talk t = talk.get();
        if (t == null) {
            return;
        }
        Integer next = stars == rating.get() || stars <= 0 ? null : stars;
        edit("rate the talk", () -> library.setRating(t.id(), next));
    }

    /** "12:34 the trick" becomes a note at 12:34; text alone a note on the whole talk. */
    public void addNote(String typed) {
        Talk t = talk.get();
        Durations.TimedText note = Durations.splitNote(typed);
        if (t == null || note.text().isBlank()) {
            return;
        }
        edit("add the note", () -> library.addNote(t.id(), note.at().orElse(null), note.text()));
    }

    public void deleteNote(NoteLine line) {
        edit("delete the note", () -> library.deleteNote(line.note()));
    }

    public void setMedia(String typed) {
        Talk t = talk.get();
        if (t == null) {
            return;
        }
        String value = typed == null || typed.isBlank() ? null : typed.strip();
        edit("change the media", () -> library.setMedia(t.id(), value));
    }

    /** The talk whose moved file the user is asked to locate; the view answers with a file chooser. */
    private final javafx.beans.property.ObjectProperty<Talk> locateRequest = new javafx.beans.property.SimpleObjectProperty<>(this, "locateRequest");

    public javafx.beans.property.ObjectProperty<Talk> locateRequestProperty() {
        return locateRequest;
    }

    /** Asks the user where the video of {@code forTalk} is now ("Locate file…" after a failed play). */
    public void requestLocate(Talk forTalk) {
        locateRequest.set(null);
        locateRequest.set(forTalk);
    }

    /** The user's answer to {@link #requestLocate}: the file becomes that talk's media. */
    public void located(Talk forTalk, Path file) {
        if (forTalk != null && file != null) {
            edit("change the media", () -> library.setMedia(forTalk.id(), file.toAbsolutePath().toString()));
        }
    }

    public void attachFile(Path file) {
        if (file != null) {
            setMedia(file.toAbsolutePath().toString());
        }
    }

    public void mark(WatchStatus next) {
        Talk t = talk.get();
        if (t != null) {
            edit("mark the talk " + next.label(), () -> watch.mark(List.of(t.id()), next));
        }
    }

    public void openMedia() {
        Talk t = talk.get();
        if (t != null) {
            desktop.open(t.media());
        }
    }

    public void playNote(NoteLine line) {
        Talk t = talk.get();
        if (t != null && line.note().at() != null) {
            playAt.accept(t, line.note().at());
        }
    }

    public void resume() {
        Talk t = talk.get();
        if (t != null) {
            playAt.accept(t, null);
        }
    }

    private void edit(String doing, Runnable work) {
        tasks.run(() -> {
            work.run();
            return null;
        }, ok -> libraryChanged.run(), error -> errors.report(doing, error, null));
    }

    // ----- what the view binds to -----

    public ReadOnlyObjectProperty<Talk> talkProperty() {
        return talk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty eventProperty() {
        return event.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mediaProperty() {
        return media.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mediaKindProperty() {
        return mediaKind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resumeProperty() {
        return resume.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty ratingProperty() {
        return rating.getReadOnlyProperty();
    }

    public ObservableList<String> speakers() {
        return speakersView;
    }

    public ObservableList<String> topics() {
        return topicsView;
    }

    public ObservableList<NoteLine> notes() {
        return notesView;
    }
}
