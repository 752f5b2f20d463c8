package dev.talkshelf.ui.sidebar;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.ui.shared.Tips;
import dev.talkshelf.ui.theme.Icons;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/** The sidebar. A click filters; another click (or Alt/Ctrl-click) excludes; a third lets go. */
public final class SidebarView {
    private static final PseudoClass INCLUDED = PseudoClass.getPseudoClass("included");
    private static final PseudoClass EXCLUDED = PseudoClass.getPseudoClass("excluded");
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    /** Where a topic cell keeps the path of the topic it shows (tests find the cell of a topic by it). */
    public static final String TOPIC_PATH = "talkshelf.topic";

    private final SidebarViewModel model;
    private final VBox root = new VBox();
    private final List<HBox> shelves = new ArrayList<>();
    private final TreeView<TopicNode> topics = new TreeView<>();
    private final ListView<FacetCount> speakers = new ListView<>();
    private final ListView<FacetCount> events = new ListView<>();
    private final Tips.Shared sharedTip = new Tips.Shared();
    /**
     * Every facet cell's "restyle yourself", so a new pick restyles the cells on screen in place; refresh() on the
     * lists would throw every cell away and build it again. Weak, so cells the lists drop are not kept alive.
     */
    private final Map<Runnable, Boolean> liveCells = new WeakHashMap<>();

    public SidebarView(SidebarViewModel model) {
        this.model = model;
        root.getStyleClass().add("sidebar");
        root.setId("sidebar");
        dashboardLine = progressLine();
        VBox library = libraryShelves();
        library.getChildren().add(dashboardLine);
        model.openedProperty().addListener((obs, old, now) -> restyle());
        VBox playlistBox = playlistList("playlists", model.playlists(), Icons.PLAYLIST);
        VBox smartBox = playlistList("smart-playlists", model.smartPlaylists(), Icons.SEARCH);
        GridPane facets = facetLists();
        root.getChildren().addAll(
                header("Library", Icons.LIBRARY), library,
                header("Playlists", Icons.PLAYLIST), playlistBox,
                header("Smart playlists", Icons.SEARCH), smartBox,
                facets);
        VBox.setVgrow(facets, Priority.ALWAYS);

        model.picksVersionProperty().addListener((obs, old, now) -> restyle());
        model.shelfCountsProperty().addListener((obs, old, now) -> restyle());
        // The window builds the sidebar after its first rows: the model may have its counts and picks already.
        rebuildTopics();
        restyle();
    }

    /** All talks, Continue watching, Unwatched…: one line each. */
    private VBox libraryShelves() {
        VBox library = new VBox(1);
        for (LibraryShelf shelf : LibraryShelf.values()) {
            HBox line = shelfLine(shelf);
            shelves.add(line);
            library.getChildren().add(line);
        }
        return library;
    }

    /** The line that opens the progress dashboard, under the shelves. */
    private HBox progressLine() {
        Label progressName = new Label("Progress");
        Region progressSpacer = new Region();
        HBox.setHgrow(progressSpacer, Priority.ALWAYS);
        HBox line = new HBox(8, Icons.of(Icons.DASHBOARD, 14), progressName, progressSpacer);
        line.setId("shelf-progress");
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("sidebar-entry");
        line.setOnMouseClicked(e -> model.openDashboard());
        return line;
    }

    /** A playlist list that follows the model's playlists of one kind. */
    private VBox playlistList(String id, javafx.collections.ObservableList<PlaylistSummary> playlists, String icon) {
        VBox box = new VBox(1);
        box.setId(id);
        playlists.addListener((ListChangeListener<PlaylistSummary>) c -> fillPlaylists(box, playlists, icon));
        fillPlaylists(box, playlists, icon);
        return box;
    }

    /** The topic tree and the speaker and event lists, sharing the height left below the playlists. */
    private GridPane facetLists() {
        topics.setId("topics");
        topics.setShowRoot(false);
        topics.setRoot(new TreeItem<>());
        topics.setCellFactory(t -> new TopicCell());
        model.topics().addListener((ListChangeListener<TopicNode>) c -> rebuildTopics());
        setUpFacetList(speakers, "speakers", FilterKind.SPEAKER, model.speakers());
        setUpFacetList(events, "events", FilterKind.EVENT, model.events());

        // Topics, speakers and events share the height left below the playlists in fixed proportions, so a long
        // topic tree never squeezes the speaker and event lists down to a row or two.
        GridPane facets = new GridPane();
        facets.setId("facets");
        facets.add(section(header("Topics", Icons.TOPIC), topics), 0, 0);
        facets.add(section(header("Speakers", Icons.SPEAKER), speakers), 0, 1);
        facets.add(section(header("Events", Icons.EVENT), events), 0, 2);
        for (double share : new double[] {50, 28, 22}) {
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(share);
            row.setVgrow(Priority.ALWAYS);
            row.setFillHeight(true);
            facets.getRowConstraints().add(row);
        }
        ColumnConstraints column = new ColumnConstraints();
        column.setHgrow(Priority.ALWAYS);
        column.setFillWidth(true);
        facets.getColumnConstraints().add(column);
        facets.setMinHeight(0);
        speakers.setFixedCellSize(26); // as compact as the topic tree's rows
        events.setFixedCellSize(26);
        for (javafx.scene.control.Control list : List.of(topics, speakers, events)) {
            list.setMinHeight(72);
            list.setPrefHeight(72);
            VBox.setVgrow(list, Priority.ALWAYS);
        }
        return facets;
    }

    private HBox shelfLine(LibraryShelf shelf) {
        String icon = switch (shelf) {
            case ALL -> Icons.LIBRARY;
            case CONTINUE -> Icons.IN_PROGRESS;
            case UNWATCHED -> Icons.UNWATCHED;
            case RECENT -> Icons.RECENT;
        };
        Label name = new Label(shelf.label());
        Label count = new Label();
        count.getStyleClass().add("count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, Icons.of(icon, 14), name, spacer, count);
        line.setId("shelf-" + shelf.name().toLowerCase());
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("sidebar-entry");
        line.setUserData(shelf);
        line.setOnMouseClicked(e -> model.clickShelf(shelf));
        return line;
    }

    private final List<HBox> playlistLines = new ArrayList<>();
    private HBox dashboardLine;
    private Function<String, javafx.scene.control.ContextMenu> playlistMenu = n -> null;

    /** The context menu of a playlist entry (rename, delete, new ...); the window builds it, it owns the dialogs. */
    public void playlistMenu(Function<String, javafx.scene.control.ContextMenu> menu) {
        this.playlistMenu = menu;
    }

    private void fillPlaylists(VBox box, List<PlaylistSummary> items, String icon) {
        box.getChildren().clear();
        playlistLines.removeIf(l -> l.getParent() == null);
        if (items.isEmpty()) {
            box.getChildren().add(noneYet());
            return;
        }
        for (PlaylistSummary p : items) {
            String name = p.playlist().name();
            Label label = new Label(name);
            label.setMinWidth(0);
            Label progress = new Label(SidebarViewModel.progress(p));
            progress.getStyleClass().add("count");
            progress.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox line = new HBox(8, Icons.of(p.isBroken() ? Icons.WARNING : icon, 14), label, spacer, progress);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("sidebar-entry");
            if (p.isBroken()) {
                line.getStyleClass().add("sidebar-broken");
                javafx.scene.control.Tooltip.install(line, new javafx.scene.control.Tooltip(SidebarViewModel.problem(p)));
            }
            line.setUserData(name);
            line.setId("playlist-" + name.replaceAll("\\s+", "-"));
            line.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    model.openPlaylist(name);
                }
            });
            line.setOnContextMenuRequested(e -> {
                javafx.scene.control.ContextMenu menu = playlistMenu.apply(name);
                if (menu != null) {
                    menu.show(line, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
            line.setOnDragOver(e -> {
                if (e.getDragboard().hasContent(dev.talkshelf.ui.shared.TalkDrag.TALK_IDS) && model.acceptsDrop(name)
                        && !(e.getGestureSource() instanceof javafx.scene.control.ListCell<?>)) {
                    e.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                    line.pseudoClassStateChanged(DROP_TARGET, true);
                }
                e.consume();
            });
            line.setOnDragExited(e -> line.pseudoClassStateChanged(DROP_TARGET, false));
            line.setOnDragDropped(e -> {
                var ids = dev.talkshelf.ui.shared.TalkDrag.decode(e.getDragboard().getContent(dev.talkshelf.ui.shared.TalkDrag.TALK_IDS));
                model.dropTalks(name, ids);
                e.setDropCompleted(!ids.isEmpty());
                e.consume();
            });
            line.pseudoClassStateChanged(ACTIVE, name.equals(model.openedProperty().get()));
            playlistLines.add(line);
            box.getChildren().add(line);
        }
    }

    private void restyle() {
        for (HBox line : playlistLines) {
            line.pseudoClassStateChanged(ACTIVE, line.getUserData().equals(model.openedProperty().get()));
        }
        dashboardLine.pseudoClassStateChanged(ACTIVE, "dashboard".equals(model.openedProperty().get()));
        Map<LibraryShelf, Long> counts = model.shelfCountsProperty().get();
        for (HBox line : shelves) {
            LibraryShelf shelf = (LibraryShelf) line.getUserData();
            Label count = (Label) line.getChildren().get(3);
            Long n = counts.get(shelf);
            count.setText(n == null ? "" : String.format("%,d", n));
            line.pseudoClassStateChanged(ACTIVE, model.openedProperty().get().isEmpty() && model.isShelfActive(shelf));
        }
        for (Runnable cell : List.copyOf(liveCells.keySet())) {
            cell.run();
        }
    }

    /**
     * Brings the topic tree to the model's topics, reusing the tree items of topics that are still there: counts
     * change with every search, and building a new tree each time made the tree view lay out all its rows anew.
     */
    private void rebuildTopics() {
        Set<String> expanded = new HashSet<>();
        collectExpanded(topics.getRoot(), expanded);
        reconcile(topics.getRoot(), model.topics(), expanded);
    }

    private static void reconcile(TreeItem<TopicNode> parent, List<TopicNode> nodes, Set<String> expanded) {
        javafx.collections.ObservableList<TreeItem<TopicNode>> current = parent.getChildren();
        boolean samePaths = current.size() == nodes.size();
        for (int i = 0; samePaths && i < nodes.size(); i++) {
            samePaths = current.get(i).getValue().path().equals(nodes.get(i).path());
        }
        if (samePaths) {
            for (int i = 0; i < nodes.size(); i++) {
                refill(current.get(i), nodes.get(i), expanded);
            }
            return;
        }
        Map<String, TreeItem<TopicNode>> byPath = new HashMap<>();
        current.forEach(item -> byPath.put(item.getValue().path(), item));
        List<TreeItem<TopicNode>> next = new ArrayList<>(nodes.size());
        for (TopicNode node : nodes) {
            TreeItem<TopicNode> item = byPath.get(node.path());
            if (item == null) {
                next.add(item(node, expanded));
            } else {
                refill(item, node, expanded);
                next.add(item);
            }
        }
        current.setAll(next);
    }

    private static void refill(TreeItem<TopicNode> item, TopicNode node, Set<String> expanded) {
        if (!node.equals(item.getValue())) {
            item.setValue(node);
        }
        reconcile(item, node.children(), expanded);
    }

    private static void collectExpanded(TreeItem<TopicNode> item, Set<String> out) {
        for (TreeItem<TopicNode> child : item.getChildren()) {
            if (child.isExpanded()) {
                out.add(child.getValue().path());
            }
            collectExpanded(child, out);
        }
    }

    private static TreeItem<TopicNode> item(TopicNode node, Set<String> expanded) {
        TreeItem<TopicNode> item = new TreeItem<>(node);
        item.setExpanded(expanded.contains(node.path()));
        for (TopicNode child : node.children()) {
            item.getChildren().add(item(child, expanded));
        }
        return item;
    }

    private void setUpFacetList(ListView<FacetCount> list, String id, FilterKind kind, javafx.collections.ObservableList<FacetCount> items) {
        list.setId(id);
        list.setItems(items);
        list.getStyleClass().add("facet-list");
        list.setCellFactory(l -> new ListCell<>() {
            private final Entry entry = new Entry();
            private final Runnable restyle = () -> style(this, getItem() == null || isEmpty() ? FilterState.OFF : model.state(kind, getItem().value()));

            {
                liveCells.put(restyle, Boolean.TRUE);
                setText(null);
                setGraphic(entry.box); // for good: a graphic set and unset makes the skin rebuild its children
            }

            @Override
            protected void updateItem(FacetCount f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    entry.clear();
                    style(this, FilterState.OFF);
                    setOnMouseClicked(null);
                    return;
                }
                entry.show(f.value(), f.count());
                style(this, model.state(kind, f.value()));
                setOnMouseClicked(e -> click(e, kind, f.value()));
            }
        });
        HBox placeholder = new HBox(noneYet());
        placeholder.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        placeholder.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        list.setPlaceholder(placeholder);
    }

    /** What an empty section says, the same in every section and placed where its first entry would be. */
    private static Label noneYet() {
        Label none = new Label("None yet");
        none.getStyleClass().addAll("count", "sidebar-none");
        return none;
    }

    private void click(MouseEvent e, FilterKind kind, String value) {
        if (e.getButton() == MouseButton.PRIMARY) {
            model.click(kind, value, e.isAltDown() || e.isControlDown() || e.isShortcutDown());
        }
    }

    /**
     * A name and its count, kept by a cell while it is recycled; the full name shows in the sidebar's one shared
     * tooltip. A fresh HBox, labels and tooltip per update made every facet refresh stall the FX thread.
     */
    private final class Entry {
        private final Label label = new Label();
        private final Label n = new Label();
        private final HBox box;
        private String name;

        Entry() {
            label.setMinWidth(0);
            n.getStyleClass().add("count");
            n.setMinWidth(Region.USE_PREF_SIZE);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(6, label, spacer, n);
            box.setAlignment(Pos.CENTER_LEFT);
            label.setOnMouseEntered(e -> {
                if (name != null) {
                    sharedTip.get().setText(name);
                    label.setTooltip(sharedTip.get());
                }
            });
        }

        void show(String value, long count) {
            name = value;
            box.setVisible(true);
            label.setText(value);
            n.setText(String.format("%,d", count));
            if (label.isHover()) {
                sharedTip.get().setText(value);
            }
        }

        /** Hides the entry of a cell that shows nothing (it stays the cell's graphic). */
        void clear() {
            name = null;
            label.setTooltip(null);
            box.setVisible(false);
        }
    }

    private static void style(Node cell, FilterState state) {
        cell.pseudoClassStateChanged(INCLUDED, state == FilterState.INCLUDE);
        cell.pseudoClassStateChanged(EXCLUDED, state == FilterState.EXCLUDE);
    }

    private static Node header(String text, String icon) {
        Label label = new Label(text.toUpperCase());
        label.getStyleClass().add("sidebar-header");
        return label;
    }

    private final class TopicCell extends TreeCell<TopicNode> {
        private final Entry entry = new Entry();
        private final Runnable restyle = () -> style(this, getItem() == null || isEmpty() ? FilterState.OFF
                : model.state(FilterKind.TOPIC, getItem().path()));

        TopicCell() {
            liveCells.put(restyle, Boolean.TRUE);
            getStyleClass().add("topic-cell");
            setText(null);
            setGraphic(entry.box); // for good: a graphic set and unset makes the skin rebuild its children
        }

        @Override
        protected void updateItem(TopicNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                // Cells are kept (no refresh()), so an empty one must not answer to its old topic.
                getProperties().remove(TOPIC_PATH);
                entry.clear();
                style(this, FilterState.OFF);
                setOnMouseClicked(null);
                setOnContextMenuRequested(null);
                // The skin leaves an empty row's arrow as its last topic had it; an empty row has nothing to open.
                showDisclosure(false);
                return;
            }
            showDisclosure(getTreeItem() != null && !getTreeItem().isLeaf());
            entry.show(node.name(), node.count());
            // Not the cell's id: a new id restyles the cell from scratch, and a search reorders the topics.
            getProperties().put(TOPIC_PATH, node.path());
            style(this, model.state(FilterKind.TOPIC, node.path()));
            setOnMouseClicked(e -> {
                if (e.getTarget() instanceof Node n && isDisclosure(n)) {
                    return;
                }
                click(e, FilterKind.TOPIC, node.path());
            });
            setOnContextMenuRequested(e -> {
                TopicMenu.of(model, node.path(), this).show(this, e.getScreenX(), e.getScreenY());
                e.consume();
            });
        }

        private void showDisclosure(boolean show) {
            if (getDisclosureNode() != null) {
                getDisclosureNode().setVisible(show);
            }
        }

        private boolean isDisclosure(Node n) {
            for (Node at = n; at != null && at != this; at = at.getParent()) {
                if (at.getStyleClass().contains("tree-disclosure-node")) {
                    return true;
                }
            }
            return false;
        }
    }

    private static VBox section(Node header, Node list) {
        VBox box = new VBox(header, list);
        box.setMinHeight(0);
        return box;
    }

    public VBox root() {
        return root;
    }
}
