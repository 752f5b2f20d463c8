package dev.talkshelf.ui.talks;

import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.InvalidQueryException;
import dev.talkshelf.service.LibraryService;
import dev.talkshelf.service.PlaybackProblem;
import dev.talkshelf.service.SearchPage;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.service.WatchService;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The talk table: the matches of the current query in the current order, fetched a page at a time, the
 * selection, and what can be done to the selected talks. Every edit ends in {@code libraryChanged}.
 */
public final class TalkListViewModel {
    private final SearchService search;
    private final LibraryService library;
    private final WatchService watch;
    private final TaskRunner tasks;
    private final UserErrors errors;
    private final Playback playback;
    private final Desktop desktop;
    private final Runnable libraryChanged;

    private final ReadOnlyObjectWrapper<PagedRows> rows = new ReadOnlyObjectWrapper<>(this, "rows", new PagedRows(0, p -> { }));
    /** Bumped each time another search's rows take the table's place (the selection starts over). */
    private final ReadOnlyLongWrapper searches = new ReadOnlyLongWrapper(this, "searches");
    /** Which reset of the rows the pages being fetched are for. */
    private long rowsVersion;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyObjectWrapper<Set<FilledColumns>> filled =
            new ReadOnlyObjectWrapper<>(this, "filled", EnumSet.noneOf(FilledColumns.class));
    private final ReadOnlyObjectWrapper<Talk> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ObservableList<Talk> selected = FXCollections.observableArrayList();
    private final ObservableList<Talk> selectedView = FXCollections.unmodifiableObservableList(selected);
    private final ReadOnlyObjectWrapper<SortKey> sort = new ReadOnlyObjectWrapper<>(this, "sort", SortKey.RELEVANCE);
    private final ReadOnlyBooleanWrapper reversed = new ReadOnlyBooleanWrapper(this, "reversed");
    private final Object playbackEnded = new Object();
    private final Object playbackProgressed = new Object();
    /** Who asks where a moved video is; until one is wired, a missing file is reported without that action. */
    private Consumer<Talk> locateFile;
    private String query = "";
    /** Bumped on the FX thread per search; read by the worker to skip searches already typed over. */
    private volatile long generation;
    /** Where a malformed query goes; until the search bar is wired, it is reported like any failed search. */
    private Consumer<InvalidQueryException> onQueryError;
    private Runnable onQueryOk = () -> { };

    public TalkListViewModel(SearchService search, LibraryService library, WatchService watch, TaskRunner tasks,
                             UserErrors errors, Playback playback, Desktop desktop, Runnable libraryChanged) {
        this.search = search;
        this.library = library;
        this.watch = watch;
        this.tasks = tasks;
        this.errors = errors;
        this.playback = playback;
        this.desktop = desktop;
        this.libraryChanged = libraryChanged;
        this.onQueryError = invalid -> errors.report("search the library", invalid, null);
    }

    /** Where a malformed query is reported (the search bar shows it) and where a good one is confirmed. */
    public void onQueryResult(Runnable ok, Consumer<InvalidQueryException> invalid) {
        this.onQueryOk = ok;
        this.onQueryError = invalid;
    }

    public ReadOnlyObjectProperty<PagedRows> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Counts the searches whose rows replaced the table's: the selection and focus start over at each. */
    public ReadOnlyLongProperty searchesProperty() {
        return searches.getReadOnlyProperty();
    }

    /** The often-empty columns some talk of the current view (as loaded so far) has a value in. */
    public ReadOnlyObjectProperty<Set<FilledColumns>> filledColumnsProperty() {
        return filled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The talk the details pane shows: the one the selection focuses on. */
    public ReadOnlyObjectProperty<Talk> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ObservableList<Talk> selectedTalks() {
        return selectedView;
    }

    public boolean canPlay() {
        return playback.available();
    }

    public String query() {
        return query;
    }

    /**
     * As {@link #show(String)}, with its first page fetched already, if {@code ready} is for this search (else
     * {@code ready} is ignored).
     */
    public void show(String text, FirstPage ready) {
        String q = text == null ? "" : text;
        if (ready == null || !ready.answers(q, wordsSaid, sort.get(), reversed.get())) {
            show(text);
            return;
        }
        query = q;
        ++generation;
        loading.set(false);
        resetRows(ready.total(), ready.rows(), q, sort.get(), reversed.get());
        onQueryOk.run();
    }

    /** Shows the matches of {@code text} from the top. */
    public void show(String text) {
        query = text == null ? "" : text;
        long mine = ++generation;
        loading.set(true);
        String q = query;
        SortKey key = sort.get();
        boolean rev = reversed.get();
        tasks.run(() -> mine == generation ? fetch(q, key, rev, 0) : null, page -> {
            if (mine != generation || page == null) {
                return; // a newer search is under way; this one is stale
            }
            loading.set(false);
            resetRows(page.total(), page.rows(), q, key, rev);
            onQueryOk.run();
        }, error -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            if (error instanceof InvalidQueryException invalid) {
                onQueryError.accept(invalid);
            } else {
                errors.report("search the library", error, () -> show(q));
            }
        });
    }

    /** Orders by a column; the service sorts, so the order holds over all matches, not just the loaded ones. */
    public void sortBy(SortKey key, boolean descending) {
        if (key == sort.get() && descending == reversed.get()) {
            return;
        }
        sort.set(key);
        reversed.set(descending);
        show(query);
    }

    /** After an edit: fetches the pages on screen again, keeping the selection when the number of matches holds. */
    public void refresh() {
        PagedRows shown = rows.get();
        int[] pages = shown.requestedPages();
        long mine = ++generation;
        String q = query;
        SortKey key = sort.get();
        boolean rev = reversed.get();
        tasks.run(() -> {
            List<Page> fetched = new ArrayList<>();
            for (int p : pages.length == 0 ? new int[] {0} : pages) {
                fetched.add(fetch(q, key, rev, p));
            }
            return fetched;
        }, fetched -> {
            if (mine != generation) {
                return;
            }
            long newTotal = fetched.get(0).total();
            if (newTotal != shown.size()) {
                resetRows(newTotal, List.of(), q, key, rev);
            }
            for (int i = 0; i < fetched.size(); i++) {
                shown.fill(pages.length == 0 ? 0 : pages[i], fetched.get(i).rows());
                noteFilled(fetched.get(i).rows(), i == 0);
            }
            refreshSelection();
        }, error -> errors.report("refresh the list", error, this::refresh));
    }

    private void resetRows(long size, List<TalkRow> firstPage, String q, SortKey key, boolean rev) {
        long version = ++rowsVersion;
        PagedRows shown = rows.get();
        shown.reset((int) Math.min(size, Integer.MAX_VALUE), page -> tasks.run(() -> fetch(q, key, rev, page),
                result -> {
                    if (rowsVersion == version) {
                        shown.fill(page, result.rows());
                        noteFilled(result.rows(), false);
                        refreshSelection();
                    }
                }, error -> errors.report("load more talks", error, null)), firstPage);
        noteFilled(firstPage, true);
        searches.set(searches.get() + 1);
    }

    /** Adds the columns {@code rows} fill ({@code afresh}: instead of those known). Told only when that changes. */
    private void noteFilled(List<TalkRow> rows, boolean afresh) {
        EnumSet<FilledColumns> now = EnumSet.noneOf(FilledColumns.class);
        now.addAll(FilledColumns.of(rows));
        if (!afresh) {
            now.addAll(filled.get());
        }
        if (!now.equals(filled.get())) {
            filled.set(now);
        }
    }

    private volatile boolean wordsSaid;

    /** Whether plain words of the next searches also find talks by what was said in them (the search bar's switch). */
    public void setWordsSaid(boolean on) {
        wordsSaid = on;
    }

    private Page fetch(String q, SortKey key, boolean rev, int page) {
        SearchPage result = search.search(q, wordsSaid, key, rev, page * PagedRows.PAGE_SIZE, PagedRows.PAGE_SIZE);
        return new Page(result.total(), result.talks().stream().map(TalkRow::of).toList());
    }

    private List<Integer> selectedIndexes = List.of();
    private int focusedIndex = -1;

    /** The table's selection, by position; talks not loaded yet join once their page arrives. */
    public void select(List<Integer> indexes, int focused) {
        selectedIndexes = List.copyOf(indexes);
        focusedIndex = focused;
        refreshSelection();
    }

    private void refreshSelection() {
        PagedRows shown = rows.get();
        List<Talk> talks = new ArrayList<>();
        for (int i : selectedIndexes) {
            TalkRow r = shown.loaded(i);
            if (r != null) {
                talks.add(r.talk());
            }
        }
        if (!talks.equals(selected)) {
            selected.setAll(talks);
        }
        TalkRow focus = shown.loaded(focusedIndex);
        Talk next = focus != null ? focus.talk() : talks.isEmpty() ? null : talks.get(0);
        // With nothing current (the start) no comparison: the first one links the record's equals (LazyRow.set).
        Talk now = current.get();
        if (now == null ? next != null : !now.equals(next)) {
            current.set(next);
        }
    }

    public void mark(WatchStatus status) {
        List<TalkId> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(() -> {
            watch.mark(ids, status);
            return null;
        }, ok -> libraryChanged.run(), error -> errors.report("mark the talks " + status.label(), error, () -> mark(status)));
    }

    public void delete() {
        List<TalkId> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(() -> {
            library.delete(ids);
            return null;
        }, ok -> libraryChanged.run(), error -> errors.report("delete the talks", error, null));
    }

    /** Applies what was typed in "Edit topics" ({@code +topic -topic}, see {@link TopicEdits}) to every selected talk. */
    public void changeTopics(String typed) {
        TopicEdits edits = TopicEdits.parse(typed);
        changeTopics(edits.add(), edits.remove());
    }

    /** Adds and removes topics on every selected talk. */
    public void changeTopics(List<String> add, List<String> remove) {
        List<TalkId> ids = selectedIds();
        if (ids.isEmpty() || (add.isEmpty() && remove.isEmpty())) {
            return;
        }
        tasks.run(() -> {
            library.changeTopics(ids, add, remove);
            return null;
        }, ok -> libraryChanged.run(), error -> errors.report("change the topics", error, null));
    }

    /** Plays the focused talk: from where it was left ({@code fromStart} false) or from the beginning. */
    public void play(boolean fromStart) {
        Talk talk = current.get();
        if (talk != null) {
            playAt(talk, fromStart ? Duration.ZERO : null);
        }
    }

    public void playAt(Talk talk, Duration from) {
        if (!playback.available()) {
            return;
        }
        tasks.run(() -> {
            playback.play(talk, from, () -> tasks.debounce(playbackProgressed, 0, this::refresh),
                    () -> tasks.debounce(playbackEnded, 0, libraryChanged));
            return null;
        }, ok -> libraryChanged.run(), error -> {
            String doing = "play \"" + talk.title() + "\"";
            if (error instanceof PlaybackProblem p && p.kind() == PlaybackProblem.Kind.MEDIA_MISSING && locateFile != null) {
                errors.report(doing, error, "Locate file…", () -> locateFile.accept(talk));
            } else {
                errors.report(doing, error, null);
            }
        });
    }

    /** Who asks the user where a moved video file is now (the details pane, which owns a file chooser). */
    public void onLocateFile(Consumer<Talk> handler) {
        this.locateFile = handler;
    }

    public void openLink() {
        Talk talk = current.get();
        if (talk != null) {
            desktop.browse(talk.media());
        }
    }

    public boolean hasLocalFile() {
        Talk talk = current.get();
        return talk != null && MediaLocation.parse(talk.media()).orElse(null) instanceof MediaLocation.LocalFile;
    }

    public void showFile() {
        Talk talk = current.get();
        if (talk != null && MediaLocation.parse(talk.media()).orElse(null) instanceof MediaLocation.LocalFile f) {
            desktop.showFolderOf(f.text());
        }
    }

    private List<TalkId> selectedIds() {
        return selected.stream().map(Talk::id).toList();
    }

    private record Page(long total, List<TalkRow> rows) {
    }
}
