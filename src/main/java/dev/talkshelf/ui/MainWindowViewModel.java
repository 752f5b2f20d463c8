package dev.talkshelf.ui;

import dev.talkshelf.service.Services;
import dev.talkshelf.ui.details.DetailsViewModel;
import dev.talkshelf.ui.search.SearchBarViewModel;
import dev.talkshelf.ui.sidebar.SidebarViewModel;
import dev.talkshelf.ui.status.StatusBarViewModel;
import dev.talkshelf.ui.talks.TalkListViewModel;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window's parts and what ties them together: a search runs in the table, the sidebar counts and the
 * status line at once; an edit anywhere is one "library changed" call that refreshes every part.
 */
public final class MainWindowViewModel {
    /**
     * How long the sidebar counts and the status line wait after a typed search. The library is one connection,
     * so counting 100,000 talks queued in front of the next keystroke's page would hold that page up; waiting
     * lets the table's page go first and drops the counts of queries typed over.
     */
    static final long COUNTS_DELAY_MILLIS = 250;
    private final Object countsKey = new Object();
    private final Services services;
    private final TaskRunner tasks;
    private final UserErrors errors;
    private final SearchBarViewModel searchBar;
    private final TalkListViewModel talks;
    private final SidebarViewModel sidebar;
    private final DetailsViewModel details;
    private final StatusBarViewModel status;
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyLongWrapper libraryCount = new ReadOnlyLongWrapper(this, "libraryCount", -1);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");

    public MainWindowViewModel(Services services, TaskRunner tasks, Playback playback, Desktop desktop, List<String> recentSearches) {
        this.services = services;
        this.tasks = tasks;
        this.errors = new UserErrors(error::set);
        this.searchBar = new SearchBarViewModel(tasks, recentSearches);
        this.talks = new TalkListViewModel(services.search(), services.library(), services.watch(), tasks, errors, playback,
                desktop, this::libraryChanged);
        this.sidebar = new SidebarViewModel(services.search(), services.playlists(), tasks, errors, searchBar.queryProperty(), talks::sortBy);
        this.details = new DetailsViewModel(services.library(), services.watch(), tasks, errors, this::libraryChanged,
                talks::playAt, desktop);
        this.status = new StatusBarViewModel(services.search(), tasks);
        searchBar.onSearch(this::search);
        talks.onQueryResult(searchBar::clearError, searchBar::showError);
        talks.currentProperty().addListener((obs, old, now) -> details.show(now));
    }

    /** Loads everything for the first time. */
    public void start() {
        // The counts go at once, right behind the first page: on the worker they then overlap the window's
        // first layout on the FX thread instead of competing with laying out the first rows.
        String query = searchBar.queryProperty().get();
        talks.show(query);
        sidebar.load(query);
        status.load(query);
        countLibrary();
        details.loadKnownTopics();
        sidebar.loadPlaylists();
    }

    /** Ctrl+N: a new, empty manual playlist. */
    public void createPlaylist(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        tasks.run(() -> services.playlists().create(name.strip()), p -> {
            status.messageProperty().set("Created the playlist \"" + p.name() + "\"");
            libraryChanged();
        }, e -> errors.report("create the playlist", e, null));
    }

    /** Adds the selected talks to a manual playlist. */
    public void addSelectedToPlaylist(String name) {
        List<dev.talkshelf.model.TalkId> ids = talks.selectedTalks().stream().map(dev.talkshelf.model.Talk::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        tasks.run(() -> services.playlists().add(name, ids), n -> {
            status.messageProperty().set("Added " + n + " to \"" + name + "\"");
            libraryChanged();
        }, e -> errors.report("add to the playlist", e, null));
    }

    private void search(String query) {
        talks.show(query);
        tasks.debounce(countsKey, COUNTS_DELAY_MILLIS, () -> {
            sidebar.load(query);
            status.load(query);
        });
    }

    /** The one signal after any edit: every part fetches what it shows again. */
    public void libraryChanged() {
        talks.refresh();
        sidebar.reload();
        status.reload();
        details.reload();
        countLibrary();
    }

    private void countLibrary() {
        tasks.run(() -> new long[] {services.library().count()}, n -> libraryCount.set(n[0]), e -> { });
        tasks.run(() -> services.library().nextUndo().orElse(""), undoLabel::set, e -> { });
    }

    /** Ctrl+Z: takes back the last edit, whatever part of the window made it. */
    public void undo() {
        tasks.run(() -> services.library().undo(), undone -> {
            status.messageProperty().set(undone.map(d -> "Undone: " + d).orElse("Nothing to undo"));
            if (undone.isPresent()) {
                libraryChanged();
            }
        }, e -> errors.report("undo", e, null));
    }

    public void dismissError() {
        error.set(null);
    }

    public ReadOnlyObjectProperty<UserError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Talks in the whole library; -1 until counted. Zero means the "Import talks" empty state. */
    public ReadOnlyLongProperty libraryCountProperty() {
        return libraryCount.getReadOnlyProperty();
    }

    /** What Ctrl+Z would undo, in words; empty when nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public SearchBarViewModel searchBar() {
        return searchBar;
    }

    public TalkListViewModel talks() {
        return talks;
    }

    public SidebarViewModel sidebar() {
        return sidebar;
    }

    public DetailsViewModel details() {
        return details;
    }

    public StatusBarViewModel status() {
        return status;
    }
}
