package dev.talkshelf.ui.details;

import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.shared.Tips;
import dev.talkshelf.ui.sidebar.FilterKind;
import dev.talkshelf.ui.theme.Icons;
import dev.talkshelf.ui.thumbnails.ThumbnailView;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.io.File;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The details pane. Builds and binds; edits go to {@link DetailsViewModel}. */
public final class DetailsView {
    /** The pane's narrowest; the window keeps that much room for it before it is built. */
    public static final double MIN_WIDTH = 300;
    private final DetailsViewModel model;
    private final StackPane root = new StackPane();
    private final FlowPane speakers = new FlowPane(4, 2);
    private final FlowPane topics = new FlowPane(6, 6);
    private final VBox notes = new VBox(4);
    private final HBox stars = new HBox(2);
    /** The read-along transcript, when the pane has one. */
    private TranscriptView transcriptView;

    /** {@code filter} applies a sidebar filter (a speaker or event link); {@code canPlay} whether a player is wired. */
    public DetailsView(DetailsViewModel model, Thumbnails thumbnails, BiConsumer<FilterKind, String> filter, boolean canPlay) {
        this(model, null, thumbnails, filter, canPlay);
    }

    /** With {@code transcript} (may be null): the read-along transcript under the details, the divider between movable. */
    public DetailsView(DetailsViewModel model, TranscriptViewModel transcript, Thumbnails thumbnails,
                       BiConsumer<FilterKind, String> filter, boolean canPlay) {
        this.model = model;
        root.setId("details");
        root.getStyleClass().add("details");
        VBox content = new VBox(10);
        content.getChildren().add(thumbnail(thumbnails));
        content.getChildren().addAll(heading(filter));
        content.getChildren().addAll(watchState(canPlay));
        content.getChildren().add(ratingStars());
        content.getChildren().addAll(section("Topics"), topicChips());
        content.getChildren().addAll(section("About"), description());
        content.getChildren().add(section("Media"));
        content.getChildren().addAll(mediaParts());
        content.getChildren().add(section("Notes"));
        content.getChildren().addAll(noteParts(canPlay));
        layOut(content, transcript, canPlay);
    }

    private ThumbnailView thumbnail(Thumbnails thumbnails) {
        ThumbnailView thumb = new ThumbnailView(thumbnails, 256, 144);
        model.talkProperty().addListener((obs, old, now) -> thumb.show(now));
        if (model.talkProperty().get() != null) {
            thumb.show(model.talkProperty().get()); // built after a talk was chosen (the window builds it late)
        }
        return thumb;
    }

    /** The title, the speakers and the event as links into the sidebar's filters, and the talk's facts. */
    private Node[] heading(BiConsumer<FilterKind, String> filter) {
        Label title = new Label();
        title.setId("details-title");
        title.getStyleClass().addAll("title-3", "details-title");
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());

        model.speakers().addListener((ListChangeListener<String>) c -> rebuildSpeakers(filter));
        rebuildSpeakers(filter);
        Hyperlink event = new Hyperlink();
        event.setId("details-event");
        event.textProperty().bind(model.eventProperty());
        event.visibleProperty().bind(model.eventProperty().isNotEmpty());
        event.managedProperty().bind(event.visibleProperty());
        event.setOnAction(e -> filter.accept(FilterKind.EVENT, model.eventProperty().get()));
        Label facts = new Label();
        facts.getStyleClass().add("text-muted");
        facts.textProperty().bind(model.factsProperty());
        HBox eventLine = new HBox(8, event, facts);
        eventLine.setAlignment(Pos.CENTER_LEFT);
        return new Node[] {title, speakers, eventLine};
    }

    /** Where the talk stands (with Resume when a player is wired, its text alone when not) and the marking buttons. */
    private Node[] watchState(boolean canPlay) {
        Label status = new Label();
        status.setId("details-status");
        status.getStyleClass().add("details-status");
        status.textProperty().bind(model.statusProperty());
        Button resume = new Button();
        resume.setGraphic(Icons.of(Icons.PLAY, 12));
        resume.textProperty().bind(model.resumeProperty());
        resume.setDisable(!canPlay);
        resume.visibleProperty().bind(model.resumeProperty().isNotEmpty().and(resume.disabledProperty().not()));
        resume.managedProperty().bind(resume.visibleProperty());
        resume.setOnAction(e -> model.resume());
        Label resumeText = new Label();
        resumeText.textProperty().bind(model.resumeProperty());
        resumeText.getStyleClass().add("text-muted");
        resumeText.visibleProperty().bind(model.resumeProperty().isNotEmpty().and(resume.disabledProperty()));
        resumeText.managedProperty().bind(resumeText.visibleProperty());
        HBox statusLine = new HBox(8, status, resumeText, resume);
        statusLine.setAlignment(Pos.CENTER_LEFT);

        Button watched = small("Watched", Icons.WATCHED, () -> model.mark(WatchStatus.WATCHED));
        watched.setId("details-mark-watched");
        Button unwatched = small("Unwatched", Icons.UNWATCHED, () -> model.mark(WatchStatus.UNWATCHED));
        Button skipped = small("Skip", Icons.SKIPPED, () -> model.mark(WatchStatus.SKIPPED));
        HBox marks = new HBox(4, watched, unwatched, skipped);
        return new Node[] {statusLine, marks};
    }

    private HBox ratingStars() {
        for (int i = 1; i <= 5; i++) {
            int n = i;
            Button star = new Button(null, Icons.of(Icons.STAR, 16, "star"));
            star.getStyleClass().addAll("flat", "button-icon", "star-button");
            star.setId("star-" + n);
            Tips.onHover(star, n == 1 ? "1 star" : n + " stars");
            star.setOnAction(e -> model.rate(n));
            stars.getChildren().add(star);
        }
        model.ratingProperty().addListener((obs, old, now) -> paintStars(now.intValue()));
        paintStars(model.ratingProperty().get());
        return stars;
    }

    /** The talk's topics as removable chips, with a field that completes known topics as the user types. */
    private FlowPane topicChips() {
        topics.setId("details-topics");
        TextField addTopic = new TextField();
        addTopic.setId("add-topic");
        addTopic.setPromptText("Add a topic…");
        addTopic.setPrefColumnCount(12);
        ContextMenu completions = new ContextMenu();
        addTopic.textProperty().addListener((obs, old, now) -> {
            completions.getItems().clear();
            for (String c : model.completions(now)) {
                Label l = new Label(c);
                CustomMenuItem item = new CustomMenuItem(l, true);
                item.setOnAction(e -> {
                    model.addTopic(c);
                    addTopic.clear();
                });
                completions.getItems().add(item);
            }
            if (completions.getItems().isEmpty() || !addTopic.isFocused()) {
                completions.hide();
            } else if (!completions.isShowing()) {
                completions.show(addTopic, javafx.geometry.Side.BOTTOM, 0, 0);
            }
        });
        addTopic.setOnAction(e -> {
            model.addTopic(addTopic.getText());
            addTopic.clear();
            completions.hide();
        });
        model.topics().addListener((ListChangeListener<String>) c -> rebuildTopics(addTopic));
        rebuildTopics(addTopic);
        return topics;
    }

    private Label description() {
        Label description = new Label();
        description.setId("details-description");
        description.setWrapText(true);
        description.textProperty().bind(model.descriptionProperty());
        description.getStyleClass().add("description");
        return description;
    }

    /** What kind of media the talk has and where, with Open, Change… and Attach file…; asks where a moved file is. */
    private Node[] mediaParts() {
        Label mediaKind = new Label();
        mediaKind.getStyleClass().add("text-muted");
        mediaKind.textProperty().bind(model.mediaKindProperty());
        Label media = new Label();
        media.textProperty().bind(model.mediaProperty());
        media.getStyleClass().add("media-location");
        media.setWrapText(true);
        Button open = small("Open", Icons.LINK, () -> model.openMedia());
        open.disableProperty().bind(model.mediaProperty().isEmpty());
        Button change = small("Change…", Icons.NOTE, () -> {
            TextInputDialog dialog = new TextInputDialog(model.mediaProperty().get());
            dialog.setTitle("Media location");
            dialog.setHeaderText("A web address or the path of a video file");
            dialog.initOwner(root.getScene().getWindow());
            dialog.showAndWait().ifPresent(model::setMedia);
        });
        Button attach = small("Attach file…", Icons.FOLDER, () -> {
            File file = chooseVideo("Attach a video file");
            if (file != null) {
                model.attachFile(file.toPath());
            }
        });
        model.locateRequestProperty().addListener((obs, old, forTalk) -> {
            if (forTalk != null) {
                File file = chooseVideo("Where is \"" + forTalk.title() + "\" now?");
                if (file != null) {
                    model.located(forTalk, file.toPath());
                }
            }
        });
        return new Node[] {mediaKind, media, new FlowPane(4, 4, open, change, attach)};
    }

    /** The notes, each with its time as a Play from here link, and the field that adds one. */
    private Node[] noteParts(boolean canPlay) {
        notes.setId("details-notes");
        model.notes().addListener((ListChangeListener<DetailsViewModel.NoteLine>) c -> rebuildNotes(canPlay));
        rebuildNotes(canPlay);
        TextField addNote = new TextField();
        addNote.setId("add-note");
        addNote.setPromptText("Add a note — start with a time like 12:34 to pin it");
        addNote.setOnAction(e -> {
            model.addNote(addNote.getText());
            addNote.clear();
        });
        return new Node[] {notes, addNote};
    }

    /**
     * The details in a scroll pane that follows the width, over "Select a talk" when none is; with a transcript, the
     * details and the read-along transcript in a vertical split.
     */
    private void layOut(VBox content, TranscriptViewModel transcript, boolean canPlay) {
        content.setPadding(new Insets(14));
        content.setFillWidth(true);
        // The content follows the pane's width and wraps; it never scrolls sideways.
        content.setMinWidth(0);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setMinWidth(MIN_WIDTH);
        scroll.getStyleClass().add("edge-to-edge");
        content.visibleProperty().bind(model.talkProperty().isNotNull());

        Label empty = new Label("Select a talk to see its details");
        empty.getStyleClass().add("empty-state");
        empty.visibleProperty().bind(model.talkProperty().isNull());
        if (transcript == null) {
            root.getChildren().addAll(scroll, empty);
        } else {
            TranscriptView lines = new TranscriptView(transcript, canPlay);
            transcriptView = lines;
            // The transcript takes the lower part only when the talk has one (or it is loading); otherwise the
            // details keep the whole height and a short line at their end says how to attach one.
            SplitPane split = new SplitPane(scroll);
            split.setId("details-split");
            split.setOrientation(javafx.geometry.Orientation.VERTICAL);
            split.getStyleClass().add("edge-to-edge");
            split.visibleProperty().bind(model.talkProperty().isNotNull());
            double[] divider = {0.42};
            transcript.stateProperty().addListener((obs, old, now) -> followTranscript(now, split, lines, divider));
            followTranscript(transcript.stateProperty().get(), split, lines, divider);
            content.getChildren().add(lines.placeholder());
            root.getChildren().addAll(split, empty);
        }
    }

    /** Only a talk known to have no transcript gives the room back; between talks the part stays. */
    private static void followTranscript(TranscriptViewModel.State state, SplitPane split, TranscriptView lines, double[] divider) {
        if (state == TranscriptViewModel.State.SHOWN && split.getItems().size() == 1) {
            split.getItems().add(lines.root());
            split.setDividerPositions(divider[0]);
        } else if (state == TranscriptViewModel.State.NONE && split.getItems().size() == 2) {
            divider[0] = split.getDividerPositions()[0];
            split.getItems().remove(lines.root());
        }
    }

    private void rebuildSpeakers(BiConsumer<FilterKind, String> filter) {
        speakers.getChildren().clear();
        for (String s : model.speakers()) {
            Hyperlink link = new Hyperlink(s);
            link.getStyleClass().add("speaker-link");
            link.setOnAction(e -> filter.accept(FilterKind.SPEAKER, s));
            speakers.getChildren().add(link);
        }
    }

    private void paintStars(int rating) {
        for (int i = 0; i < stars.getChildren().size(); i++) {
            Node star = ((Button) stars.getChildren().get(i)).getGraphic();
            star.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("on"), i < rating);
        }
    }

    private void rebuildTopics(TextField addTopic) {
        topics.getChildren().clear();
        for (String t : model.topics()) {
            Label chip = new Label(t);
            chip.getStyleClass().add("chip");
            Button remove = new Button(null, Icons.of(Icons.CLOSE, 8));
            remove.getStyleClass().addAll("flat", "button-icon", "chip-remove");
            Tips.onHover(remove, "Remove " + t);
            remove.setOnAction(e -> model.removeTopic(t));
            HBox box = new HBox(2, chip, remove);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("chip-box");
            topics.getChildren().add(box);
        }
        topics.getChildren().add(addTopic);
    }

    private void rebuildNotes(boolean canPlay) {
        notes.getChildren().clear();
        for (DetailsViewModel.NoteLine line : model.notes()) {
            HBox row = new HBox(8);
            row.setAlignment(Pos.TOP_LEFT);
            if (!line.time().isEmpty()) {
                Hyperlink time = new Hyperlink(line.time());
                time.getStyleClass().add("note-time");
                time.setDisable(!canPlay);
                Tips.onHover(time, canPlay ? "Play from " + line.time() : "No player in this build");
                time.setOnAction(e -> model.playNote(line));
                row.getChildren().add(time);
            }
            Label text = new Label(line.text());
            text.setWrapText(true);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button delete = new Button(null, Icons.of(Icons.DELETE, 12));
            delete.getStyleClass().addAll("flat", "button-icon");
            Tips.onHover(delete, "Delete this note");
            delete.setOnAction(e -> model.deleteNote(line));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            row.getChildren().addAll(text, spacer, delete);
            notes.getChildren().add(row);
        }
    }

    private static Label section(String text) {
        Label l = new Label(text.toUpperCase());
        l.getStyleClass().add("section-header");
        return l;
    }

    private static Button small(String text, String icon, Runnable action) {
        Button b = new Button(text, Icons.of(icon, 12));
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        return b;
    }

    public StackPane root() {
        return root;
    }

    /** How a subtitle file to attach is chosen (a file dialog; tests put a stand-in at the window's edge). */
    public void chooseTranscriptFilesWith(Function<javafx.stage.Window, File> chooser) {
        if (transcriptView != null) {
            transcriptView.chooseFilesWith(chooser);
        }
    }


    private File chooseVideo(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Videos", "*.mp4", "*.mkv", "*.webm", "*.mov", "*.m4v", "*.avi"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return chooser.showOpenDialog(root.getScene().getWindow());
    }
}
