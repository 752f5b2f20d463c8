package dev.talkshelf.ui.talks;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.shared.Tips;
import dev.talkshelf.ui.theme.Icons;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/** The table of talks. Builds nodes and binds them; what happens lives in {@link TalkListViewModel}. */
public final class TalkListView {
    private final TalkListViewModel model;
    private final TableView<LazyRow> table = new TableView<>();
    private final Map<TableColumn<LazyRow, ?>, SortKey> sortKeys = new HashMap<>();
    private final TalkMenu menu;
    private final Label emptyLabel = new Label("No talks match this search");
    private final Tips.Shared sharedTip = new Tips.Shared();
    private final VBox box = new VBox(table);
    private boolean compact;
    /** Columns the user hid from the table's menu; the others show when the layout and the talks call for them. */
    private final Set<String> userHidden = new HashSet<>();
    private boolean applyingVisibility;

    public TalkListView(TalkListViewModel model, Thumbnails thumbnails, Map<String, Double> widths) {
        this(model, thumbnails, widths, new TalkMenu(model));
    }

    TalkListView(TalkListViewModel model, Thumbnails thumbnails, Map<String, Double> widths, TalkMenu menu) {
        this.model = model;
        this.menu = menu;
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        table.setId("talks");
        table.getStyleClass().add("talk-table");
        table.itemsProperty().bind(model.rowsProperty().map(rows -> (javafx.collections.ObservableList<LazyRow>) rows));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setFixedCellSize(COMFORTABLE_HEIGHT);
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
        TableColumn<LazyRow, TalkRow> title = baseColumn("Title", "title", 640, SortKey.TITLE);
        title.setCellFactory(col -> new TitleCell(() -> !compact, sharedTip));
        table.getColumns().add(flexible(title, 160, 5000));
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
                userHidden.add(id);
            } else if (saved != null && c.isResizable()) {
                c.setPrefWidth(saved);
            }
        }
        for (TableColumn<LazyRow, ?> c : table.getColumns()) {
            c.visibleProperty().addListener((obs, was, now) -> {
                if (!applyingVisibility) { // the user, from the table's menu
                    if (now) {
                        userHidden.remove(c.getId());
                    } else {
                        userHidden.add(c.getId());
                    }
                }
            });
        }
        model.filledColumnsProperty().addListener((obs, old, now) -> applyVisibility());
        applyVisibility();
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
        table.setContextMenu(menu.build());
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

    static final double COMFORTABLE_HEIGHT = 52;
    static final double COMPACT_HEIGHT = 30;

    /** The comfortable list (a byline under each title, pictures) or the compact one (one line per talk). */
    public void setCompact(boolean compact) {
        if (this.compact == compact) {
            return;
        }
        this.compact = compact;
        table.setFixedCellSize(compact ? COMPACT_HEIGHT : COMFORTABLE_HEIGHT);
        table.getStyleClass().remove("compact");
        if (compact) {
            table.getStyleClass().add("compact");
        }
        applyVisibility();
        table.refresh();
    }

    public boolean isCompact() {
        return compact;
    }

    /**
     * Shows the columns the layout and the talks call for: the comfortable list has speakers, event, year and length
     * in each title's byline and a picture; the compact list has them as columns and no picture; a column no talk
     * of the view fills takes no room; a column the user hid stays hidden.
     */
    private void applyVisibility() {
        Set<FilledColumns> filled = model.filledColumnsProperty().get();
        applyingVisibility = true;
        try {
            for (TableColumn<LazyRow, ?> c : table.getColumns()) {
                c.setVisible(!userHidden.contains(c.getId()) && wanted(c.getId(), filled));
            }
        } finally {
            applyingVisibility = false;
        }
    }

    private boolean wanted(String column, Set<FilledColumns> filled) {
        return switch (column) {
            case "thumbnail" -> !compact;
            case "speakers" -> compact && filled.contains(FilledColumns.SPEAKERS);
            case "event" -> compact && filled.contains(FilledColumns.EVENT);
            case "year" -> compact && filled.contains(FilledColumns.YEAR);
            case "duration" -> compact && filled.contains(FilledColumns.LENGTH);
            case "rating" -> filled.contains(FilledColumns.RATING);
            case "topics" -> filled.contains(FilledColumns.TOPICS);
            default -> true;
        };
    }

    /** Whether a column shows now; for tests. */
    boolean showsColumn(String id) {
        return table.getColumns().stream().anyMatch(c -> c.getId().equals(id) && c.isVisible());
    }

    /** Dragging a row carries the selected talks (or just that row's, if it is not selected) to a playlist. */
    private void startTalkDrag(TableRow<LazyRow> row) {
        if (row.isEmpty() || row.getItem() == null || row.getItem().row() == null) {
            return;
        }
        menu.startDrag(row, row.getItem().row().talk());
    }

    /** Where the "Add to playlist" submenu gets its names and sends its choice. */
    public void playlistMenu(Supplier<List<String>> names, Consumer<String> add, Runnable create) {
        menu.playlistMenu(names, add, create);
    }

    /** What the Edit topics menu item opens (the window owns the dialog). */
    public void onEditTopics(Runnable action) {
        menu.onEditTopics(action);
    }

    /** The line shown when nothing matches: a node with an action for an empty library. */
    public void setPlaceholder(Node node) {
        table.setPlaceholder(node);
    }

    List<Integer> selectedIndexes() {
        return List.copyOf(table.getSelectionModel().getSelectedIndices());
    }

    int focusedIndex() {
        return table.getFocusModel().getFocusedIndex();
    }

    /** Takes the selection over from the grid, when the list is switched to. */
    void select(List<Integer> indexes, int focus) {
        table.getSelectionModel().clearSelection();
        for (int i : indexes) {
            table.getSelectionModel().select(i);
        }
        table.getFocusModel().focus(focus);
        if (focus >= 0) {
            table.scrollTo(Math.max(0, focus - 3));
        }
        pushSelection();
    }

    void focus() {
        table.requestFocus();
    }

    private void pushSelection() {
        List<Integer> indexes = List.copyOf(table.getSelectionModel().getSelectedIndices());
        model.select(indexes, table.getFocusModel().getFocusedIndex());
    }

    /** A column of plain text, painted by the cell itself: no text node inside the cell to style and lay out. */
    private TableColumn<LazyRow, TalkRow> textColumn(String title, String id, double width, SortKey sort,
                                                     Function<TalkRow, String> text, String style) {
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
            widths.put(c.getId(), userHidden.contains(c.getId()) ? -1.0 : c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth());
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
