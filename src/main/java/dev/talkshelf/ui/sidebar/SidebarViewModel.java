package dev.talkshelf.ui.sidebar;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.service.LibraryService;
import dev.talkshelf.service.PlaylistService;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The sidebar: library shelves, topic tree, speakers and events with counts within the current search, and
 * the picks. A pick writes its query into the search text, so users see (and learn) the language.
 */
public final class SidebarViewModel {
    private final SearchService search;
    private final PlaylistService playlistService;
    private final LibraryService library;
    private Runnable topicsChanged = () -> { };
    private Consumer<String> say = m -> { };
    private final ObservableList<PlaylistSummary> playlists = FXCollections.observableArrayList();
    private final ObservableList<PlaylistSummary> smartPlaylists = FXCollections.observableArrayList();
    private final TaskRunner tasks;
    private final UserErrors errors;
    private final StringProperty query;
    private final BiConsumer<SortKey, Boolean> sortBy;
    private final FilterSelection selection = new FilterSelection();

    private final ReadOnlyObjectWrapper<Map<LibraryShelf, Long>> shelfCounts =
            new ReadOnlyObjectWrapper<>(this, "shelfCounts", Map.of());
    private final ObservableList<TopicNode> topics = FXCollections.observableArrayList();
    private final ObservableList<FacetCount> speakers = FXCollections.observableArrayList();
    private final ObservableList<FacetCount> events = FXCollections.observableArrayList();
    private final StableOrder topicOrder = new StableOrder();
    private final StableOrder speakerOrder = new StableOrder();
    private final StableOrder eventOrder = new StableOrder();
    private final ReadOnlyLongWrapper picksVersion = new ReadOnlyLongWrapper(this, "picksVersion");
    private Consumer<String> openPlaylist = n -> { };
    private BiConsumer<String, List<TalkId>> dropTalks = (n, ids) -> { };
    private Runnable openDashboard = () -> { };
    private final ReadOnlyStringWrapper opened = new ReadOnlyStringWrapper(this, "opened", "");
    private String loadedFor;
    /** Bumped on the FX thread per load; read by the worker to skip counts already asked for again. */
    private volatile long generation;
    private boolean writing;

    public SidebarViewModel(SearchService search, PlaylistService playlistService, LibraryService library, TaskRunner tasks,
                            UserErrors errors, StringProperty query, BiConsumer<SortKey, Boolean> sortBy) {
        this.search = search;
        this.playlistService = playlistService;
        this.library = library;
        this.tasks = tasks;
        this.errors = errors;
        this.query = query;
        this.sortBy = sortBy;
        query.addListener((obs, old, now) -> {
            if (!writing && selection.retainPresentIn(now)) {
                picksVersion.set(picksVersion.get() + 1);
            }
        });
    }

    /** Where opening a playlist, dropping talks on one, and opening the dashboard lead (the window decides). */
    public void onPlaylistActions(Consumer<String> open, BiConsumer<String, List<TalkId>> drop, Runnable dashboard) {
        this.openPlaylist = open;
        this.dropTalks = drop;
        this.openDashboard = dashboard;
    }

    /** A click on a playlist: shows it in the middle of the window (null: back to the talks). */
    public void openPlaylist(String name) {
        openPlaylist.accept(name);
    }

    /** Talks dragged from the table and dropped on a manual playlist are added to it. */
    public void dropTalks(String name, List<TalkId> ids) {
        if (!ids.isEmpty()) {
            dropTalks.accept(name, ids);
        }
    }

    public void openDashboard() {
        openDashboard.run();
    }

    /** What the middle of the window shows: a playlist's name, "dashboard", or empty for the talks. */
    public void setOpened(String what) {
        opened.set(what == null ? "" : what);
    }

    public ReadOnlyStringProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** Whether a manual playlist may take talks dropped on it (a smart one is what its query finds). */
    public boolean acceptsDrop(String name) {
        return playlists.stream().anyMatch(p -> p.playlist().name().equals(name));
    }

    public ReadOnlyObjectProperty<Map<LibraryShelf, Long>> shelfCountsProperty() {
        return shelfCounts.getReadOnlyProperty();
    }

    public ObservableList<TopicNode> topics() {
        return topics;
    }

    /** Manual playlists with their progress ("3/7"). */
    public ObservableList<PlaylistSummary> playlists() {
        return playlists;
    }

    public ObservableList<PlaylistSummary> smartPlaylists() {
        return smartPlaylists;
    }

    /** "3/7": watched of all; "broken" for a smart playlist whose query cannot be run. */
    public static String progress(PlaylistSummary p) {
        return p.isBroken() ? "broken" : p.watched() + "/" + p.total();
    }

    /** What hovering a playlist explains: why a broken one does not work and what to do; null for one that works. */
    public static String problem(PlaylistSummary p) {
        return p.isBroken() ? "This smart playlist's query cannot be run: " + p.problem()
                + ".\nDelete it and create it again with a query that works." : null;
    }

    public ObservableList<FacetCount> speakers() {
        return speakers;
    }

    public ObservableList<FacetCount> events() {
        return events;
    }

    /** Goes up whenever the picks change, so views restyle their entries. */
    public ReadOnlyLongProperty picksVersionProperty() {
        return picksVersion.getReadOnlyProperty();
    }

    public FilterState state(FilterKind kind, String value) {
        return selection.state(new FilterSelection.Entry(kind, value));
    }

    public boolean isShelfActive(LibraryShelf shelf) {
        if (shelf == LibraryShelf.ALL) {
            return selection.isEmpty() && query.get().isBlank();
        }
        return selection.state(shelf.entry()) == FilterState.INCLUDE;
    }

    /** A click on an entry ({@code exclude}: with Alt or Ctrl held): cycles its state and rewrites the query. */
    public void click(FilterKind kind, String value, boolean exclude) {
        openPlaylist.accept(null);
        FilterSelection.Entry entry = new FilterSelection.Entry(kind, value);
        if (exclude) {
            selection.toggleExclude(entry);
        } else {
            selection.cycle(entry);
        }
        writeQuery();
    }

    /** Filters on one entry alone with the rest of the picks (a speaker link in the details pane). */
    public void include(FilterKind kind, String value) {
        openPlaylist.accept(null);
        selection.set(new FilterSelection.Entry(kind, value), FilterState.INCLUDE);
        writeQuery();
    }

    public void clickShelf(LibraryShelf shelf) {
        openPlaylist.accept(null);
        if (shelf == LibraryShelf.ALL) {
            selection.clear();
        } else {
            selection.set(shelf.entry(), FilterState.INCLUDE);
        }
        sortBy.accept(shelf.sort(), false);
        writeQuery();
    }

    private void writeQuery() {
        writing = true;
        try {
            query.set(selection.query(query.get()));
        } finally {
            writing = false;
        }
        picksVersion.set(picksVersion.get() + 1);
    }

    /** What happens after a topic edit (the whole window refreshes) and where its one-line outcome is shown. */
    public void onTopicEdits(Runnable changed, Consumer<String> message) {
        this.topicsChanged = changed;
        this.say = message;
    }

    /** The topic menu's "Rename…": the topic and its subtree, for all their talks. */
    public void renameTopic(String path, String newPath) {
        if (newPath == null || newPath.isBlank() || newPath.strip().equals(path)) {
            return;
        }
        editTopics("rename the topic", () -> library.renameTopic(path, newPath),
                n -> "Renamed topic " + path + " to " + newPath.strip() + " on " + talks(n));
    }

    /** The topic menu's "Merge into…". */
    public void mergeTopic(String path, String into) {
        if (into == null || into.isBlank()) {
            return;
        }
        editTopics("merge the topic", () -> library.mergeTopics(List.of(path), into),
                n -> "Merged topic " + path + " into " + into.strip() + " on " + talks(n));
    }

    /** The topic menu's "Move under…". */
    public void moveTopic(String path, String parent) {
        if (parent == null || parent.isBlank()) {
            return;
        }
        editTopics("move the topic", () -> library.moveTopic(path, parent),
                n -> "Moved topic " + path + " under " + parent.strip() + " on " + talks(n));
    }

    /** The topic menu's "Delete": the talks stay, only the topic goes. */
    public void deleteTopic(String path) {
        editTopics("delete the topic", () -> library.deleteTopic(path), n -> "Deleted topic " + path + " from " + talks(n));
    }

    /** Every topic of the tree but {@code path} and what is inside it: where it can be merged or moved. */
    public List<String> otherTopics(String path) {
        List<String> paths = new ArrayList<>();
        collect(topics, paths);
        paths.removeIf(p -> p.equals(path) || p.startsWith(path + "/"));
        paths.sort(null);
        return paths;
    }

    private static void collect(List<TopicNode> nodes, List<String> into) {
        for (TopicNode n : nodes) {
            into.add(n.path());
            collect(n.children(), into);
        }
    }

    private void editTopics(String what, Supplier<Integer> edit, IntFunction<String> message) {
        tasks.run(edit::get, n -> {
            say.accept(message.apply(n));
            topicsChanged.run();
        }, e -> errors.report(what, e, null));
    }

    private static String talks(int n) {
        return n == 1 ? "1 talk" : n + " talks";
    }

    /** Counts within the talks matching {@code text}. */
    private volatile boolean wordsSaid;

    /** Whether plain words also find talks by what was said in them (the search bar's switch). */
    public void setWordsSaid(boolean on) {
        wordsSaid = on;
    }

    public void load(String text) {
        long mine = ++generation;
        loadedFor = text;
        boolean said = wordsSaid;
        tasks.run(() -> mine == generation ? search.facets(text, said) : null, facets -> {
            if (mine == generation && facets != null) {
                apply(facets, text == null || text.isBlank());
            }
        }, error -> {
            if (mine == generation && !(error instanceof dev.talkshelf.service.InvalidQueryException)) {
                errors.report("count the talks", error, this::reload);
            }
        });
    }

    public void loadPlaylists() {
        tasks.run(playlistService::list, all -> {
            setIfChanged(playlists, all.stream().filter(p -> !p.playlist().isSmart()).toList());
            setIfChanged(smartPlaylists, all.stream().filter(p -> p.playlist().isSmart()).toList());
        }, error -> errors.report("list the playlists", error, null));
    }

    public void reload() {
        loadPlaylists();
        load(loadedFor == null ? query.get() : loadedFor);
    }

    private void apply(Facets facets, boolean unfiltered) {
        if (unfiltered) {
            topicOrder.learn(StableOrder.paths(formatsLast(facets.topics())));
            speakerOrder.learn(facets.speakers().stream().map(FacetCount::value).toList());
            eventOrder.learn(facets.events().stream().map(FacetCount::value).toList());
        }
        Map<LibraryShelf, Long> counts = new EnumMap<>(LibraryShelf.class);
        counts.put(LibraryShelf.ALL, facets.total());
        for (LibraryShelf shelf : LibraryShelf.values()) {
            if (shelf.status() != null) {
                counts.put(shelf, facets.statuses().stream().filter(f -> f.value().equals(shelf.status().label()))
                        .mapToLong(FacetCount::count).sum());
            }
        }
        shelfCounts.set(Map.copyOf(counts));
        setIfChanged(topics, topicOrder.topics(formatsLast(facets.topics())));
        setIfChanged(speakers, speakerOrder.facets(facets.speakers()));
        setIfChanged(events, eventOrder.facets(facets.events()));
    }

    /** A talk's format (format/keynote) is a facet, not a subject: its root is shown apart, after the topics. */
    static List<TopicNode> formatsLast(List<TopicNode> roots) {
        List<TopicNode> ordered = new ArrayList<>(roots);
        ordered.sort(Comparator.comparing(n -> dev.talkshelf.model.TopicPath.isFormat(n.path())));
        return ordered;
    }

    private static <T> void setIfChanged(ObservableList<T> list, List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }
}
