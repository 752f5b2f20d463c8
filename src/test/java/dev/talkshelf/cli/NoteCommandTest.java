package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteCommandTest {
    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void library() {
        cli = new Cli(dir);
        cli.importTalks(dir, Cli.talk("Concurrency in practice", 40));
    }

    @Test
    void aNoteAtATimeIsShownWithTheTalk() {
        Cli.Result r = cli.ok("note", "1", "the", "GIL", "detach", "trick", "--at", "12:34");

        assertEquals("added a note to talk 1 at 12:34", r.out().strip());
        JsonNode note = cli.ok("show", "1", "--json").json().get("notes").get(0);
        assertEquals(754, note.get("at").asInt());
        assertEquals("the GIL detach trick", note.get("text").asText());
    }

    @Test
    void atAcceptsHoursAndPlainSeconds() {
        cli.ok("note", "1", "late", "--at", "1:02:03");
        cli.ok("note", "1", "early", "--at", "75");

        JsonNode notes = cli.ok("show", "1", "--json").json().get("notes");
        assertEquals(75, notes.get(0).get("at").asInt());
        assertEquals(3723, notes.get(1).get("at").asInt());
    }

    @Test
    void aNoteWithoutATimeIsAboutTheWholeTalk() {
        cli.ok("note", "1", "watch again");

        assertTrue(cli.ok("show", "1", "--json").json().get("notes").get(0).get("at").isNull());
    }

    @Test
    void aNotesWordsAreFoundBySearch() {
        cli.ok("note", "1", "compare", "with", "subinterpreters");

        assertEquals(1, cli.ok("search", "subinterpreters", "--json").json().get(0).get("id").asInt());
    }

    @Test
    void aBadTimeIsBadInputWithAClearMessage() {
        Cli.Result r = cli.run("note", "1", "text", "--at", "12:99");

        assertEquals(2, r.code());
        assertEquals("talkshelf: --at \"12:99\" is not a time in the talk; use mm:ss, h:mm:ss or seconds (e.g. 12:34)", r.err().strip());
        assertEquals(0, cli.ok("show", "1", "--json").json().get("notes").size());
    }

    @Test
    void aNoteOnAnUnknownTalkIsBadInput() {
        Cli.Result r = cli.run("note", "99", "text");

        assertEquals(2, r.code());
        assertTrue(r.err().contains("no talk with id 99"), r.err());
    }
}
