package dev.talkshelf.ui.details;

import dev.talkshelf.ui.details.TranscriptViewModel.CueLine;
import dev.talkshelf.ui.details.TranscriptViewModel.State;
import dev.talkshelf.ui.shared.Tips;
import dev.talkshelf.ui.theme.Icons;
import java.io.File;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The transcript in the details pane: a virtualised list of "12:34  what was said", the line being said marked
 * and followed while the talk plays. Builds and binds; what a click or key means is in {@link TranscriptViewModel}.
 */
public final class TranscriptView {
    private static final PseudoClass SAID_NOW = PseudoClass.getPseudoClass("said-now");
    /** Lines kept above the followed line, so what led up to it stays readable. */
    private static final int CONTEXT_ABOVE = 2;

    private final TranscriptViewModel model;
    private final VBox root = new VBox(6);
    private final ListView<CueLine> list = new ListView<>();
    private final VBox placeholderBox = new VBox(4);

    public TranscriptView(TranscriptViewModel model, boolean canPlay) {
        this.model = model;
        root.setId("transcript");
        root.getStyleClass().add("transcript");
        root.setPadding(new Insets(8, 14, 10, 14));

        Label header = new Label("TRANSCRIPT");
        header.getStyleClass().add("section-header");
        header.setMinWidth(Region.USE_PREF_SIZE);
        Label source = new Label();
        source.getStyleClass().add("text-muted");
        source.textProperty().bind(model.sourceProperty());
        source.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button note = new Button("Note", Icons.of(Icons.NOTE, 12));
        note.setId("transcript-note");
        note.getStyleClass().add("small");
        Tips.onHover(note, "A note from the selected line, pinned to its time (N)");
        note.disableProperty().bind(model.selectedProperty().lessThan(0));
        note.setOnAction(e -> model.startNote());
        note.setMinWidth(Region.USE_PREF_SIZE);
        Button replace = new Button("Replace…");
        replace.setId("transcript-replace");
        replace.getStyleClass().add("small");
        Tips.onHover(replace, "Attach another subtitle file (.vtt, .srt) in place of this transcript");
        replace.setOnAction(e -> chooseAndAttach());
        replace.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, header, source, spacer, replace, note);
        top.setAlignment(Pos.CENTER_LEFT);
        top.visibleProperty().bind(model.stateProperty().isEqualTo(State.SHOWN));
        top.managedProperty().bind(top.visibleProperty());

        list.setId("transcript-lines");
        list.getStyleClass().add("transcript-lines");
        list.setItems(model.lines());
        list.setCellFactory(v -> new LineCell(canPlay));
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> model.select(now.intValue()));
        model.selectedProperty().addListener((obs, old, now) -> selectLine(now.intValue()));
        selectLine(model.selectedProperty().get());
        model.scrollRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                bringIntoView(now.index());
            }
        });
        list.addEventFilter(ScrollEvent.SCROLL, e -> model.userScrolled());
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() instanceof javafx.scene.Node n && insideScrollBar(n)) {
                model.userScrolled();
            }
        });
        list.setOnKeyPressed(e -> {
            CueLine line = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && line != null) {
                model.go(line);
                e.consume();
            }
        });
        // N on the typed character, not the key press: the press would move the focus to the note's field, and the
        // character typed after it would land there.
        list.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            if ("n".equalsIgnoreCase(e.getCharacter()) && !e.isShortcutDown() && !e.isAltDown()) {
                model.startNote();
                e.consume();
            }
        });
        MenuItem goItem = new MenuItem(canPlay ? "Play from here" : "No player in this build");
        goItem.setDisable(!canPlay);
        goItem.setOnAction(e -> model.go(list.getSelectionModel().getSelectedItem()));
        MenuItem noteItem = new MenuItem("Note from this line");
        noteItem.setOnAction(e -> model.startNote());
        list.setContextMenu(new ContextMenu(goItem, noteItem));

        Label placeholder = new Label();
        placeholder.setId("transcript-placeholder");
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.placeholderProperty());
        placeholder.setMaxWidth(Double.MAX_VALUE);
        Label placeholderHeader = new Label("TRANSCRIPT");
        placeholderHeader.getStyleClass().add("section-header");
        Button attach = new Button("Attach a subtitle file…");
        attach.setId("transcript-attach");
        attach.getStyleClass().add("small");
        attach.setOnAction(e -> chooseAndAttach());
        placeholderBox.getChildren().addAll(placeholderHeader, placeholder, attach, attachMessage("transcript-attach-message"));
        placeholderBox.visibleProperty().bind(model.stateProperty().isEqualTo(State.NONE));
        placeholderBox.managedProperty().bind(placeholderBox.visibleProperty());
        StackPane body = new StackPane(list);
        VBox.setVgrow(body, Priority.ALWAYS);

        // the note drafted from a line
        Label at = new Label();
        at.getStyleClass().add("note-time");
        at.textProperty().bind(model.draftCueProperty().map(c -> "Note at " + c.time()).orElse(""));
        TextField draft = new TextField();
        draft.setId("transcript-note-text");
        draft.textProperty().bindBidirectional(model.draftTextProperty());
        HBox.setHgrow(draft, Priority.ALWAYS);
        draft.setOnAction(e -> model.saveNote());
        draft.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.cancelNote();
                list.requestFocus();
                e.consume();
            }
        });
        Button save = new Button("Add note");
        save.setId("transcript-note-save");
        save.getStyleClass().add("small");
        save.setDefaultButton(false);
        save.setOnAction(e -> model.saveNote());
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> model.cancelNote());
        HBox drafting = new HBox(6, at, draft, save, cancel);
        drafting.setAlignment(Pos.CENTER_LEFT);
        drafting.visibleProperty().bind(model.draftCueProperty().isNotNull());
        drafting.managedProperty().bind(drafting.visibleProperty());
        model.draftCueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                draft.requestFocus();
                draft.selectAll();
            }
        });

        root.getChildren().addAll(momentsBox(canPlay), top, attachMessage("transcript-replace-message"), body, drafting);
        root.visibleProperty().bind(model.stateProperty().isEqualTo(State.SHOWN).or(model.stateProperty().isEqualTo(State.LOADING)));
    }

    /** What the last attach did, or the file and line where the file was bad; nothing when there is nothing to say. */
    private Label attachMessage(String id) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.attachMessageProperty());
        message.visibleProperty().bind(model.attachMessageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        model.attachFailedProperty().addListener((obs, old, failed) ->
                message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), failed));
        message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("failed"), model.attachFailedProperty().get());
        return message;
    }

    private Function<javafx.stage.Window, File> chooser = TranscriptView::chooseWithDialog;

    /** How the subtitle file to attach is chosen: a file dialog, or (in tests) a stand-in at the edge of the window. */
    public void chooseFilesWith(Function<javafx.stage.Window, File> chooser) {
        this.chooser = chooser;
    }

    private void chooseAndAttach() {
        File file = chooser.apply(placeholderBox.getScene() == null ? null : placeholderBox.getScene().getWindow());
        if (file != null) {
            model.attach(file.toPath());
        }
    }

    private static File chooseWithDialog(javafx.stage.Window owner) {
        javafx.stage.FileChooser dialog = new javafx.stage.FileChooser();
        dialog.setTitle("Attach a transcript");
        dialog.getExtensionFilters().addAll(
                new javafx.stage.FileChooser.ExtensionFilter("Subtitles", "*.vtt", "*.srt"),
                new javafx.stage.FileChooser.ExtensionFilter("All files", "*.*"));
        return dialog.showOpenDialog(owner);
    }

    /**
     * The talk's best moments for the search (found by what was said), one line each: the best, the others on demand.
     * A moment shows its line in the transcript, or plays from there.
     */
    private VBox momentsBox(boolean canPlay) {
        Label header = new Label("SAID IN THIS TALK");
        header.getStyleClass().add("section-header");
        Hyperlink others = new Hyperlink();
        others.setId("moments-other");
        others.getStyleClass().add("moments-other");
        others.textProperty().bind(model.otherMomentsProperty());
        others.visibleProperty().bind(model.otherMomentsProperty().isNotEmpty());
        others.setOnAction(e -> model.toggleOtherMoments());
        HBox head = new HBox(6, header, others);
        head.setAlignment(Pos.BASELINE_LEFT);
        VBox rows = new VBox(0);
        VBox box = new VBox(2, head, rows);
        box.setId("transcript-moments");
        box.getStyleClass().add("transcript-moments");
        model.shownMoments().addListener((javafx.collections.ListChangeListener<TranscriptViewModel.MomentLine>) c ->
                showMoments(rows, canPlay));
        showMoments(rows, canPlay); // the view may be built after a search found moments (the window builds it late)
        box.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.shownMoments()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void showMoments(VBox rows, boolean canPlay) {
        rows.getChildren().clear();
        int n = 0;
        for (TranscriptViewModel.MomentLine m : model.shownMoments()) {
            Button play = new Button(null, Icons.of(Icons.PLAY, 10));
            play.setId("moment-play-" + n);
            play.getStyleClass().add("small");
            play.setMinWidth(Region.USE_PREF_SIZE);
            Tips.onHover(play, "Play from here");
            play.setDisable(!canPlay);
            play.setOnAction(e -> model.playMoment(m));
            Hyperlink line = new Hyperlink(m.time() + "  " + m.text());
            line.setId("moment-" + n);
            line.getStyleClass().add("moment-link");
            line.setWrapText(false);
            line.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            line.setMinWidth(0);
            line.setMaxWidth(Double.MAX_VALUE);
            Tips.onHover(line, m.text());
            line.setOnAction(e -> model.showMoment(m));
            HBox row = new HBox(4, play, line);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(line, Priority.ALWAYS);
            rows.getChildren().add(row);
            n++;
        }
    }

    private void selectLine(int index) {
        if (list.getSelectionModel().getSelectedIndex() != index) {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().clearAndSelect(index);
            }
        }
    }

    /** Scrolls only when the line is not already comfortably in view, so the text does not jump at every line. */
    private void bringIntoView(int index) {
        VirtualFlow<?> flow = list.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
        int above = 0;
        if (flow != null) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            if (first != null && last != null && index >= first.getIndex() + (first.getIndex() == 0 ? 0 : 1)
                    && index <= last.getIndex() - 2) {
                return;
            }
            // Lines above for context only when the list is tall enough that the line itself still shows below them.
            if (first != null && last != null && last.getIndex() - first.getIndex() + 1 > 2 * CONTEXT_ABOVE + 1) {
                above = CONTEXT_ABOVE;
            }
        }
        list.scrollTo(Math.max(0, index - above));
    }

    private boolean insideScrollBar(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null && n != list; n = n.getParent()) {
            if (n instanceof ScrollBar) {
                return true;
            }
        }
        return false;
    }

    /** The moments and the lines, for the lower part of the details pane while the talk has a transcript. */
    public VBox root() {
        return root;
    }

    /** "No transcript… how to attach one", for the end of the details while the talk has none. */
    public VBox placeholder() {
        return placeholderBox;
    }

    /** One line: its time muted on the left, the text wrapped beside it; marked while it is being said. */
    private final class LineCell extends ListCell<CueLine> {
        /** Room the time column, the gaps, the cell's padding and the scroll bar take from the list's width. */
        private static final double BESIDE_TEXT = 56 + 10 + 12 + 20;
        private final Label time = new Label();
        private final Label text = new Label();
        private final HBox content = new HBox(10, time, text);
        private final javafx.beans.value.ChangeListener<Number> saidNow = (obs, old, now) -> markSaidNow();

        LineCell(boolean canPlay) {
            getStyleClass().add("transcript-line");
            time.getStyleClass().addAll("note-time", "transcript-time");
            time.setMinWidth(56);
            time.setPrefWidth(56);
            text.setWrapText(true);
            text.getStyleClass().add("transcript-text");
            // A wrapped label's height follows its preferred width, so that width is the list's: long lines wrap.
            text.prefWidthProperty().bind(list.widthProperty().subtract(BESIDE_TEXT));
            text.setMinHeight(Region.USE_PREF_SIZE);
            content.setAlignment(Pos.TOP_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0); // never wider than the list
            model.currentProperty().addListener(new javafx.beans.value.WeakChangeListener<>(saidNow));
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null && canPlay) {
                    model.go(getItem());
                }
            });
        }

        @Override
        protected void updateItem(CueLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                setId(null);
            } else {
                time.setText(line.time());
                text.setText(line.text());
                setGraphic(content);
                setId("cue-" + line.index());
            }
            markSaidNow();
        }

        private void markSaidNow() {
            CueLine line = getItem();
            pseudoClassStateChanged(SAID_NOW, !isEmpty() && line != null && line.index() == model.currentProperty().get());
        }
    }
}
