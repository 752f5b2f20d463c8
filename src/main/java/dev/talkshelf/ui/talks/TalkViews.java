package dev.talkshelf.ui.talks;

import dev.talkshelf.ui.thumbnails.Thumbnails;
import dev.talkshelf.ui.shared.Tips;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/**
 * The talks as the user chose to see them: the comfortable list, the compact list or the grid, one at a time in
 * the same place, switched from three buttons or Ctrl+1, Ctrl+2, Ctrl+3. The selection goes along to the new view.
 */
public final class TalkViews {
    /** Icon paths for the switch: lines with a second line, single lines, a grid. */
    private static final String COMFORTABLE_ICON = "M3 4h18v3H3V4zm0 4.5h12v1.5H3V8.5zM3 13h18v3H3v-3zm0 4.5h12V19H3v-1.5z";
    private static final String COMPACT_ICON = "M3 4h18v2H3V4zm0 4h18v2H3V8zm0 4h18v2H3v-2zm0 4h18v2H3v-2z";
    private static final String GRID_ICON = "M3 3h8v8H3V3zm10 0h8v8h-8V3zM3 13h8v8H3v-8zm10 0h8v8h-8v-8z";

    private final TalkMenu menu;
    private final TalkListView list;
    private final TalkListViewModel model;
    private final Thumbnails thumbnails;
    /** Made the first time the grid shows (or a test asks for it): a window that starts with the list does not build it. */
    private TalkGridView grid;
    private Supplier<Node> placeholder;
    private final StackPane root = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final HBox switcher = new HBox(2);
    private final ReadOnlyObjectWrapper<TalkLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");

    public TalkViews(TalkListViewModel model, Thumbnails thumbnails, Map<String, Double> widths, TalkLayout initial) {
        menu = new TalkMenu(model);
        list = new TalkListView(model, thumbnails, widths, menu);
        this.model = model;
        this.thumbnails = thumbnails;
        root.getStyleClass().add("talk-views");
        for (TalkLayout l : TalkLayout.values()) {
            ToggleButton b = new ToggleButton(null, icon(l));
            b.setId("layout-" + l.settingName());
            b.getStyleClass().addAll("flat", "button-icon", "layout-button");
            Tips.onHover(b, label(l));
            b.setUserData(l);
            b.setToggleGroup(group);
            b.setFocusTraversable(false);
            switcher.getChildren().add(b);
        }
        switcher.getStyleClass().add("layout-switch");
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the three is always chosen
            } else {
                show((TalkLayout) now.getUserData());
            }
        });
        show(initial);
    }

    private static String label(TalkLayout l) {
        return switch (l) {
            case COMFORTABLE -> "List (Ctrl+1)";
            case COMPACT -> "Compact list (Ctrl+2)";
            case GRID -> "Grid (Ctrl+3)";
        };
    }

    private static Node icon(TalkLayout l) {
        SVGPath path = new SVGPath();
        path.setContent(switch (l) {
            case COMFORTABLE -> COMFORTABLE_ICON;
            case COMPACT -> COMPACT_ICON;
            case GRID -> GRID_ICON;
        });
        path.getStyleClass().add("layout-icon");
        path.setScaleX(16.0 / 24);
        path.setScaleY(16.0 / 24);
        return path;
    }

    /** Shows the talks in {@code wanted}, carrying the selection over from the view shown until now. */
    public void show(TalkLayout wanted) {
        TalkLayout was = layout.get();
        if (wanted == was) {
            return;
        }
        boolean focused = root.getScene() != null && root.getScene().getFocusOwner() != null
                && isInside(root.getScene().getFocusOwner());
        if (wanted == TalkLayout.GRID) {
            if (was != null) {
                grid().select(list.selectedIndexes(), list.focusedIndex());
            }
            root.getChildren().setAll(grid().root());
        } else {
            list.setCompact(wanted == TalkLayout.COMPACT);
            if (was == TalkLayout.GRID) {
                list.select(grid().selectedIndexes(), grid().focusedIndex());
            }
            root.getChildren().setAll(list.root());
        }
        layout.set(wanted);
        for (var t : group.getToggles()) {
            if (t.getUserData() == wanted && !t.isSelected()) {
                group.selectToggle(t);
            }
        }
        if (focused && wanted == TalkLayout.GRID) {
            grid().focus();
        } else if (focused) {
            list.focus();
        }
    }

    private boolean isInside(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    public ReadOnlyObjectProperty<TalkLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    /** Ctrl+1, Ctrl+2 and Ctrl+3 switch the layout anywhere in the window. */
    public void install(Scene scene) {
        KeyCode[] keys = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3};
        for (TalkLayout l : TalkLayout.values()) {
            scene.getAccelerators().put(new KeyCodeCombination(keys[l.ordinal()], KeyCombination.SHORTCUT_DOWN), () -> show(l));
        }
    }

    /** The three buttons that switch the layout, for the toolbar. */
    public Node switcher() {
        return switcher;
    }

    public void playlistMenu(Supplier<List<String>> names, Consumer<String> add, Runnable create) {
        menu.playlistMenu(names, add, create);
    }

    public void onEditTopics(Runnable action) {
        menu.onEditTopics(action);
    }

    /** The line shown when nothing matches, in the list and in the grid. */
    public void setPlaceholder(Supplier<Node> node) {
        placeholder = node;
        list.setPlaceholder(node.get());
        if (grid != null) {
            grid.setPlaceholder(node.get());
        }
    }

    public Map<String, Double> columnWidths() {
        return list.columnWidths();
    }

    public TalkListView list() {
        return list;
    }

    public TalkGridView grid() {
        if (grid == null) {
            grid = new TalkGridView(model, thumbnails, menu);
            if (placeholder != null) {
                grid.setPlaceholder(placeholder.get());
            }
        }
        return grid;
    }

    public Node root() {
        return root;
    }
}
