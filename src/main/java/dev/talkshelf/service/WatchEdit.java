package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Talks marked by hand. Undo puts a talk's old state back only while its status is still the one this mark set;
 * a talk marked again since, played to the end, or changed by another process keeps what it has now. Of a talk
 * it does put back, each part (position, when watched, times watched) returns to its old value only if it still
 * holds the value the mark gave it (a position only for a talk going back to in progress or skipped); when it was
 * last played always stays.
 */
final class WatchEdit extends WriteEdit {
    private static final System.Logger LOG = System.getLogger(WatchEdit.class.getName());

    /** One talk's state just before and just after the mark, read and written in the mark's transaction. */
    record Change(WatchState before, WatchState after) {
    }

    private final TalkStore talks;
    private final Map<TalkId, Change> changes;

    WatchEdit(Database db, TalkStore talks, String description, Map<TalkId, Change> changes) {
        super(db, description);
        this.talks = talks;
        this.changes = new LinkedHashMap<>(changes);
    }

    @Override
    void undoInWrite() {
        for (Map.Entry<TalkId, Change> e : changes.entrySet()) {
            Talk t = talks.get(e.getKey()).orElse(null);
            if (t == null) {
                continue;
            }
            WatchState now = t.watch();
            Change change = e.getValue();
            if (now.status() != change.after().status()) {
                LOG.log(System.Logger.Level.INFO, "undo of \"{0}\": talk {1} is {2} now, not {3}; left as it is",
                        description(), e.getKey(), now.status().label(), change.after().status().label());
                continue;
            }
            talks.setWatch(e.getKey(), restored(now, change));
        }
    }

    static WatchState restored(WatchState now, Change change) {
        WatchState before = change.before();
        WatchState after = change.after();
        // Only a talk in progress or skipped keeps a position; unwatched and watched ones have none to resume from.
        boolean resumable = before.status() == WatchStatus.IN_PROGRESS || before.status() == WatchStatus.SKIPPED;
        return new WatchState(before.status(),
                resumable ? back(now.position(), after.position(), before.position()) : before.position(),
                back(now.watchedAt(), after.watchedAt(), before.watchedAt()),
                back(now.timesWatched(), after.timesWatched(), before.timesWatched()),
                now.lastPlayedAt());
    }

    /** The old value where the field still holds what the edit wrote; the current value where it moved on since. */
    private static <T> T back(T now, T edited, T old) {
        return Objects.equals(now, edited) ? old : now;
    }
}
