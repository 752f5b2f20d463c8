package dev.talkshelf.ui.playlist;

import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.ExportService;
import dev.talkshelf.service.PlaylistService;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.ui.shared.Durations;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One playlist opened in the window: its talks in order, progress, the next talk, and what can be done with
 * it (reorder, remove, play, export, rename, delete). Every edit goes through the playlist service, so Ctrl+Z
 * takes it back like any other.
 */
public final class PlaylistViewModel {
    private final PlaylistService playlists;
    private final ExportService exports;
    private final SearchService search;
    private final TaskRunner tasks;
    private final UserErrors errors;
    private final Playback playback;
    private final Runnable libraryChanged;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper(this, "query", "");
    private final ReadOnlyBooleanWrapper smart = new ReadOnlyBooleanWrapper(this, "smart");
    private final ReadOnlyObjectWrapper<PlaylistProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress", PlaylistProgress.EMPTY);
    private final ReadOnlyObjectWrapper<Talk> next = new ReadOnlyObjectWrapper<>(this, "next");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<Talk> talks = FXCollections.observableArrayList();
    private Consumer<String> onClosed = n -> { };
    private BiConsumer<String, String> renameAction = (old, now) -> { };
    private Consumer<String> deleteAction = n -> { };
    private long generation;

    public PlaylistViewModel(PlaylistService playlists, ExportService exports, SearchService search, TaskRunner tasks,
                             UserErrors errors, Playback playback, Runnable libraryChanged) {
        this.playlists = playlists;
        this.exports = exports;
        this.search = search;
        this.tasks = tasks;
        this.errors = errors;
        this.playback = playback;
        this.libraryChanged = libraryChanged;
    }

    /** Called with the playlist's name when it stops existing (deleted), so the window goes back to the talks. */
    public void onClosed(Consumer<String> action) {
        this.onClosed = action;
    }

    /**
     * Who renames (old name, new name) and deletes playlists: the window, which does the same for the sidebar's
     * menu and keeps the sidebar's highlight, the message and the open view in step.
     */
    public void onRenameAndDelete(BiConsumer<String, String> rename, Consumer<String> delete) {
        this.renameAction = rename;
        this.deleteAction = delete;
    }

    public void open(String playlistName) {
        name.set(playlistName);
        talks.clear();
        next.set(null);
        reload();
    }

    public void reload() {
        String n = name.get();
        if (n == null || n.isEmpty()) {
            return;
        }
        long mine = ++generation;
        tasks.run(() -> playlists.find(n).isEmpty() ? null : new Loaded(playlists.show(n), playlists.next(n).orElse(null)), loaded -> {
            if (mine != generation) {
                return;
            }
            if (loaded == null) {
                onClosed.accept(n);
                return;
            }
            smart.set(loaded.view().playlist().isSmart());
            query.set(loaded.view().playlist().query() == null ? "" : loaded.view().playlist().query());
            progress.set(loaded.view().progress());
            if (!talks.equals(loaded.view().talks())) {
                talks.setAll(loaded.view().talks());
            }
            next.set(loaded.next());
        }, e -> {
            if (mine == generation) {
                errors.report("open the playlist", e, this::reload);
            }
        });
    }

    private record Loaded(dev.talkshelf.model.PlaylistView view, Talk next) {
    }

    /**
     * Moves a talk to a 0-based index of the list as shown; the list changes at once and is saved behind. What is
     * saved is the move as the user sees it, "below the talk now above it" (or "to the top"), applied to the order
     * as stored, so a move made meanwhile by another TalkShelf is kept.
     */
    public void move(TalkId id, int toIndex) {
        int from = indexOf(id);
        if (smart.get() || from < 0 || toIndex < 0 || toIndex >= talks.size() || from == toIndex) {
            return;
        }
        Talk moving = talks.remove(from);
        talks.add(toIndex, moving);
        TalkId after = toIndex == 0 ? null : talks.get(toIndex - 1).id();
        String n = name.get();
        tasks.run(() -> {
            playlists.moveAfter(n, id, after);
            return null;
        }, ok -> libraryChanged.run(), e -> {
            errors.report("reorder the playlist", e, null);
            reload();
        });
    }

    /**
     * Where a dragged talk lands when dropped on the row at {@code targetIndex}: in that row's place, so the
     * row and those after it shift down (or up, when the talk came from above). Dropped past the end: last.
     */
    public static int dropIndex(int fromIndex, int targetIndex, int size) {
        if (targetIndex < 0 || targetIndex >= size) {
            return size - 1;
        }
        return targetIndex;
    }

    public void remove(List<TalkId> ids) {
        if (smart.get() || ids.isEmpty()) {
            return;
        }
        String n = name.get();
        tasks.run(() -> {
            playlists.remove(n, ids);
            return null;
        }, ok -> {
            message.set("Removed " + plural(ids.size()) + " from \"" + n + "\" (Ctrl+Z to undo)");
            libraryChanged.run();
        }, e -> errors.report("remove from the playlist", e, null));
    }

    public boolean canPlay() {
        return playback.available();
    }

    /**
     * Plays the next unwatched talk, where it was left. While it plays (a report about once a second) only this
     * playlist is reloaded; the rest of the window (counts, table) catches up when the player is closed, as when
     * playing from the table.
     */
    public void playNext() {
        Talk t = next.get();
        if (t == null || !playback.available()) {
            return;
        }
        tasks.run(() -> {
            playback.play(t, null, () -> tasks.debounce(this, 0, this::reload), () -> tasks.onUi(libraryChanged));
            return null;
        }, ok -> message.set("Playing \"" + t.title() + "\""), e -> errors.report("play the talk", e, null));
    }

    /** Plays every unfinished talk from the next one on, in one player. */
    public void playAll() {
        List<Talk> rest = remaining(talks, next.get());
        if (rest.isEmpty() || !playback.available()) {
            return;
        }
        tasks.run(() -> {
            playback.playAll(rest, () -> tasks.onUi(libraryChanged));
            return null;
        }, ok -> message.set("Playing " + plural(rest.size())), e -> errors.report("play the playlist", e, null));
    }

    /** The talks "Play all" plays: from the next talk on, leaving out watched and skipped ones. */
    public static List<Talk> remaining(List<Talk> inOrder, Talk next) {
        List<Talk> result = new ArrayList<>();
        boolean started = next == null;
        for (Talk t : inOrder) {
            if (next != null && t.id().equals(next.id())) {
                started = true;
            }
            if (started && (t.status() == WatchStatus.UNWATCHED || t.status() == WatchStatus.IN_PROGRESS)) {
                result.add(t);
            }
        }
        return result;
    }

    /** Writes the playlist in its order: {@code m3u} (as .m3u8), {@code xspf} or {@code json}. */
    public void export(String format, Path target) {
        String n = name.get();
        tasks.run(() -> exports.export(null, n, format, target, search, playlists),
                count -> message.set("Exported " + plural(count) + " to " + target.getFileName()),
                e -> errors.report("export the playlist", e, null));
    }

    /** A file name for an export: the playlist's name made safe, with the format's extension. */
    public static String exportFileName(String playlistName, String format) {
        String base = playlistName.replaceAll("[^\\p{L}\\p{N} ._-]+", "").strip();
        String ext = switch (format.toLowerCase(Locale.ROOT)) {
            case "m3u" -> "m3u8";
            case "xspf" -> "xspf";
            default -> "json";
        };
        return (base.isEmpty() ? "playlist" : base) + "." + ext;
    }

    /** Renames the open playlist; the window does it (see {@link #onRenameAndDelete}), as from the sidebar. */
    public void rename(String newName) {
        String old = name.get();
        if (newName == null || newName.isBlank() || newName.strip().equals(old)) {
            return;
        }
        renameAction.accept(old, newName.strip());
    }

    /** Deletes the open playlist; the window does it, as from the sidebar, and goes back to the talks. */
    public void delete() {
        deleteAction.accept(name.get());
    }

    /** "3 of 7 watched · 1:25:00 left" */
    public static String progressText(PlaylistProgress p) {
        if (p.total() == 0) {
            return "No talks yet — drag talks here from the table";
        }
        String left = p.remainingSeconds() > 0 ? " · " + Durations.span(Duration.ofSeconds(p.remainingSeconds())) + " left" : "";
        return p.watched() + " of " + plural(p.total()) + " watched" + left;
    }

    /** 0 to 1 for the progress bar. */
    public static double fraction(PlaylistProgress p) {
        return p.total() == 0 ? 0 : (double) p.watched() / p.total();
    }

    private int indexOf(TalkId id) {
        for (int i = 0; i < talks.size(); i++) {
            if (talks.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String plural(int n) {
        return n + (n == 1 ? " talk" : " talks");
    }

    public ObservableList<Talk> talks() {
        return talks;
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty smartProperty() {
        return smart.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlaylistProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Talk> nextProperty() {
        return next.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
