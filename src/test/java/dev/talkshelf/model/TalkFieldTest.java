package dev.talkshelf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which fields an edit changed, including on talks read for a list, without their descriptions (decision 0042). */
class TalkFieldTest {
    private static Talk listed(String title) {
        return new Talk(TalkId.of(7), title, List.of(), null, null, null, null, null, null, List.of(), null, null,
                List.of(), WatchState.UNWATCHED, null, true);
    }

    @Test
    void theFieldsAnEditChangedAreFound() {
        Talk seen = Talk.titled("Caches").withDescription("About caches.");

        assertEquals(EnumSet.of(TalkField.TITLE, TalkField.DESCRIPTION),
                TalkField.changed(seen, seen.withTitle("Caches, revised").withDescription("About caches, revised.")));
    }

    @Test
    void anEditOfAListedTalkLeavesItsDescriptionUnchanged() {
        Talk seen = listed("Caches");

        assertEquals(EnumSet.of(TalkField.TITLE, TalkField.RATING),
                TalkField.changed(seen, seen.withTitle("Caches, revised").withRating(4)));
    }

    @Test
    void aDescriptionSetOnAListedCopyCannotBeComparedWithTheOneNotRead() {
        Talk seen = listed("Caches");

        assertThrows(IllegalArgumentException.class, () -> TalkField.changed(seen, seen.withDescription("")));
    }

    @Test
    void aListedTalkKeepsBeingListedThroughItsWithersButTheDescriptionOne() {
        Talk seen = listed("Caches").withTitle("Other").withRating(2).withTags(List.of("python"));

        assertTrue(seen.listed());
        assertThrows(IllegalStateException.class, seen::description);
        assertEquals("Now known.", seen.withDescription("Now known.").description());
    }

    @Test
    void aListedTalkCarriesNoDescription() {
        assertThrows(IllegalArgumentException.class, () -> new Talk(TalkId.of(7), "Caches", List.of(), null, null, null,
                null, null, null, List.of(), null, null, List.of(), WatchState.UNWATCHED, "About caches.", true));
    }
}
