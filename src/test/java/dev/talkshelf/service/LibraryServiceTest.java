package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryServiceTest {
    @TempDir
    Path dir;

    TestLibrary lib;

    @BeforeEach
    void open() {
        lib = TestLibrary.in(dir);
    }

    @AfterEach
    void close() {
        lib.close();
    }

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
}
