package dev.talkshelf.ui.talks;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.shared.TalkDrag;
import dev.talkshelf.ui.theme.Icons;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

/**
 * What the list and the grid both offer on the selected talks: the context menu and dragging them to a playlist.
 * The window says where "Add to playlist" and "Edit topics" go; the rest is the view model's.
 */
final class TalkMenu {
    private final TalkListViewModel model;
    private Supplier<List<String>> playlistNames = List::of;
    private Consumer<String> addToPlaylist = n -> { };
    private Runnable newPlaylist = () -> { };
    private Runnable editTopics = () -> { };

    TalkMenu(TalkListViewModel model) {
        this.model = model;
    }

    void playlistMenu(Supplier<List<String>> names, Consumer<String> add, Runnable create) {
        this.playlistNames = names;
        this.addToPlaylist = add;
        this.newPlaylist = create;
    }

    void onEditTopics(Runnable action) {
        this.editTopics = action;
    }

    /** Starts dragging the selected talks, or {@code talk} alone when it is not among them, from {@code source}. */
    void startDrag(Node source, Talk talk) {
        List<TalkId> ids = model.selectedTalks().stream().anyMatch(t -> t.id().equals(talk.id()))
                ? model.selectedTalks().stream().map(Talk::id).toList() : List.of(talk.id());
        Dragboard board = source.startDragAndDrop(TransferMode.COPY);
        ClipboardContent content = new ClipboardContent();
        content.put(TalkDrag.TALK_IDS, TalkDrag.encode(ids));
        content.putString(ids.size() == 1 ? talk.title() : ids.size() + " talks");
        board.setContent(content);
    }

    /** A new context menu for one view (a menu belongs to one owner node). */
    ContextMenu build() {
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
        play.setId("talk-menu-play");
        watched.setId("talk-menu-watched");
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

    private static MenuItem item(String text, String icon, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (icon != null) {
            item.setGraphic(Icons.of(icon, 14));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
