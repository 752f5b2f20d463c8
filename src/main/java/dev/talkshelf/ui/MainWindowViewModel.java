package dev.talkshelf.ui;

import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.dashboard.DashboardViewModel;
import dev.talkshelf.ui.details.DetailsViewModel;
import dev.talkshelf.ui.details.TranscriptViewModel;
import dev.talkshelf.ui.imports.ImportViewModel;
import dev.talkshelf.ui.playlist.BudgetPlaylistViewModel;
import dev.talkshelf.ui.playlist.PlaylistViewModel;
import dev.talkshelf.ui.preferences.PreferencesViewModel;
import dev.talkshelf.ui.search.SearchBarViewModel;
import dev.talkshelf.ui.settings.Preferences;
import dev.talkshelf.ui.shared.CheckedDesktop;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.UserError;
import dev.talkshelf.ui.shared.UserErrors;
import dev.talkshelf.ui.sidebar.SidebarViewModel;
import dev.talkshelf.ui.status.StatusBarViewModel;
import dev.talkshelf.ui.talks.FirstPage;
import dev.talkshelf.ui.talks.TalkListViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

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
    /**
     * The details pane follows the table's current talk this much later, so its load and layout land after the
     * table's new rows are laid out instead of in the same frame (and holding an arrow key loads no details).
     */
    static final long DETAILS_DELAY_MILLIS = 80;
    private final Object detailsKey = new Object();
    /** How long after the first page's rows arrived the rest of the window loads (see {@link #start}). */
    static final long REST_AFTER_FIRST_PAGE_MILLIS = 100;
    private final Object startKey = new Object();
    private final Services services;
    private final TaskRunner tasks;
    private final UserErrors errors;
    private final SearchBarViewModel searchBar;
    private final TalkListViewModel talks;
    private final SidebarViewModel sidebar;
    private final DetailsViewModel details;
    private final TranscriptViewModel transcript;
    private final StatusBarViewModel status;
    private final PlaylistViewModel playlist;
    private final DashboardViewModel dashboard;
    private final ImportViewModel imports;
    private final ReadOnlyObjectWrapper<Center> center = new ReadOnlyObjectWrapper<>(this, "center", Center.TALKS);

    /** What the middle of the window shows. */
    public enum Center { TALKS, PLAYLIST, DASHBOARD }
    private final ReadOnlyObjectWrapper<UserError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyLongWrapper libraryCount = new ReadOnlyLongWrapper(this, "libraryCount", -1);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");

    public MainWindowViewModel(Services services, TaskRunner tasks, Playback playback, Desktop desktop, List<String> recentSearches) {
        this.services = services;
        this.tasks = tasks;
        this.errors = new UserErrors(error::set);
        Desktop checked = new CheckedDesktop(desktop, services.player(), tasks, errors);
        this.searchBar = new SearchBarViewModel(tasks, recentSearches);
        this.talks = new TalkListViewModel(services.search(), services.library(), services.watch(), tasks, errors, playback,
                checked, this::libraryChanged);
        this.sidebar = new SidebarViewModel(services.search(), services.playlists(), services.library(), tasks, errors, searchBar.queryProperty(), talks::sortBy);
        this.details = new DetailsViewModel(services.library(), services.watch(), tasks, errors, this::libraryChanged,
                talks::playAt, checked);
        talks.onLocateFile(details::requestLocate);
        this.transcript = new TranscriptViewModel(services.transcripts(), services.library(), services.search(), tasks, errors, playback,
                talks::playAt, this::libraryChanged, Clock.systemUTC());
        details.talkProperty().addListener((obs, old, now) -> transcript.show(now));
        this.status = new StatusBarViewModel(services.search(), tasks);
        this.playlist = new PlaylistViewModel(services.playlists(), services.exports(), services.search(), tasks, errors, playback,
                this::libraryChanged);
        this.dashboard = new DashboardViewModel(services.search(), services.watch(), services.playlists(), tasks, errors);
        this.imports = new ImportViewModel(services.imports(), tasks, errors, this::libraryChanged);
        playlist.onClosed(n -> showTalks());
        playlist.onRenameAndDelete(this::renamePlaylist, this::deletePlaylist);
        sidebar.onPlaylistActions(this::openPlaylist, this::addToPlaylist, this::openDashboard);
        sidebar.onTopicEdits(this::libraryChanged, m -> status.messageProperty().set(m));
        searchBar.onSearch(this::search);
        talks.onQueryResult(searchBar::clearError, searchBar::showError);
        talks.currentProperty().addListener((obs, old, now) -> tasks.debounce(detailsKey, DETAILS_DELAY_MILLIS,
                () -> details.show(talks.currentProperty().get())));
    }

    /**
     * Loads everything for the first time: the first page of talks alone, then, {@value #REST_AFTER_FIRST_PAGE_MILLIS} ms
     * after its rows arrived, the sidebar's counts, the status line, the library's size, the known topics and the
     * playlists. At 100,000 talks the counts take a third of a second on the one connection, and on a 2-core machine
     * the CPU the first rows' layout needs; the window's start is over when the first rows show (docs/performance.md).
     */
    public void start() {
        start(null);
    }

    /** As {@link #start()}, with the first page taken from {@code ready} when it is the one the table asks for. */
    public void start(FirstPage ready) {
        String query = searchBar.queryProperty().get();
        applyWordsSaid(query);
        talks.show(query, ready);
        if (!talks.loadingProperty().get()) {
            tasks.debounce(startKey, REST_AFTER_FIRST_PAGE_MILLIS, this::loadTheRest);
            return;
        }
        talks.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> loading, Boolean was, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    tasks.debounce(startKey, REST_AFTER_FIRST_PAGE_MILLIS, MainWindowViewModel.this::loadTheRest);
                }
            }
        });
    }

    /** What the window shows besides the talks, for the query typed by now. */
    private void loadTheRest() {
        String query = searchBar.queryProperty().get(); // the switch was applied with the first page or the last search
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

    /** Shows a playlist in the middle of the window; null goes back to the talks. */
    public void openPlaylist(String name) {
        if (name == null) {
            showTalks();
            return;
        }
        playlist.open(name);
        center.set(Center.PLAYLIST);
        sidebar.setOpened(name);
    }

    public void showTalks() {
        center.set(Center.TALKS);
        sidebar.setOpened("");
    }

    public void openDashboard() {
        dashboard.load();
        center.set(Center.DASHBOARD);
        sidebar.setOpened("dashboard");
    }

    /** Adds talks (dropped on a playlist in the sidebar) to a manual playlist. */
    public void addToPlaylist(String name, List<TalkId> ids) {
        tasks.run(() -> services.playlists().add(name, ids), n -> {
            status.messageProperty().set(n == 0 ? "Already in \"" + name + "\"" : "Added " + n + " to \"" + name + "\"");
            libraryChanged();
        }, e -> errors.report("add to the playlist", e, null));
    }

    /** A smart playlist from the search as typed now. */
    public void saveSearchAsPlaylist(String name) {
        String query = searchBar.queryProperty().get();
        if (name == null || name.isBlank()) {
            return;
        }
        tasks.run(() -> services.playlists().createSmart(name.strip(), query), p -> {
            status.messageProperty().set("Saved \"" + query + "\" as the smart playlist \"" + p.name() + "\"");
            libraryChanged();
            openPlaylist(p.name());
        }, e -> errors.report("save the search as a playlist", e, null));
    }

    /** A manual playlist filled from {@code query}'s results within a budget like "90m" or "1:30:00". */
    /** Makes the playlist the "Fill to a time budget" form asked for (checked there) and opens it. */
    public void fillToBudget(BudgetPlaylistViewModel.Request request) {
        tasks.run(() -> services.playlists().createWithBudget(request.name(), request.query(), request.budget()), p -> {
            status.messageProperty().set("Filled \"" + p.name() + "\" with talks for " + DurationText.clock(request.budget()));
            libraryChanged();
            openPlaylist(p.name());
        }, e -> errors.report("fill a playlist", e, null));
    }

    public void renamePlaylist(String old, String newName) {
        if (newName == null || newName.isBlank()) {
            return;
        }
        tasks.run(() -> {
            services.playlists().rename(old, newName.strip());
            return newName.strip();
        }, renamed -> {
            if (center.get() == Center.PLAYLIST && old.equals(playlist.nameProperty().get())) {
                openPlaylist(renamed);
            }
            libraryChanged();
        }, e -> errors.report("rename the playlist", e, null));
    }

    public void deletePlaylist(String name) {
        tasks.run(() -> {
            services.playlists().delete(name);
            return null;
        }, ok -> {
            status.messageProperty().set("Deleted \"" + name + "\" (Ctrl+Z brings it back)");
            if (center.get() == Center.PLAYLIST && name.equals(playlist.nameProperty().get())) {
                showTalks();
            }
            libraryChanged();
        }, e -> errors.report("delete the playlist", e, null));
    }

    private void search(String query) {
        applyWordsSaid(query);
        talks.show(query);
        tasks.debounce(countsKey, COUNTS_DELAY_MILLIS, () -> {
            sidebar.load(query);
            status.load(query);
        });
    }

    /** The search bar's "Search what was said" switch, told to every part that searches, and the moments' query. */
    private void applyWordsSaid(String query) {
        boolean said = searchBar.wordsSaidProperty().get();
        talks.setWordsSaid(said);
        sidebar.setWordsSaid(said);
        status.setWordsSaid(said);
        transcript.searched(query, said);
    }

    /** The one signal after any edit: every part fetches what it shows again. */
    public void libraryChanged() {
        talks.refresh();
        sidebar.reload();
        status.reload();
        details.reload();
        transcript.reload();
        countLibrary();
        if (center.get() == Center.PLAYLIST) {
            playlist.reload();
        } else if (center.get() == Center.DASHBOARD) {
            dashboard.load();
        }
    }

    private void countLibrary() {
        tasks.run(() -> new long[] {services.library().count()}, n -> libraryCount.set(n[0]),
                UserErrors.logOnly("count the library's talks"));
        tasks.run(() -> services.library().nextUndo().orElse(""), undoLabel::set, UserErrors.logOnly("name the next undo"));
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

    /** The Preferences dialog's state for this library, starting from what the window uses now. */
    public PreferencesViewModel preferences(Preferences current, String currentTheme) {
        return new PreferencesViewModel(services.settings(), current, currentTheme);
    }

    /** The open library's file (Preferences shows it and offers to open another). */
    public Path libraryFile() {
        return services.libraryFile();
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

    /** The read-along transcript of the talk the details pane shows. */
    public TranscriptViewModel transcript() {
        return transcript;
    }

    public PlaylistViewModel playlist() {
        return playlist;
    }

    public DashboardViewModel dashboard() {
        return dashboard;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public ReadOnlyObjectProperty<Center> centerProperty() {
        return center.getReadOnlyProperty();
    }

    public StatusBarViewModel status() {
        return status;
    }
}
