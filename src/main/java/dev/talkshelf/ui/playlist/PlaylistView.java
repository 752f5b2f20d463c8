package dev.talkshelf.ui.playlist;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.shared.Durations;
import dev.talkshelf.ui.shared.TalkDrag;
import dev.talkshelf.ui.theme.Icons;
import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** A playlist as a study plan: progress, the next talk with a big Play button, and the talks to reorder by dragging. */
public final class PlaylistView {
    private final PlaylistViewModel model;
    private final VBox root = new VBox(14);
    private final ListView<Talk> list = new ListView<>();

    public PlaylistView(PlaylistViewModel model) {
        this.model = model;
        root.getStyleClass().add("playlist-view");
        root.setId("playlist-view");
        root.setPadding(new Insets(16, 20, 12, 20));

        Label title = new Label();
        title.setId("playlist-name");
        title.getStyleClass().add("title-2");
        title.textProperty().bind(model.nameProperty());
        Label kind = new Label();
        kind.getStyleClass().add("playlist-kind");
        kind.textProperty().bind(model.smartProperty().map(s -> s ? "Smart playlist · " : "Playlist")
                .flatMap(k -> model.queryProperty().map(q -> k.startsWith("Smart") ? k + q : k)));
        VBox titles = new VBox(2, kind, title);

        MenuButton export = new MenuButton("Export", Icons.of(Icons.IMPORT, 14));
        export.setId("playlist-export");
        for (Map.Entry<String, String> f : List.of(Map.entry("M3U8 playlist", "m3u"), Map.entry("XSPF playlist", "xspf"),
                Map.entry("TalkShelf JSON", "json"))) {
            MenuItem item = new MenuItem(f.getKey() + "…");
            item.setOnAction(e -> export(f.getValue(), f.getKey()));
            export.getItems().add(item);
        }
        Button rename = new Button("Rename…");
        rename.setOnAction(e -> rename());
        Button delete = new Button(null, Icons.of(Icons.DELETE, 14));
        delete.setId("playlist-delete");
        delete.setTooltip(new Tooltip("Delete this playlist (its talks stay in the library; Ctrl+Z brings it back)"));
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> model.delete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, Icons.of(Icons.PLAYLIST, 28, "playlist-icon"), titles, spacer, export, rename, delete);
        header.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("playlist-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.getStyleClass().add("playlist-progress");
        bar.progressProperty().bind(model.progressProperty().map(PlaylistViewModel::fraction));
        Label progressText = new Label();
        progressText.setId("playlist-progress-text");
        progressText.getStyleClass().add("text-muted");
        progressText.textProperty().bind(model.progressProperty().map(PlaylistViewModel::progressText));
        VBox progress = new VBox(6, bar, progressText);

        root.getChildren().addAll(header, progress, nextCard(), talkList());
        VBox.setVgrow(list, Priority.ALWAYS);
        Label message = new Label();
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());
        root.getChildren().add(message);
    }

    private Node nextCard() {
        Label up = new Label("UP NEXT");
        up.getStyleClass().add("card-caption");
        Label nextTitle = new Label();
        nextTitle.setId("playlist-next");
        nextTitle.getStyleClass().add("title-3");
        nextTitle.setWrapText(true);
        Label nextMeta = new Label();
        nextMeta.getStyleClass().add("text-muted");
        model.nextProperty().addListener((obs, old, t) -> showNext(t, nextTitle, nextMeta));
        showNext(model.nextProperty().get(), nextTitle, nextMeta);
        VBox text = new VBox(4, up, nextTitle, nextMeta);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button playNext = new Button("Play next", Icons.of(Icons.PLAY, 20));
        playNext.setId("play-next");
        playNext.getStyleClass().addAll("accent", "large", "play-next");
        playNext.setDefaultButton(false);
        playNext.disableProperty().bind(model.nextProperty().isNull());
        playNext.setOnAction(e -> model.playNext());
        Button playAll = new Button("Play all");
        playAll.setId("play-all");
        playAll.getStyleClass().add("large");
        playAll.disableProperty().bind(model.nextProperty().isNull());
        playAll.setOnAction(e -> model.playAll());
        if (!model.canPlay()) {
            playNext.disableProperty().unbind();
            playNext.setDisable(true);
            playAll.disableProperty().unbind();
            playAll.setDisable(true);
        }
        // A long title wraps; the buttons never shrink to "Pl...".
        playAll.setMinWidth(Region.USE_PREF_SIZE);
        playNext.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinWidth(0);
        nextTitle.setMinWidth(0);
        HBox card = new HBox(14, Icons.of(Icons.VIDEO, 36, "next-icon"), text, playAll, playNext);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("next-card");
        card.setPadding(new Insets(14, 16, 14, 16));
        return card;
    }

    private static void showNext(Talk t, Label title, Label meta) {
        if (t == null) {
            title.setText("All done here");
            meta.setText("Every talk in this playlist is watched or skipped.");
            return;
        }
        title.setText(t.title());
        String speakers = String.join(", ", t.speakers());
        String length = t.duration() == null ? "" : Durations.clock(t.duration());
        String resume = t.status() == WatchStatus.IN_PROGRESS && t.watch().position() != null
                ? " · resume at " + Durations.clock(t.watch().position()) : "";
        meta.setText(String.join(" · ", List.of(speakers, t.event() == null ? "" : t.event(), length).stream()
                .filter(s -> !s.isEmpty()).toList()) + resume);
    }

    private Node talkList() {
        list.setId("playlist-talks");
        list.getStyleClass().add("playlist-talks");
        list.setItems(model.talks());
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new TalkCell());
        list.setFixedCellSize(52);
        Label empty = new Label("Drag talks from the table onto this playlist in the sidebar,\nor use Add to playlist in the table's menu.");
        empty.getStyleClass().add("text-muted");
        list.setPlaceholder(empty);
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.remove(list.getSelectionModel().getSelectedItems().stream().map(Talk::id).toList());
                e.consume();
            }
        });
        return list;
    }

    private final class TalkCell extends ListCell<Talk> {
        TalkCell() {
            setOnDragDetected(e -> {
                if (getItem() == null || model.smartProperty().get()) {
                    return;
                }
                Dragboard board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.put(TalkDrag.TALK_IDS, TalkDrag.encode(List.of(getItem().id())));
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof TalkCell && e.getDragboard().hasContent(TalkDrag.TALK_IDS)) {
                    e.acceptTransferModes(TransferMode.MOVE);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), true);
                }
                e.consume();
            });
            setOnDragExited(e -> pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("drop-target"), false));
            setOnDragDropped(e -> {
                List<TalkId> ids = TalkDrag.decode(e.getDragboard().getContent(TalkDrag.TALK_IDS));
                boolean done = false;
                if (ids.size() == 1) {
                    int from = model.talks().stream().map(Talk::id).toList().indexOf(ids.get(0));
                    model.move(ids.get(0), PlaylistViewModel.dropIndex(from, isEmpty() ? -1 : getIndex(), model.talks().size()));
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(Talk t, boolean empty) {
            super.updateItem(t, empty);
            setText(null);
            if (empty || t == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("playlist-item-" + getIndex());
            Label number = new Label(Integer.toString(getIndex() + 1));
            number.getStyleClass().add("playlist-number");
            number.setMinWidth(28);
            Region status = Icons.of(Icons.of(t.status()), 14, "status-" + t.status().label());
            Label title = new Label(t.title());
            title.getStyleClass().add("title-cell");
            title.setMinWidth(0);
            Label speakers = new Label(String.join(", ", t.speakers()) + (t.event() == null ? "" : " · " + t.event()));
            speakers.getStyleClass().add("text-muted");
            boolean noSpeakers = speakers.getText().isEmpty();
            speakers.setVisible(!noSpeakers);
            speakers.setManaged(!noSpeakers); // the title then sits in the middle of its row, not on top of a gap
            VBox text = new VBox(1, title, speakers);
            text.setAlignment(Pos.CENTER_LEFT);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Label length = new Label(t.duration() == null ? "" : Durations.clock(t.duration()));
            length.getStyleClass().add("numeric");
            HBox line = new HBox(10, Icons.of(Icons.PLAYLIST, 12, "drag-handle"), number, status, text, length);
            line.setMinWidth(0);
            line.prefWidthProperty().bind(list.widthProperty().subtract(24));
            if (!model.smartProperty().get()) {
                Button remove = new Button(null, Icons.of(Icons.CLOSE, 12));
                remove.getStyleClass().addAll("flat", "button-icon", "remove-item");
                remove.setTooltip(new Tooltip("Remove from this playlist"));
                remove.setOnAction(e -> model.remove(List.of(t.id())));
                line.getChildren().add(remove);
            }
            line.setAlignment(Pos.CENTER_LEFT);
            setGraphic(line);
        }
    }

    private void export(String format, String description) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export \"" + model.nameProperty().get() + "\"");
        chooser.setInitialFileName(PlaylistViewModel.exportFileName(model.nameProperty().get(), format));
        String ext = PlaylistViewModel.exportFileName("x", format).substring(2);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + ext));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            model.export(format, file.toPath());
        }
    }

    private void rename() {
        TextInputDialog dialog = new TextInputDialog(model.nameProperty().get());
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle("Rename playlist");
        dialog.setHeaderText("Rename \"" + model.nameProperty().get() + "\"");
        dialog.setContentText("New name:");
        dialog.showAndWait().ifPresent(model::rename);
    }

    public ListView<Talk> list() {
        return list;
    }

    public VBox root() {
        return root;
    }
}
