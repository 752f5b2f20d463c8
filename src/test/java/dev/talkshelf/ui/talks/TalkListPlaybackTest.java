package dev.talkshelf.ui.talks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.PlaybackProblem;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FakePlayback;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import dev.talkshelf.ui.TestLibrary;
import dev.talkshelf.ui.shared.UserError;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the talk list does while a talk plays, decided without a window: moving rows, and a file that moved. */
class TalkListPlaybackTest {
    @TempDir
    Path dir;
    Services services;
    final List<UserError> shown = new ArrayList<>();

    @BeforeEach
    void sample() {
        services = TestLibrary.sample(dir);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void eachProgressReportFromThePlayerRefreshesTheRows() {
        AtomicReference<Runnable> progressed = new AtomicReference<>();
        Playback player = new FakePlayback((talk, p, ended) -> progressed.set(p));
        TalkListViewModel list = list(player);
        list.show("title:metaclasses");
        Talk talk = list.rowsProperty().get().loaded(0).talk();

        list.playAt(talk, null);
        services.watch().progress(talk.id(), Duration.ofSeconds(754)); // what PlayService stores on a report
        progressed.get().run();

        TalkRow row = list.rowsProperty().get().loaded(0);
        assertEquals(WatchStatus.IN_PROGRESS, row.talk().status());
        assertEquals(Duration.ofSeconds(754), row.talk().watch().position());
    }

    @Test
    void aMovedFileOffersLocateFileWhichAsksWhereItIsNow() {
        TalkListViewModel list = list(fileMoved());
        AtomicReference<Talk> asked = new AtomicReference<>();
        list.onLocateFile(asked::set);
        list.show("title:metaclasses");
        Talk talk = list.rowsProperty().get().loaded(0).talk();

        list.playAt(talk, null);

        assertEquals(1, shown.size());
        UserError error = shown.get(0);
        assertEquals("/videos/meta.mp4 is not there any more", error.message());
        assertEquals("Locate file…", error.actionLabel());
        error.action().run();
        assertNotNull(asked.get());
        assertEquals(talk.id(), asked.get().id());
    }

    @Test
    void aMissingPlayerIsShownWithoutALocateAction() {
        Playback player = new FakePlayback((talk, p, ended) -> {
            throw new PlaybackProblem(PlaybackProblem.Kind.PLAYER_MISSING, "mpv is not installed", null, null);
        });
        TalkListViewModel list = list(player);
        list.show("title:metaclasses");
        list.playAt(list.rowsProperty().get().loaded(0).talk(), null);
        assertTrue(shown.get(0).message().startsWith("mpv is not installed"));
        assertEquals(null, shown.get(0).actionLabel());
    }

    @Test
    void withoutAWiredLocateActionAMovedFileIsStillReportedPlainly() {
        TalkListViewModel list = list(fileMoved());
        list.show("title:metaclasses");

        list.playAt(list.rowsProperty().get().loaded(0).talk(), null);

        assertEquals(1, shown.size());
        assertEquals(null, shown.get(0).actionLabel(), "no Locate file… button that does nothing");
    }

    @Test
    void aMalformedQueryIsReportedEvenBeforeTheSearchBarIsWired() {
        TalkListViewModel list = list(Playback.NONE);

        list.show("year:20x5");

        assertEquals(1, shown.size());
        assertTrue(shown.get(0).message().contains("year"), shown.get(0).message());
    }

    /** A player whose talk's video file is no longer where the library says. */
    private static Playback fileMoved() {
        return new FakePlayback((talk, p, ended) -> {
            throw new PlaybackProblem(PlaybackProblem.Kind.MEDIA_MISSING, "/videos/meta.mp4 is not there any more",
                    Path.of("/videos/meta.mp4"), null);
        });
    }

    private TalkListViewModel list(Playback player) {
        return new TalkListViewModel(services.search(), services.library(), services.watch(), new SameThreadTaskRunner(),
                new UserErrors(shown::add), player, Desktop.NONE, () -> { });
    }
}
