package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaylistStoreTest {
    @TempDir
    Path dir;

    Database db;
    TalkStore talks;
    PlaylistStore store;

    @BeforeEach
    void open() {
        Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
        db = Database.open(dir.resolve("library.db"), clock);
        talks = new TalkStore(db, clock);
        store = new PlaylistStore(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private TalkId talk(String title, Duration duration, WatchStatus status, Duration position) {
        return talks.insert(Talk.titled(title).withDuration(duration)
                .withWatch(new WatchState(status, position, null, 0, null)), null);
    }

    @Test
    void progressSumsWhatIsLeftInMilliseconds() {
        TalkId a = talk("a", Duration.ofMillis(1500), WatchStatus.UNWATCHED, null);
        TalkId b = talk("b", Duration.ofMillis(1500), WatchStatus.UNWATCHED, null);
        Playlist p = store.create("p", null);
        store.setItems(p.id(), List.of(a, b));

        // 1.5 s + 1.5 s = 3 s, not 1 s + 1 s
        assertEquals(new PlaylistProgress(0, 2, 3), store.progress(p.id()));
    }

    @Test
    void anInProgressTalkPastItsLengthHasNothingLeft() {
        TalkId a = talk("a", Duration.ofMinutes(10), WatchStatus.IN_PROGRESS, Duration.ofMinutes(12));
        Playlist p = store.create("p", null);
        store.setItems(p.id(), List.of(a));

        assertEquals(new PlaylistProgress(0, 1, 0), store.progress(p.id()));
    }

    @Test
    void everyManualPlaylistsProgressAtOnceIsEachOnesOwn() {
        TalkId a = talk("a", Duration.ofMinutes(10), WatchStatus.WATCHED, null);
        TalkId b = talk("b", Duration.ofMinutes(20), WatchStatus.IN_PROGRESS, Duration.ofMinutes(5));
        TalkId c = talk("c", Duration.ofMillis(1500), WatchStatus.UNWATCHED, null);
        TalkId d = talk("d", null, WatchStatus.SKIPPED, null);
        Playlist first = store.create("first", null);
        store.setItems(first.id(), List.of(a, b, c));
        Playlist second = store.create("second", null);
        store.setItems(second.id(), List.of(c, d, b));
        Playlist empty = store.create("empty", null);

        Map<Long, PlaylistProgress> all = store.progressOfManual();
        assertEquals(new PlaylistProgress(1, 3, 15 * 60 + 1), all.get(first.id()));
        for (Playlist p : List.of(first, second)) {
            assertEquals(store.progress(p.id()), all.get(p.id()), p.name());
        }
        assertEquals(Set.of(first.id(), second.id()), all.keySet(), "an empty playlist has no row");
        assertEquals(PlaylistProgress.EMPTY, store.progress(empty.id()));
    }

    @Test
    void progressOverAFilterCountsTheTalksItMatches() {
        talk("a", Duration.ofMinutes(10), WatchStatus.WATCHED, null);
        talk("b", Duration.ofMinutes(20), WatchStatus.IN_PROGRESS, Duration.ofMinutes(5));
        talk("c", Duration.ofMinutes(40), WatchStatus.UNWATCHED, null);

        assertEquals(new PlaylistProgress(1, 2, 15 * 60),
                store.progress(TalkFilter.of("t.duration_ms < ?", Duration.ofMinutes(30).toMillis())));
    }

    @Test
    void firstUnfinishedFollowsThePlaylistOrder() {
        TalkId a = talk("a", null, WatchStatus.WATCHED, null);
        TalkId b = talk("b", null, WatchStatus.SKIPPED, null);
        TalkId c = talk("c", null, WatchStatus.UNWATCHED, null);
        TalkId d = talk("d", null, WatchStatus.IN_PROGRESS, null);
        Playlist p = store.create("p", null);
        store.setItems(p.id(), List.of(a, b, d, c));

        assertEquals(Optional.of(d), store.firstUnfinished(p.id()));
    }

    @Test
    void restoreBringsBackTheSameIdWithoutTalksThatAreGone() {
        TalkId a = talk("a", null, WatchStatus.UNWATCHED, null);
        TalkId b = talk("b", null, WatchStatus.UNWATCHED, null);
        Playlist p = store.create("p", null);
        store.setItems(p.id(), List.of(b, a));
        store.delete("p");
        talks.delete(a);

        store.restore(p, List.of(b, a));

        assertEquals(p, store.get("p"));
        assertEquals(List.of(b), store.items(p.id()));
    }

    @Test
    void restoreRefusesANameTakenInTheMeantime() {
        Playlist p = store.create("p", null);
        store.delete("p");
        store.create("P", null);

        assertThrows(DuplicateNameException.class, () -> store.restore(p, List.of()));
    }

    // --- deltas ---

    @Test
    void moveAfterPutsATalkRightBelowAnotherOrOnTop() {
        TalkId a = talk("A", null, WatchStatus.UNWATCHED, null);
        TalkId b = talk("B", null, WatchStatus.UNWATCHED, null);
        TalkId c = talk("C", null, WatchStatus.UNWATCHED, null);
        Playlist p = store.create("study", null);
        store.setItems(p.id(), List.of(a, b, c));

        store.moveAfter(p.id(), a, c);
        assertEquals(List.of(b, c, a), store.items(p.id()));
        store.moveAfter(p.id(), c, null);
        assertEquals(List.of(c, b, a), store.items(p.id()));
        assertEquals(false, store.moveAfter(p.id(), talk("D", null, WatchStatus.UNWATCHED, null), null));
    }

    @Test
    void insertAfterAddsATalkBelowAnotherAndLeavesOneAlreadyThere() {
        TalkId a = talk("A", null, WatchStatus.UNWATCHED, null);
        TalkId b = talk("B", null, WatchStatus.UNWATCHED, null);
        TalkId c = talk("C", null, WatchStatus.UNWATCHED, null);
        Playlist p = store.create("study", null);
        store.setItems(p.id(), List.of(a, c));

        assertEquals(true, store.insertAfter(p.id(), b, a));
        assertEquals(false, store.insertAfter(p.id(), c, null));
        assertEquals(List.of(a, b, c), store.items(p.id()));
        assertThrows(CatalogException.class, () -> store.insertAfter(p.id(), talk("D", null, WatchStatus.UNWATCHED, null), TalkId.of(999)));
    }
}
