package dev.talkshelf.ui.talks;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.theme.Icons;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** The table of talks. Builds nodes and binds them; what happens lives in {@link TalkListViewModel}. */
public final class TalkListView {
    private final TalkListViewModel model;
    private final TableView<LazyRow> table = new TableView<>();
    private final Map<TableColumn<LazyRow, ?>, SortKey> sortKeys = new HashMap<>();
    private Runnable editTopics = () -> { };
    private final Label emptyLabel = new Label("No talks match this search");
    private final Tooltip sharedTip = new Tooltip();
    private final VBox box = new VBox(table);

    public TalkListView(TalkListViewModel model, Thumbnails thumbnails, Map<String, Double> widths) {
        this.model = model;
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        table.setId("talks");
        table.getStyleClass().add("talk-table");
        table.itemsProperty().bind(model.rowsProperty().map(rows -> (javafx.collections.ObservableList<LazyRow>) rows));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(48);
        // Constrained: the columns always fill the table's width, so there is never a sideways scrollbar. Narrow
        // columns keep their width; Title takes most of what is left, Speakers, Event and Topics a little.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setTableMenuButtonVisible(true); // lets the user hide columns, e.g. the pictures

        TableColumn<LazyRow, TalkRow> picture = baseColumn("", "thumbnail", 60, null);
        picture.setCellFactory(col -> new ThumbnailCell(thumbnails, sharedTip));
        table.getColumns().add(fixed(picture, 60));
        TableColumn<LazyRow, TalkRow> status = fixed(baseColumn("", "status", 52, SortKey.LAST_WATCHED), 52);
        status.setCellFactory(col -> new StatusCell(sharedTip));
        status.setGraphic(Icons.of(Icons.WATCHED, 12, "column-icon"));
        status.setText("");
        table.getColumns().add(status);
        table.getColumns().add(flexible(textColumn("Title", "title", 640, SortKey.TITLE, TalkRow::title, "title-cell"), 160, 5000));
        table.getColumns().add(flexible(textColumn("Speakers", "speakers", 120, null, TalkRow::speakers, null), 90, 240));
        table.getColumns().add(flexible(textColumn("Event", "event", 90, null, TalkRow::event, null), 70, 200));
        table.getColumns().add(fixed(textColumn("Year", "year", 54, SortKey.YEAR, TalkRow::year, null), 54));
        table.getColumns().add(fixed(textColumn("Length", "duration", 72, SortKey.DURATION, TalkRow::duration, "numeric"), 72));
        table.getColumns().add(fixed(textColumn("Rating", "rating", 80, null, TalkRow::rating, "stars"), 80));
        TableColumn<LazyRow, TalkRow> topics = baseColumn("Topics", "topics", 150, null);
        topics.setCellFactory(col -> new ChipsCell(sharedTip));
        table.getColumns().add(flexible(topics, 120, 360));
        for (TableColumn<LazyRow, ?> c : table.getColumns()) {
            String id = c.getId();
            Double saved = widths.get(id);
            if (saved != null && saved < 0) {
                c.setVisible(false);
            } else if (saved != null && c.isResizable()) {
                c.setPrefWidth(saved);
            }
        }
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                model.sortBy(SortKey.RELEVANCE, false);
            } else {
                TableColumn<LazyRow, ?> first = t.getSortOrder().get(0);
                model.sortBy(sortKeys.getOrDefault(first, SortKey.RELEVANCE), first.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });

        table.setRowFactory(t -> {
            TableRow<LazyRow> row = new TableRow<>() {
                @Override
                protected void updateItem(LazyRow item, boolean empty) {
                    super.updateItem(item, empty);
                    if (!empty && item != null) {
                        item.request();
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.play(false);
                }
            });
            row.setOnDragDetected(e -> startTalkDrag(row));
            return row;
        });
        table.setContextMenu(contextMenu());
        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> pushSelection());
        table.getFocusModel().focusedIndexProperty().addListener((obs, old, now) -> pushSelection());
        // The rows list stays the same for every search (so the table only redraws what changed), so the table
        // does not start its selection over by itself: new results select nothing and focus the first row.
        model.searchesProperty().addListener((obs, old, now) -> {
            table.getSelectionModel().clearSelection();
            table.getFocusModel().focus(table.getItems().isEmpty() ? -1 : 0);
            pushSelection();
        });
        table.setOnKeyPressed(e -> {
            if (e.isControlDown() || e.isMetaDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                model.play(false);
            } else if (e.getCode() == KeyCode.W) {
                model.mark(WatchStatus.WATCHED);
            } else if (e.getCode() == KeyCode.U) {
                model.mark(WatchStatus.UNWATCHED);
            } else if (e.getCode() == KeyCode.DELETE) {
                model.delete();
            } else {
                return;
            }
            e.consume();
        });
        emptyLabel.getStyleClass().add("empty-state");
        table.setPlaceholder(emptyLabel);
    }

    /** Dragging a row carries the selected talks (or just that row's, if it is not selected) to a playlist. */
    private void startTalkDrag(TableRow<LazyRow> row) {
        if (row.isEmpty() || row.getItem() == null || row.getItem().row() == null) {
            return;
        }
        Talk talk = row.getItem().row().talk();
        List<dev.talkshelf.model.TalkId> ids = model.selectedTalks().stream().anyMatch(t -> t.id().equals(talk.id()))
                ? model.selectedTalks().stream().map(Talk::id).toList() : List.of(talk.id());
        javafx.scene.input.Dragboard board = row.startDragAndDrop(javafx.scene.input.TransferMode.COPY);
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.put(dev.talkshelf.ui.shared.TalkDrag.TALK_IDS, dev.talkshelf.ui.shared.TalkDrag.encode(ids));
        content.putString(ids.size() == 1 ? talk.title() : ids.size() + " talks");
        board.setContent(content);
    }

    private java.util.function.Supplier<List<String>> playlistNames = List::of;
    private java.util.function.Consumer<String> addToPlaylist = n -> { };
    private Runnable newPlaylist = () -> { };

    /** Where the "Add to playlist" submenu gets its names and sends its choice. */
    public void playlistMenu(java.util.function.Supplier<List<String>> names, java.util.function.Consumer<String> add, Runnable create) {
        this.playlistNames = names;
        this.addToPlaylist = add;
        this.newPlaylist = create;
    }

    private void fillPlaylistMenu(Menu menu) {
        menu.getItems().clear();
        for (String name : playlistNames.get()) {
            MenuItem item = new MenuItem(name);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> addToPlaylist.accept(name));
            menu.getItems().add(item);
        }
        if (!menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        menu.getItems().add(item("New playlist… (Ctrl+N)", null, () -> newPlaylist.run()));
    }

    /** What the Edit topics menu item opens (the window owns the dialog). */
    public void onEditTopics(Runnable action) {
        this.editTopics = action;
    }

    /** The line shown when nothing matches: a node with an action for an empty library. */
    public void setPlaceholder(Node node) {
        table.setPlaceholder(node);
    }

    private void pushSelection() {
        List<Integer> indexes = List.copyOf(table.getSelectionModel().getSelectedIndices());
        model.select(indexes, table.getFocusModel().getFocusedIndex());
    }

    private ContextMenu contextMenu() {
        MenuItem play = item("Play", Icons.PLAY, () -> model.play(false));
        MenuItem fromStart = item("Play from start", null, () -> model.play(true));
        if (!model.canPlay()) {
            play.setDisable(true);
            fromStart.setDisable(true);
            play.setText("Play (no player in this build)");
        }
        MenuItem watched = item("Mark watched", Icons.WATCHED, () -> model.mark(WatchStatus.WATCHED));
        MenuItem unwatched = item("Mark unwatched", Icons.UNWATCHED, () -> model.mark(WatchStatus.UNWATCHED));
        MenuItem skipped = item("Mark skipped", Icons.SKIPPED, () -> model.mark(WatchStatus.SKIPPED));
        Menu playlist = new Menu("Add to playlist");
        playlist.setGraphic(Icons.of(Icons.PLAYLIST));
        playlist.setOnShowing(e -> fillPlaylistMenu(playlist));
        playlist.getItems().add(new MenuItem("…"));
        MenuItem topics = item("Edit topics…", Icons.TOPIC, () -> editTopics.run());
        MenuItem link = item("Open link", Icons.LINK, model::openLink);
        MenuItem file = item("Show file", Icons.FOLDER, model::showFile);
        MenuItem delete = item("Delete", Icons.DELETE, model::delete);
        ContextMenu menu = new ContextMenu(play, fromStart, new SeparatorMenuItem(), watched, unwatched, skipped,
                new SeparatorMenuItem(), playlist, topics, new SeparatorMenuItem(), link, file, new SeparatorMenuItem(), delete);
        menu.setOnShowing(e -> {
            Talk current = model.currentProperty().get();
            boolean none = current == null;
            for (MenuItem m : List.of(watched, unwatched, skipped, topics, delete, playlist)) {
                m.setDisable(model.selectedTalks().isEmpty());
            }
            link.setDisable(none || current.media() == null);
            file.setDisable(!model.hasLocalFile());
        });
        return menu;
    }

    private static MenuItem item(String text, String icon, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (icon != null) {
            item.setGraphic(Icons.of(icon, 14));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A column of plain text, painted by the cell itself: no text node inside the cell to style and lay out. */
    private TableColumn<LazyRow, TalkRow> textColumn(String title, String id, double width, SortKey sort,
                                                     java.util.function.Function<TalkRow, String> text, String style) {
        TableColumn<LazyRow, TalkRow> c = baseColumn(title, id, width, sort);
        c.setCellFactory(col -> new TextCell(text, style, id.equals("title"), sharedTip));
        return c;
    }

    private TableColumn<LazyRow, TalkRow> baseColumn(String title, String id, double width, SortKey sort) {
        TableColumn<LazyRow, TalkRow> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> cell.getValue().rowProperty());
        c.setSortable(sort != null);
        if (sort != null) {
            sortKeys.put(c, sort);
        }
        return c;
    }

    /** Column widths as the user left them, for the settings file; a hidden column is saved as -1. */
    public Map<String, Double> columnWidths() {
        Map<String, Double> widths = new HashMap<>();
        for (TableColumn<LazyRow, ?> c : table.getColumns()) {
            widths.put(c.getId(), c.isVisible() ? c.getWidth() : -1.0);
        }
        return widths;
    }

    private static <T> TableColumn<LazyRow, T> fixed(TableColumn<LazyRow, T> c, double width) {
        c.setMinWidth(width);
        c.setMaxWidth(width);
        c.setResizable(false);
        return c;
    }

    private static <T> TableColumn<LazyRow, T> flexible(TableColumn<LazyRow, T> c, double min, double max) {
        c.setMinWidth(min);
        c.setMaxWidth(max);
        return c;
    }

    /** The table in its box, made once: a new parent each time moved the table and restyled it. */
    public Node root() {
        return box;
    }

}
