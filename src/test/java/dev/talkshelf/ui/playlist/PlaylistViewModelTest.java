package dev.talkshelf.ui.playlist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaylistViewModelTest {

    private static Talk talk(long id, WatchStatus status) {
        Talk t = Talk.titled("Talk " + id).withId(new TalkId(id));
        return t.withWatch(new WatchState(status, null, null, 0, null));
    }

    @Test
    void progressTextCountsWatchedOfAllAndTimeLeft() {
        assertEquals("3 of 7 talks watched · 1 h 25 min left", PlaylistViewModel.progressText(new PlaylistProgress(3, 7, 85 * 60)));
    }

    @Test
    void anEmptyPlaylistSaysHowToFillIt() {
        assertEquals("No talks yet — drag talks here from the table", PlaylistViewModel.progressText(PlaylistProgress.EMPTY));
    }

    @Test
    void playAllStartsAtTheNextTalkAndLeavesOutWatchedAndSkipped() {
        Talk a = talk(1, WatchStatus.WATCHED);
        Talk b = talk(2, WatchStatus.IN_PROGRESS);
        Talk c = talk(3, WatchStatus.SKIPPED);
        Talk d = talk(4, WatchStatus.UNWATCHED);
        Talk e = talk(5, WatchStatus.WATCHED);

        assertEquals(List.of(b, d), PlaylistViewModel.remaining(List.of(a, b, c, d, e), b));
    }

    @Test
    void droppingOnARowTakesItsPlaceAndPastTheEndGoesLast() {
        assertEquals(0, PlaylistViewModel.dropIndex(2, 0, 3));
        assertEquals(2, PlaylistViewModel.dropIndex(0, 2, 3));
        assertEquals(2, PlaylistViewModel.dropIndex(0, -1, 3));
    }

    @Test
    void exportFileNamesAreSafeAndM3uIsWrittenAsM3u8() {
        assertEquals("Rust weekend.m3u8", PlaylistViewModel.exportFileName("Rust: weekend?", "m3u"));
        assertEquals("playlist.xspf", PlaylistViewModel.exportFileName("///", "xspf"));
        assertEquals("Plan.json", PlaylistViewModel.exportFileName("Plan", "json"));
    }
}
