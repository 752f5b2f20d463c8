package dev.talkshelf.ui.playlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.FakePlayback;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import dev.talkshelf.ui.TestLibrary;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playing a study playlist's next talk, on the sample library: what the player's reports refresh. */
class PlaylistPlaybackTest {
    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void sample() {
        services = TestLibrary.sample(dir);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void aProgressReportReloadsThePlaylistButNotTheWholeWindowWhichFollowsWhenThePlayerCloses() {
        AtomicReference<Runnable> progressed = new AtomicReference<>();
        AtomicReference<Runnable> ended = new AtomicReference<>();
        Playback player = new FakePlayback((talk, onProgress, onEnd) -> {
            progressed.set(onProgress);
            ended.set(onEnd);
        });
        AtomicInteger libraryChanges = new AtomicInteger();
        PlaylistViewModel playlist = new PlaylistViewModel(services.playlists(), services.exports(), services.search(),
                new SameThreadTaskRunner(), new UserErrors(e -> { }), player, libraryChanges::incrementAndGet);
        playlist.open("Free-threaded Python");
        Talk next = playlist.nextProperty().get();
        assertNotNull(next, "the sample playlist has an unwatched talk");

        playlist.playNext();
        services.watch().progress(next.id(), Duration.ofSeconds(754)); // what PlayService stores on a report
        progressed.get().run();

        assertEquals(0, libraryChanges.get(), "a report once a second must not reload the whole window");
        Talk shown = playlist.talks().stream().filter(t -> t.id().equals(next.id())).findFirst().orElseThrow();
        assertEquals(WatchStatus.IN_PROGRESS, shown.status());
        assertEquals(Duration.ofSeconds(754), shown.watch().position());

        ended.get().run();
        assertEquals(1, libraryChanges.get());
    }

    @Test
    void playAllHandsThePlayerTheTalksFromTheNextOnWithoutTheWatchedOnesAndReloadsWhenItEnds() {
        AtomicReference<Runnable> ended = new AtomicReference<>();
        FakePlayback player = new FakePlayback((talk, onProgress, onEnd) -> ended.set(onEnd));
        AtomicInteger libraryChanges = new AtomicInteger();
        PlaylistViewModel playlist = new PlaylistViewModel(services.playlists(), services.exports(), services.search(),
                new SameThreadTaskRunner(), new UserErrors(e -> { }), player, libraryChanges::incrementAndGet);
        playlist.open("Free-threaded Python");
        List<Talk> talks = List.copyOf(playlist.talks());
        Talk next = playlist.nextProperty().get();
        int at = talks.indexOf(next);
        assertTrue(at >= 0 && at + 2 < talks.size(), "the sample playlist has two talks after its next one");
        Talk watchedLater = talks.get(at + 1);
        services.watch().mark(List.of(watchedLater.id()), WatchStatus.WATCHED);
        playlist.open("Free-threaded Python");

        playlist.playAll();

        List<TalkId> expected = talks.subList(at, talks.size()).stream().map(Talk::id)
                .filter(id -> !id.equals(watchedLater.id())).toList();
        assertEquals(expected, player.started().stream().map(FakePlayback.Asked::talk).toList());
        assertTrue(player.started().stream().allMatch(a -> a.at() == null), "every talk resumes where it was left");
        assertEquals(0, libraryChanges.get());
        ended.get().run();
        assertEquals(1, libraryChanges.get(), "the window reloads once the player has gone");
    }
}
