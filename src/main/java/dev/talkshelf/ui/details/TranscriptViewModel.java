package dev.talkshelf.ui.details;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Moment;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkTranscript;
import dev.talkshelf.service.LibraryService;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.service.TranscriptService;
import dev.talkshelf.ui.shared.Durations;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The read-along view of the details pane: the shown talk's transcript as lines, the line being said while the
 * player plays that talk, a click on a line to go there, and a note drafted from a line and pinned to its time.
 */
public final class TranscriptViewModel {
    /** After the user scrolls the list by hand, it does not follow the player for this long. */
    static final Duration FOLLOW_PAUSE = Duration.ofSeconds(6);
    /** How many moments a talk found by what was said shows. */
    static final int MOMENTS = 3;
    static final String NO_TRANSCRIPT = "No transcript for this talk. Attach a subtitle file (.vtt or .srt), put it "
            + "beside the video (NAME.en.vtt or NAME.srt) and scan the folder again, or run: talkshelf import FILE.vtt --talk ";

    private final TranscriptService transcripts;
    private final LibraryService library;
    private final SearchService search;
    private final TaskRunner tasks;
    private final UserErrors errors;
    private final Playback playback;
    private final BiConsumer<Talk, Duration> playAt;
    private final Runnable libraryChanged;
    private final Clock clock;

    /** What the view shows in place of the lines. */
    public enum State { NOTHING, LOADING, NONE, SHOWN }

    /** One line of the list: a cue, its place in the transcript and its start as "12:34". */
    public record CueLine(int index, Cue cue, String time) {
        static CueLine of(int index, Cue cue) {
            return new CueLine(index, cue, Durations.clock(cue.start()));
        }

        public String text() {
            return cue.text();
        }
    }

    /** A moment of the search as listed: "12:34" and "…what was said…". */
    public record MomentLine(Moment moment, String time) {
        public String text() {
            return moment.text();
        }
    }

    private final ObservableList<MomentLine> moments = FXCollections.observableArrayList();
    private final ObservableList<MomentLine> momentsView = FXCollections.unmodifiableObservableList(moments);
    private final ObservableList<MomentLine> shownMoments = FXCollections.observableArrayList();
    private final ObservableList<MomentLine> shownMomentsView = FXCollections.unmodifiableObservableList(shownMoments);
    private final ReadOnlyStringWrapper otherMoments = new ReadOnlyStringWrapper(this, "otherMoments", "");
    private boolean allMomentsShown;
    private String query = "";
    private boolean wordsSaid;
    private long momentsGeneration;
    private final ObservableList<CueLine> lines = FXCollections.observableArrayList();
    private final ObservableList<CueLine> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.NOTHING);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(this, "selected", -1);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyObjectWrapper<ScrollRequest> scrollRequest = new ReadOnlyObjectWrapper<>(this, "scrollRequest");
    private final ReadOnlyObjectWrapper<CueLine> draftCue = new ReadOnlyObjectWrapper<>(this, "draftCue");
    private final StringProperty draftText = new SimpleStringProperty(this, "draftText", "");

    private Talk talk;
    private long generation;
    private Instant userScrolledAt = Instant.MIN;
    /** A time asked for before the transcript arrived (a moment clicked in a search result). */
    private Duration pendingAt;

    /** The list should bring line {@code index} into view; a new object each time, so the same line can be asked twice. */
    public record ScrollRequest(int index) {
    }

    public TranscriptViewModel(TranscriptService transcripts, LibraryService library, SearchService search, TaskRunner tasks,
                               UserErrors errors, Playback playback, BiConsumer<Talk, Duration> playAt,
                               Runnable libraryChanged, Clock clock) {
        this.transcripts = transcripts;
        this.library = library;
        this.search = search;
        this.tasks = tasks;
        this.errors = errors;
        this.playback = playback;
        this.playAt = playAt;
        this.libraryChanged = libraryChanged;
        this.clock = clock;
        moments.addListener((javafx.collections.ListChangeListener<MomentLine>) c -> listMoments());
        playback.addPositionListener(new Playback.PositionListener() {
            @Override
            public void moved(TalkId id, Duration position) {
                tasks.onUi(() -> playerMoved(id, position));
            }

            @Override
            public void stopped(TalkId id) {
                tasks.onUi(() -> playerStopped(id));
            }
        });
    }

    /** Shows {@code shown}'s transcript (null: nothing). The same talk again keeps the lines, selection and draft. */
    public void show(Talk shown) {
        boolean same = shown != null && talk != null && shown.id().equals(talk.id());
        talk = shown;
        if (!same) {
            attachMessage.set("");
            attachFailed.set(false);
        }
        if (same && state.get() == State.SHOWN) {
            return;
        }
        long mine = ++generation;
        loadMoments();
        lines.clear();
        current.set(-1);
        selected.set(-1);
        playing.set(false);
        cancelNote();
        source.set("");
        if (shown == null) {
            pendingAt = null;
            state.set(State.NOTHING);
            return;
        }
        TalkId id = shown.id();
        if (kept != null && kept.id().equals(id)) {
            // The talk shown last, selected again (a search starts the table's selection over): its lines as read.
            apply(id, kept.loaded());
            return;
        }
        state.set(State.LOADING);
        placeholder.set("Loading the transcript…");
        tasks.run(() -> transcripts.of(id).map(TranscriptViewModel::linesOf), loaded -> {
            if (mine == generation) {
                kept = new Kept(id, loaded);
                apply(id, loaded);
            }
        }, error -> {
            if (mine == generation) {
                state.set(State.NONE);
                placeholder.set("The transcript could not be read.");
                errors.report("read the transcript", error, null);
            }
        });
    }

    /**
     * The search the window shows now: with a {@code said:} term, or plain words while {@code wordsSaid} is on, the
     * shown talk's best moments for it are listed.
     */
    public void searched(String newQuery, boolean newWordsSaid) {
        String q = newQuery == null ? "" : newQuery;
        if (q.equals(query) && newWordsSaid == wordsSaid) {
            return;
        }
        query = q;
        wordsSaid = newWordsSaid;
        loadMoments();
    }

    private void loadMoments() {
        long mine = ++momentsGeneration;
        Talk t = talk;
        String q = query;
        boolean said = wordsSaid;
        if (t == null || q.isBlank()) {
            moments.clear();
            return;
        }
        tasks.run(() -> search.moments(q, said, t.id(), MOMENTS), found -> {
            if (mine == momentsGeneration) {
                allMomentsShown = false;
                moments.setAll(found.stream().map(m -> new MomentLine(m, Durations.clock(m.at()))).toList());
            }
        }, error -> {
            // A query that cannot be read is shown by the search bar; its moments are simply none.
            if (mine == momentsGeneration) {
                moments.clear();
            }
        });
    }

    /**
     * The moments listed: the best alone until the others are asked for ({@link #toggleOtherMoments}), one line each,
     * so they leave the details pane to the transcript.
     */
    public ObservableList<MomentLine> shownMoments() {
        return shownMomentsView;
    }

    /** What the link that lists or hides the other moments says: "2 more", "fewer", or nothing (one moment or none). */
    public ReadOnlyStringProperty otherMomentsProperty() {
        return otherMoments.getReadOnlyProperty();
    }

    /** Lists the other moments below the best, or hides them again. */
    public void toggleOtherMoments() {
        allMomentsShown = !allMomentsShown;
        listMoments();
    }

    private void listMoments() {
        int hidden = moments.size() - 1;
        shownMoments.setAll(allMomentsShown ? moments : moments.subList(0, Math.min(1, moments.size())));
        otherMoments.set(hidden <= 0 ? "" : allMomentsShown ? "fewer" : hidden + " more");
    }

    /** A moment clicked: the transcript shows that line, selected and in view. */
    public void showMoment(MomentLine moment) {
        showAt(moment.moment().at());
    }

    /** "Play from here" on a moment: the talk plays from that time (a playing player of the talk moves there). */
    public void playMoment(MomentLine moment) {
        Talk t = talk;
        if (t == null) {
            return;
        }
        Duration at = moment.moment().at();
        showAt(at);
        int i = indexAt(at);
        if (playing.get() && i >= 0) {
            go(lines.get(i));
        } else {
            playAt.accept(t, at);
        }
    }

    private final ReadOnlyStringWrapper attachMessage = new ReadOnlyStringWrapper(this, "attachMessage", "");
    private final ReadOnlyBooleanWrapper attachFailed = new ReadOnlyBooleanWrapper(this, "attachFailed");

    /**
     * Attaches a subtitle file (.vtt, .srt) to the shown talk, in place of any transcript it had (undoable, as the
     * CLI's {@code import FILE --talk ID}); its lines show when it is stored. A bad file changes nothing and
     * {@link #attachMessageProperty} says which file and line.
     */
    public void attach(Path file) {
        Talk t = talk;
        if (t == null || file == null) {
            return;
        }
        attachFailed.set(false);
        attachMessage.set("Attaching " + file.getFileName() + "…");
        tasks.run(() -> transcripts.attach(t.id(), file), attached -> {
            String said = attached.describe();
            attachMessage.set(Character.toUpperCase(said.charAt(0)) + said.substring(1) + ".");
            reload();
            libraryChanged.run();
        }, error -> {
            if (error instanceof dev.talkshelf.service.UserInputException) {
                attachFailed.set(true);
                attachMessage.set(error.getMessage());
            } else {
                attachMessage.set("");
                errors.report("attach " + file.getFileName(), error, null);
            }
        });
    }

    /** What the last attach did, or why it failed (the file and line); empty when another talk is shown. */
    public ReadOnlyStringProperty attachMessageProperty() {
        return attachMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty attachFailedProperty() {
        return attachFailed.getReadOnlyProperty();
    }

    private record Loaded(List<CueLine> lines, String source) {
    }

    /** The transcript read last, and whose: shown again without a read while the library has not changed. */
    private record Kept(TalkId id, Optional<Loaded> loaded) {
    }

    private Kept kept;

    /**
     * After an edit anywhere (a transcript attached, replaced, taken back): the kept transcript is read again, and the
     * shown talk's lines replaced only if they changed, so a note added from a line keeps the list where it was.
     */
    public void reload() {
        kept = null;
        Talk shown = talk;
        if (shown == null || state.get() == State.LOADING) {
            return;
        }
        long mine = generation;
        TalkId id = shown.id();
        tasks.run(() -> transcripts.of(id).map(TranscriptViewModel::linesOf), loaded -> {
            if (mine != generation) {
                return;
            }
            kept = new Kept(id, loaded);
            boolean same = loaded.map(l -> state.get() == State.SHOWN && l.equals(new Loaded(lines, source.get())))
                    .orElse(state.get() == State.NONE);
            if (!same) {
                ++generation;
                lines.clear();
                current.set(-1);
                selected.set(-1);
                cancelNote();
                source.set("");
                apply(id, loaded);
            }
        }, error -> errors.report("read the transcript", error, null));
    }

    private static Loaded linesOf(TalkTranscript t) {
        List<Cue> cues = t.transcript().cues();
        List<CueLine> out = new ArrayList<>(cues.size());
        for (int i = 0; i < cues.size(); i++) {
            out.add(CueLine.of(i, cues.get(i)));
        }
        String language = t.transcript().language();
        return new Loaded(out, t.source() + (language == null || language.isEmpty() ? "" : " (" + language + ")"));
    }

    private void apply(TalkId id, Optional<Loaded> loaded) {
        if (loaded.isEmpty() || loaded.get().lines().isEmpty()) {
            state.set(State.NONE);
            placeholder.set(NO_TRANSCRIPT + id.value());
            pendingAt = null;
            return;
        }
        lines.setAll(loaded.get().lines());
        source.set(loaded.get().source());
        state.set(State.SHOWN);
        placeholder.set("");
        if (pendingAt != null) {
            Duration at = pendingAt;
            pendingAt = null;
            showAt(at);
        }
    }

    /**
     * Selects the line said at {@code at} and brings it into view (a moment clicked in a search result). Asked before
     * the transcript has loaded, it happens when it arrives.
     */
    public void showAt(Duration at) {
        if (state.get() == State.LOADING || state.get() == State.NOTHING) {
            pendingAt = at;
            return;
        }
        int i = indexAt(at);
        if (i >= 0) {
            selected.set(i);
            userScrolledAt = clock.instant(); // the user chose this place: the player does not pull the list away
            scrollRequest.set(new ScrollRequest(i));
        }
    }

    /** The line being said at {@code at}: the last one starting at or before it; -1 before the first. */
    int indexAt(Duration at) {
        int lo = 0;
        int hi = lines.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (lines.get(mid).cue().start().compareTo(at) <= 0) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    void playerMoved(TalkId id, Duration position) {
        if (talk == null || !talk.id().equals(id)) {
            return;
        }
        playing.set(true);
        int i = indexAt(position);
        if (i != current.get()) {
            current.set(i);
            if (i >= 0 && follows()) {
                scrollRequest.set(new ScrollRequest(i));
            }
        }
    }

    void playerStopped(TalkId id) {
        if (talk != null && talk.id().equals(id)) {
            playing.set(false);
            current.set(-1);
        }
    }

    /** The user scrolled the list by hand: it stops following the player for a while. */
    public void userScrolled() {
        userScrolledAt = clock.instant();
    }

    /** Whether the list should move along with the player now. */
    boolean follows() {
        return !clock.instant().isBefore(userScrolledAt.plus(FOLLOW_PAUSE));
    }

    public void select(int index) {
        selected.set(index >= 0 && index < lines.size() ? index : -1);
    }

    /**
     * Goes to a line: the player playing this talk moves there; with none, the talk starts playing from there.
     * The list follows the player again at once.
     */
    public void go(CueLine line) {
        Talk t = talk;
        if (t == null || line == null) {
            return;
        }
        selected.set(line.index());
        userScrolledAt = Instant.MIN;
        Duration at = line.cue().start();
        if (!playing.get()) {
            playAt.accept(t, at);
            return;
        }
        tasks.run(() -> playback.seek(t.id(), at), moved -> {
            if (!moved) {
                playAt.accept(t, at);
            }
        }, error -> errors.report("move the player", error, null));
    }

    /** Starts a note from the selected line: its text to edit, pinned to the line's time. */
    public void startNote() {
        int i = selected.get();
        if (talk == null || i < 0 || i >= lines.size()) {
            return;
        }
        CueLine line = lines.get(i);
        draftCue.set(line);
        draftText.set(line.text());
    }

    /** Stores the drafted note at its line's start; an emptied text stores nothing. */
    public void saveNote() {
        CueLine line = draftCue.get();
        Talk t = talk;
        String text = draftText.get() == null ? "" : draftText.get().strip();
        if (line == null || t == null || text.isEmpty()) {
            return;
        }
        Duration at = line.cue().start();
        cancelNote();
        tasks.run(() -> library.addNote(t.id(), at, text), ok -> libraryChanged.run(),
                error -> errors.report("add the note", error, null));
    }

    public void cancelNote() {
        draftCue.set(null);
        draftText.set("");
    }

    // ----- what the view binds to -----

    /** The shown talk's best moments for the search; empty when the search did not look at what was said. */
    public ObservableList<MomentLine> moments() {
        return momentsView;
    }

    public ObservableList<CueLine> lines() {
        return linesView;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why there are no lines, and what to do about it. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** Where the transcript came from: "talk.en.vtt (en)". */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The line being said while the player plays this talk; -1 otherwise. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True while a player reports this talk playing. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScrollRequest> scrollRequestProperty() {
        return scrollRequest.getReadOnlyProperty();
    }

    /** The line a note is being drafted from; null when no note is drafted. */
    public ReadOnlyObjectProperty<CueLine> draftCueProperty() {
        return draftCue.getReadOnlyProperty();
    }

    public StringProperty draftTextProperty() {
        return draftText;
    }
}
