package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.app.Library;
import dev.talkshelf.cli.OtherTalkShelf;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LibraryServiceTest extends OnTestLibrary {
    private List<TalkId> found(String query) {
        return lib.search.search(query, 0, 50).talks().stream().map(Talk::id).toList();
    }

    @Test
    void aWordFromANoteFindsItsTalk() {
        TalkId a = lib.talk("Concurrency in practice", 40);
        lib.talk("Something else", 40);
        assertEquals(List.of(), found("subinterpreters"));

        lib.library.addNote(a, Duration.ofSeconds(754), "compare with subinterpreters later");

        assertEquals(List.of(a), found("subinterpreters"));
    }

    @Test
    void undoingANoteTakesItOutOfSearch() {
        TalkId a = lib.talk("Concurrency in practice", 40);
        lib.library.addNote(a, null, "subinterpreters");

        lib.library.undo();

        assertEquals(List.of(), found("subinterpreters"));
        assertEquals(List.of(), lib.library.details(a).notes());
    }

    @Test
    void aNoteKeepsTheTimeItPointsAt() {
        TalkId a = lib.talk("Concurrency in practice", 40);

        lib.library.addNote(a, Duration.ofSeconds(754), "the GIL detach trick");

        Note n = lib.library.details(a).notes().get(0);
        assertEquals(Duration.ofSeconds(754), n.at());
        assertEquals("the GIL detach trick", n.text());
    }

    @Test
    void anEmptyNoteIsRefused() {
        TalkId a = lib.talk("Concurrency in practice", 40);

        assertThrows(UserInputException.class, () -> lib.library.addNote(a, null, "   "));
    }

    // --- edits are deltas: what another TalkShelf changed meanwhile survives ---

    @Test
    void undoOfATopicEditRemovesThatTopicAndKeepsOneAnotherProcessAddedSince() {
        TalkId a = lib.talk("Concurrency in practice", 40);
        lib.library.changeTopics(List.of(a), List.of("python"), List.of());
        new OtherTalkShelf(lib.db.file()).run("tag", a.toString(), "+rust");

        lib.library.undo();

        assertEquals(List.of("rust"), lib.get(a).tags());
    }

    @Test
    void undoOfRemovingATopicPutsItBackBesideOnesAddedSince() {
        TalkId a = lib.talk("Concurrency in practice", 40);
        lib.library.changeTopics(List.of(a), List.of("python", "draft"), List.of());
        lib.library.changeTopics(List.of(a), List.of(), List.of("draft"));
        new OtherTalkShelf(lib.db.file()).run("tag", a.toString(), "+rust");

        lib.library.undo();

        assertEquals(Set.of("python", "rust", "draft"), Set.copyOf(lib.get(a).tags()));
    }

    @Test
    void undoOfARatingKeepsARatingAnotherProcessGaveSince() throws Exception {
        TalkId a = lib.talk("Concurrency in practice", 40);
        lib.library.setRating(a, 4);
        try (Services other = Library.open(lib.db.file(), lib.clock)) {
            other.library().setRating(a, 2);
        }

        lib.library.undo();

        assertEquals(2, lib.get(a).rating());
    }

    @Test
    void undoOfARatingPutsTheOldOneBackWhenNobodyChangedItSince() {
        TalkId a = lib.talk("Concurrency in practice", 40);
        lib.library.setRating(a, 3);
        lib.library.setRating(a, 5);

        assertEquals("rate \"Concurrency in practice\"", lib.library.undo().orElseThrow());

        assertEquals(3, lib.get(a).rating());
    }

    @Test
    void undoOfAnOlderEditKeepsALaterEditOfAnotherProcess() {
        TalkId a = lib.talk("Concurrency in practice", 40);
        lib.library.setMedia(a, "/talks/old.mp4");
        new OtherTalkShelf(lib.db.file()).run("tag", a.toString(), "+rust");
        new OtherTalkShelf(lib.db.file()).run("mark", a.toString(), "watched");

        lib.library.undo();

        Talk now = lib.get(a);
        assertEquals(null, now.media());
        assertEquals(List.of("rust"), now.tags());
        assertEquals(dev.talkshelf.model.WatchStatus.WATCHED, now.status());
    }

    @Test
    void anUpdateWritesOnlyTheFieldsTheUserChanged() throws Exception {
        TalkId a = lib.talk("Concurrency in practice", 40);
        Talk seen = lib.get(a);
        try (Services other = Library.open(lib.db.file(), lib.clock)) {
            other.library().setRating(a, 5);
            other.library().changeTopics(List.of(a), List.of("rust"), List.of());
            other.watch().mark(List.of(a), dev.talkshelf.model.WatchStatus.WATCHED);
        }

        lib.library.update(seen, seen.withTitle("Concurrency in Practice, revised").withSpeakers(List.of("Ada Lovelace")));

        Talk now = lib.get(a);
        assertEquals("Concurrency in Practice, revised", now.title());
        assertEquals(List.of("Ada Lovelace"), now.speakers());
        assertEquals(5, now.rating());
        assertEquals(List.of("rust"), now.tags());
        assertEquals(dev.talkshelf.model.WatchStatus.WATCHED, now.status());
    }

    @Test
    void undoOfAnUpdatePutsBackOnlyFieldsThatStillHoldTheEditedValue() throws Exception {
        TalkId a = lib.talk("Concurrency in practice", 40);
        Talk seen = lib.get(a);
        lib.library.update(seen, seen.withTitle("Revised").withEvent("PyCon US").withYear(2024));
        try (Services other = Library.open(lib.db.file(), lib.clock)) {
            Talk theirs = other.library().talk(a).orElseThrow();
            other.library().update(theirs, theirs.withYear(2023));
        }

        lib.library.undo();

        Talk now = lib.get(a);
        assertEquals("Concurrency in practice", now.title());
        assertEquals(null, now.event());
        assertEquals(2023, now.year(), "the other process set the year after this edit");
    }

    @Test
    void anUpdateWithATopicChangeAddsAndRemovesOnlyThoseTopics() {
        TalkId a = lib.talk("Concurrency in practice", 40);
        lib.library.changeTopics(List.of(a), List.of("python", "draft"), List.of());
        Talk seen = lib.get(a);
        new OtherTalkShelf(lib.db.file()).run("tag", a.toString(), "+rust");

        lib.library.update(seen, seen.withTags(List.of("python", "python/typing")));

        assertEquals(List.of("python", "rust", "python/typing"), lib.get(a).tags());
    }

    // --- a talk taken from a search page was read without its description (decision 0042) ---

    private Talk listed(String query) {
        return lib.search.search(query, 0, 50).talks().get(0);
    }

    @Test
    void aTalkFromASearchPageEditedWholeKeepsItsLongDescription() {
        TalkId a = lib.described("Caches in Python");
        Talk seen = listed("caches");

        lib.library.update(seen, seen.withTitle("Caches in Python, revised").withTags(List.of("python/caching", "rust")));

        Talk now = lib.get(a);
        assertEquals("Caches in Python, revised", now.title());
        assertEquals(List.of("python/caching", "rust"), now.tags());
        assertEquals(TestLibrary.LONG_DESCRIPTION, now.description());
    }

    @Test
    void undoOfAnEditMadeOnASearchPagesTalkKeepsItsLongDescription() {
        TalkId a = lib.described("Caches in Python");
        Talk seen = listed("caches");
        lib.library.update(seen, seen.withTitle("Revised").withYear(2024));

        lib.library.undo();

        Talk now = lib.get(a);
        assertEquals("Caches in Python", now.title());
        assertEquals(TestLibrary.LONG_DESCRIPTION, now.description());
    }

    @Test
    void theEditsAListOffersByIdKeepTheLongDescription() {
        TalkId a = lib.described("Caches in Python");
        List<TalkId> selected = List.of(listed("caches").id());

        lib.library.setRating(a, 4);
        lib.library.setMedia(a, "https://example.org/caches.mp4");
        lib.library.changeTopics(selected, List.of("rust"), List.of());
        lib.watch.mark(selected, dev.talkshelf.model.WatchStatus.WATCHED);

        Talk now = lib.get(a);
        assertEquals(4, now.rating());
        assertEquals(List.of("python/caching", "rust"), now.tags());
        assertEquals(TestLibrary.LONG_DESCRIPTION, now.description());
    }

    @Test
    void aTalkDeletedFromASearchPageComesBackWithItsLongDescription() {
        TalkId a = lib.described("Caches in Python");

        lib.library.delete(List.of(listed("caches").id()));
        lib.library.undo();

        assertEquals(TestLibrary.LONG_DESCRIPTION, lib.library.details(a).talk().description());
    }

    @Test
    void aDescriptionTypedOverASearchPagesCopyIsRefusedAndNothingChanges() {
        TalkId a = lib.described("Caches in Python");
        Talk seen = listed("caches");

        assertThrows(IllegalArgumentException.class, () -> lib.library.update(seen, seen.withTitle("Revised").withDescription("")));

        Talk now = lib.get(a);
        assertEquals("Caches in Python", now.title());
        assertEquals(TestLibrary.LONG_DESCRIPTION, now.description());
        assertEquals(java.util.Optional.empty(), lib.library.nextUndo());
    }

    @Test
    void theDetailsOfATalkASearchListedCarryItsDescription() {
        TalkId a = lib.described("Caches in Python");

        Talk shown = lib.library.details(listed("caches").id()).talk();

        assertEquals(a, shown.id());
        assertEquals(TestLibrary.LONG_DESCRIPTION, shown.description());
    }
}
