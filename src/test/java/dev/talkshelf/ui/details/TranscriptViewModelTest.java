package dev.talkshelf.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.MovableClock;
import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.details.TranscriptViewModel.CueLine;
import dev.talkshelf.ui.details.TranscriptViewModel.State;
import dev.talkshelf.ui.shared.FakePlayback;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import dev.talkshelf.ui.shared.UserError;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read-along view's decisions on a real library with a 2,000-cue transcript, the player played by a test double. */
class TranscriptViewModelTest {
    @TempDir
    Path dir;
    Services services;
    TalkId withTranscript;
    TalkId without;
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T10:00:00Z"));
    final FakePlayback player = new FakePlayback((talk, progressed, ended) -> { });
    final List<UserError> errors = new ArrayList<>();
    final List<Object[]> playedAt = new ArrayList<>();
    int changes;
    TranscriptViewModel view;

    @BeforeEach
    void libraryWithATranscript() throws Exception {
        services = Library.open(dir.resolve("library.db"), Clock.systemUTC());
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("The GIL, detached"),
                Talk.titled("Silent talk")))), false);
        for (Talk t : services.search().search("", 0, 2).talks()) {
            if (t.title().startsWith("The GIL")) {
                withTranscript = t.id();
            } else {
                without = t.id();
            }
        }
        services.transcripts().attach(withTranscript, LongTranscript.write(dir, "gil.en.vtt", 2000));
        view = new TranscriptViewModel(services.transcripts(), services.library(), services.search(), new SameThreadTaskRunner(),
                new UserErrors(errors::add), player, (t, at) -> playedAt.add(new Object[] {t.id(), at}), () -> changes++, clock);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private Talk talk(TalkId id) {
        return services.library().talk(id).orElseThrow();
    }

    @Test
    void aTalksCuesAreListedWithTheirTimes() {
        view.show(talk(withTranscript));

        assertEquals(State.SHOWN, view.stateProperty().get());
        assertEquals(2000, view.lines().size());
        CueLine line = view.lines().get(254);
        assertEquals("12:42", line.time());
        assertEquals(LongTranscript.textOf(254), line.text());
        assertEquals("gil.en.vtt (en)", view.sourceProperty().get());
    }

    @Test
    void aTalkWithoutTranscriptSaysHowToAttachOne() {
        view.show(talk(without));

        assertEquals(State.NONE, view.stateProperty().get());
        assertTrue(view.lines().isEmpty());
        assertTrue(view.placeholderProperty().get().contains("import FILE.vtt --talk " + without.value()),
                view.placeholderProperty().get());
    }

    @Test
    void theLineBeingSaidFollowsThePlayersPosition() {
        view.show(talk(withTranscript));

        player.report(withTranscript, Duration.ofSeconds(3 * 1500 + 1));

        assertTrue(view.playingProperty().get());
        assertEquals(1500, view.currentProperty().get());
        assertEquals(1500, view.scrollRequestProperty().get().index(), "the list follows the player");
    }

    @Test
    void anotherTalkPlayingMarksNothing() {
        view.show(talk(withTranscript));

        player.report(without, Duration.ofSeconds(30));

        assertFalse(view.playingProperty().get());
        assertEquals(-1, view.currentProperty().get());
    }

    @Test
    void thePlayerStoppingClearsTheMark() {
        view.show(talk(withTranscript));
        player.report(withTranscript, Duration.ofSeconds(30));

        player.stop(withTranscript);

        assertFalse(view.playingProperty().get());
        assertEquals(-1, view.currentProperty().get());
    }

    @Test
    void afterTheUserScrolledTheListStaysWhereTheyAreForAWhile() {
        view.show(talk(withTranscript));
        player.report(withTranscript, LongTranscript.startOf(10));
        view.userScrolled();

        clock.advance(Duration.ofSeconds(2));
        player.report(withTranscript, LongTranscript.startOf(11));
        assertEquals(11, view.currentProperty().get(), "the line is still marked");
        assertEquals(10, view.scrollRequestProperty().get().index(), "but the list was not moved");

        clock.advance(TranscriptViewModel.FOLLOW_PAUSE);
        player.report(withTranscript, LongTranscript.startOf(12));
        assertEquals(12, view.scrollRequestProperty().get().index(), "it follows again");
    }

    @Test
    void clickingALineWhileTheTalkPlaysMovesThePlayerThere() {
        view.show(talk(withTranscript));
        player.report(withTranscript, Duration.ofSeconds(5));

        view.go(view.lines().get(700));

        assertEquals(List.of(new FakePlayback.Asked(withTranscript, LongTranscript.startOf(700))), player.seeks());
        assertTrue(playedAt.isEmpty(), "no second player was started");
        assertEquals(700, view.selectedProperty().get());
    }

    @Test
    void clickingALineWhenNothingPlaysStartsTheTalkThere() {
        view.show(talk(withTranscript));

        view.go(view.lines().get(700));

        assertEquals(1, playedAt.size());
        assertEquals(withTranscript, playedAt.get(0)[0]);
        assertEquals(LongTranscript.startOf(700), playedAt.get(0)[1]);
        assertTrue(player.seeks().isEmpty());
    }

    @Test
    void aNoteFromASelectedLineIsPinnedToItsTimeWithTheTextAsEdited() {
        view.show(talk(withTranscript));
        view.select(142);

        view.startNote();
        assertEquals(LongTranscript.textOf(142), view.draftTextProperty().get(), "the note starts as the line's text");
        view.draftTextProperty().set("GIL released here: " + view.draftTextProperty().get());
        view.saveNote();

        List<Note> notes = services.library().details(withTranscript).notes();
        assertEquals(1, notes.size());
        assertEquals(LongTranscript.startOf(142), notes.get(0).at());
        assertEquals("GIL released here: " + LongTranscript.textOf(142), notes.get(0).text());
        assertEquals(1, changes, "the window was told the library changed");
        assertNull(view.draftCueProperty().get());
        assertTrue(errors.isEmpty(), errors::toString);
    }

    @Test
    void aNoteEmptiedBeforeSavingIsNotStored() {
        view.show(talk(withTranscript));
        view.select(3);
        view.startNote();
        view.draftTextProperty().set("   ");

        view.saveNote();

        assertTrue(services.library().details(withTranscript).notes().isEmpty());
    }

    @Test
    void aMomentAskedForBeforeTheTranscriptLoadedIsShownWhenItArrives() {
        view.showAt(LongTranscript.startOf(1234).plusMillis(400));
        view.show(talk(withTranscript));

        assertEquals(1234, view.selectedProperty().get());
        assertEquals(1234, view.scrollRequestProperty().get().index());
    }

    @Test
    void aTalkFoundBySaidShowsItsBestMomentsAndAClickShowsTheLine() {
        view.show(talk(withTranscript));
        view.searched("said:\"global interpreter lock\"", false);

        assertEquals(TranscriptViewModel.MOMENTS, view.moments().size());
        for (TranscriptViewModel.MomentLine m : view.moments()) {
            assertTrue(m.text().contains("global interpreter lock"), m.text());
            assertEquals(0, m.moment().at().toSeconds() % 3, "a moment starts where its cue starts");
        }
        TranscriptViewModel.MomentLine first = view.moments().get(0);
        int cue = (int) (first.moment().at().toSeconds() / 3);
        assertEquals(42, cue % 100, "the moment is a cue that said it");
        assertEquals(first.time(), view.lines().get(cue).time());

        view.showMoment(first);

        assertEquals(cue, view.selectedProperty().get());
        assertEquals(cue, view.scrollRequestProperty().get().index());
        assertTrue(playedAt.isEmpty(), "showing a moment plays nothing");
    }

    @Test
    void onlyTheBestMomentIsListedUntilTheOthersAreAskedFor() {
        view.show(talk(withTranscript));
        view.searched("said:\"global interpreter lock\"", false);

        assertEquals(List.of(view.moments().get(0)), view.shownMoments());
        assertEquals((TranscriptViewModel.MOMENTS - 1) + " more", view.otherMomentsProperty().get());

        view.toggleOtherMoments();
        assertEquals(view.moments(), view.shownMoments());
        assertEquals("fewer", view.otherMomentsProperty().get());

        view.searched("said:interpreter", false);
        assertEquals(1, view.shownMoments().size(), "a new search lists its best moment alone again");
    }

    @Test
    void playFromAMomentStartsTheTalkAtItsTime() {
        view.show(talk(withTranscript));
        view.searched("said:interpreter", false);

        view.playMoment(view.moments().get(0));

        assertEquals(1, playedAt.size());
        assertEquals(view.moments().get(0).moment().at(), playedAt.get(0)[1]);
    }

    @Test
    void plainWordsShowMomentsOnlyWhileWhatWasSaidIsSearched() {
        view.show(talk(withTranscript));

        view.searched("interpreter", false);
        assertTrue(view.moments().isEmpty(), "plain words search titles and speakers only");

        view.searched("interpreter", true);
        assertEquals(TranscriptViewModel.MOMENTS, view.moments().size());

        view.show(talk(without));
        assertTrue(view.moments().isEmpty(), "a talk without transcript has no moments");
    }

    @Test
    void aQueryThatCannotBeReadShowsNoMomentsAndNoError() {
        view.show(talk(withTranscript));
        view.searched("said:interpreter", false);

        view.searched("said:\"unclosed", false);

        assertTrue(view.moments().isEmpty());
        assertTrue(errors.isEmpty(), "the search bar shows what is wrong with the query");
    }

    @Test
    void showingTheSameTalkAgainKeepsTheSelectionAndTheMark() {
        view.show(talk(withTranscript));
        view.select(9);
        player.report(withTranscript, LongTranscript.startOf(20));

        view.show(talk(withTranscript));

        assertEquals(9, view.selectedProperty().get());
        assertEquals(20, view.currentProperty().get());
    }

    /** Holds each read until the test lets it run: shows whether the view waited for one. */
    static final class HeldTasks implements dev.talkshelf.ui.shared.TaskRunner {
        final Deque<Runnable> queued = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess,
                            Consumer<Throwable> onFailure) {
            queued.add(() -> new SameThreadTaskRunner().run(work, onSuccess, onFailure));
        }

        @Override
        public void debounce(Object key, long delayMillis, Runnable action) {
            action.run();
        }

        void runQueued() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    private TranscriptViewModel viewWith(HeldTasks tasks) {
        return new TranscriptViewModel(services.transcripts(), services.library(), services.search(), tasks,
                new UserErrors(errors::add), player, (t, at) -> playedAt.add(new Object[] {t.id(), at}), () -> changes++, clock);
    }

    @Test
    void theTalkSelectedAgainAfterASearchShowsItsTranscriptWithoutReadingItAgain() {
        HeldTasks tasks = new HeldTasks();
        TranscriptViewModel held = viewWith(tasks);
        held.show(talk(withTranscript));
        tasks.runQueued();
        assertEquals(2000, held.lines().size());

        // A search starts the table's selection over: nothing is shown, then the same talk is selected again.
        held.searched("said:interpreter", false);
        held.show(null);
        held.show(talk(withTranscript));

        assertEquals(State.SHOWN, held.stateProperty().get(), "shown at once, not waiting for a read");
        assertEquals(2000, held.lines().size());
        held.showAt(LongTranscript.startOf(700));
        assertEquals(700, held.selectedProperty().get(), "only the highlight moves");
    }

    @Test
    void aTranscriptAttachedWhileItsTalkIsShownReplacesTheLinesOnlyThen() throws Exception {
        view.show(talk(without));
        view.show(null);
        services.transcripts().attach(without, LongTranscript.write(dir, "silent.en.vtt", 30));
        view.show(talk(without));
        assertEquals(State.NONE, view.stateProperty().get(), "the library did not say it changed yet");

        view.reload();

        assertEquals(State.SHOWN, view.stateProperty().get());
        assertEquals(30, view.lines().size());
        view.select(5);
        view.reload();
        assertEquals(5, view.selectedProperty().get(), "an edit that left the transcript alone keeps the list as it was");
    }
}
