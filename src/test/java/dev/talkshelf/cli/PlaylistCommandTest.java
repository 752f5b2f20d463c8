package dev.talkshelf.cli;

import static dev.talkshelf.cli.Cli.assertBadInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaylistCommandTest {
    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void library() {
        cli = new Cli(dir);
        cli.importTalks(dir, Cli.talk("Rust parta", 30), Cli.talk("Rust partb", 45), Cli.talk("Rust partc", 20),
                Cli.talk("Python typing", 10));
    }

    private static List<Long> ids(JsonNode talks) {
        List<Long> ids = new ArrayList<>();
        talks.forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }

    @Test
    void aManualPlaylistKeepsItsOrderAcrossRuns() {
        cli.ok("playlist", "create", "study");
        cli.ok("playlist", "add", "study", "3", "1");
        cli.ok("playlist", "add", "study", "2");
        cli.ok("playlist", "move", "study", "2", "1");
        cli.ok("playlist", "remove", "study", "3");

        JsonNode show = cli.ok("playlist", "show", "study", "--json").json();

        assertEquals("study", show.get("name").asText());
        assertTrue(show.get("query").isNull());
        assertEquals(List.of(2L, 1L), ids(show.get("talks")));
        assertEquals("Rust partb", show.get("talks").get(0).get("title").asText());
    }

    @Test
    void showJsonCarriesTheProgress() {
        cli.ok("playlist", "create", "study");
        cli.ok("playlist", "add", "study", "1", "2", "3");
        cli.ok("mark", "2", "watched");
        cli.ok("mark", "3", "skipped");

        JsonNode progress = cli.ok("playlist", "show", "study", "--json").json().get("progress");

        assertEquals(1, progress.get("watched").asInt());
        assertEquals(3, progress.get("total").asInt());
        assertEquals(30 * 60, progress.get("remaining_seconds").asLong());
    }

    @Test
    void showTextNumbersTheTalksAndEndsWithTheProgress() {
        cli.ok("playlist", "create", "study");
        cli.ok("playlist", "add", "study", "4", "1");

        String out = cli.ok("playlist", "show", "study").out();

        List<String> lines = out.strip().lines().toList();
        assertEquals("study", lines.get(0));
        assertTrue(lines.get(1).startsWith("  1. ") && lines.get(1).contains("Python typing"), out);
        assertTrue(lines.get(2).startsWith("  2. ") && lines.get(2).contains("Rust parta"), out);
        assertEquals("0/2 watched, 40:00 left", lines.get(3));
    }

    @Test
    void listJsonSummarizesEachPlaylist() {
        cli.ok("playlist", "create", "study");
        cli.ok("playlist", "add", "study", "4");
        cli.ok("playlist", "create", "rust", "--query", "rust");
        cli.ok("mark", "1", "watched");

        JsonNode list = cli.ok("playlist", "list", "--json").json();

        assertEquals(2, list.size());
        JsonNode rust = list.get(0);
        assertEquals("rust", rust.get("name").asText());
        assertEquals("rust", rust.get("query").asText());
        assertEquals(1, rust.get("watched").asInt());
        assertEquals(3, rust.get("total").asInt());
        assertEquals((45 + 20) * 60, rust.get("remaining_seconds").asLong());
        assertEquals("study", list.get(1).get("name").asText());
        assertTrue(list.get(1).get("query").isNull());
    }

    @Test
    void aSmartPlaylistFollowsMarksFromLaterRuns() {
        cli.ok("playlist", "create", "rust", "--query", "rust");
        assertEquals(1L, cli.ok("playlist", "next", "rust", "--json").json().get("id").asLong());

        cli.ok("mark", "1", "watched");

        assertEquals(2L, cli.ok("playlist", "next", "rust", "--json").json().get("id").asLong());
        assertEquals(1, cli.ok("playlist", "show", "rust", "--json").json().get("progress").get("watched").asInt());
    }

    @Test
    void budgetFillsAManualPlaylistFromTheQuery() {
        Cli.Result r = cli.ok("playlist", "create", "hour", "--query", "rust", "--budget", "1h");

        assertTrue(r.out().contains("2 talks"), r.out());
        JsonNode show = cli.ok("playlist", "show", "hour", "--json").json();
        assertTrue(show.get("query").isNull());
        assertEquals(List.of(1L, 3L), ids(show.get("talks")));
        assertEquals(50 * 60, show.get("progress").get("remaining_seconds").asLong());
    }

    @Test
    void nextWhenEverythingIsWatchedSaysSoAndSucceeds() {
        cli.ok("playlist", "create", "study");
        cli.ok("playlist", "add", "study", "1");
        cli.ok("mark", "1", "watched");

        assertTrue(cli.ok("playlist", "next", "study").out().contains("nothing left"));
        assertEquals("null", cli.ok("playlist", "next", "study", "--json").out().strip());
    }

    @Test
    void nextPrintsTheTalkLine() {
        cli.ok("playlist", "create", "study");
        cli.ok("playlist", "add", "study", "2", "1");

        assertTrue(cli.ok("playlist", "next", "study").out().contains("Rust partb"));
    }

    @Test
    void renameAndDelete() {
        cli.ok("playlist", "create", "study");
        cli.ok("playlist", "rename", "study", "weekend");
        assertEquals("weekend", cli.ok("playlist", "list", "--json").json().get(0).get("name").asText());

        cli.ok("playlist", "delete", "weekend");

        assertEquals(0, cli.ok("playlist", "list", "--json").json().size());
        assertTrue(cli.ok("playlist", "list").out().contains("no playlists yet"));
    }

    @Test
    void anUnknownPlaylistIsBadInput() {
        assertBadInput(cli.run("playlist", "show", "nope"), "no playlist named \"nope\"");
        assertBadInput(cli.run("playlist", "add", "nope", "1"), "no playlist named \"nope\"");
        assertBadInput(cli.run("playlist", "delete", "nope"), "no playlist named \"nope\"");
    }

    @Test
    void aDuplicateNameIsBadInput() {
        cli.ok("playlist", "create", "study");

        assertBadInput(cli.run("playlist", "create", "Study"), "already exists");
        cli.ok("playlist", "create", "other");
        assertBadInput(cli.run("playlist", "rename", "other", "study"), "already exists");
    }

    @Test
    void aPositionOutsideThePlaylistIsBadInput() {
        cli.ok("playlist", "create", "study");
        cli.ok("playlist", "add", "study", "1", "2");

        assertBadInput(cli.run("playlist", "move", "study", "1", "3"), "use 1 to 2");
        assertBadInput(cli.run("playlist", "move", "study", "1", "0"), "use 1 to 2");
        assertBadInput(cli.run("playlist", "move", "study", "1", "first"), "not a position");
    }

    @Test
    void aBudgetWithoutAQueryIsBadInput() {
        assertBadInput(cli.run("playlist", "create", "hour", "--budget", "90m"), "--budget needs --query");
    }

    @Test
    void aBudgetThatIsNotATimeIsBadInput() {
        assertBadInput(cli.run("playlist", "create", "hour", "--query", "rust", "--budget", "soon"), "\"soon\" is not a time");
    }

    @Test
    void aBudgetNothingFitsIsBadInput() {
        assertBadInput(cli.run("playlist", "create", "tiny", "--query", "rust", "--budget", "5m"), "no playlist was created");
        assertEquals(0, cli.ok("playlist", "list", "--json").json().size());
    }

    @Test
    void addingAnUnknownTalkIsBadInput() {
        cli.ok("playlist", "create", "study");

        assertBadInput(cli.run("playlist", "add", "study", "99"), "no talk with id 99");
        assertBadInput(cli.run("playlist", "add", "study", "x"), "not a talk id");
    }

    @Test
    void editingASmartPlaylistByHandIsBadInput() {
        cli.ok("playlist", "create", "rust", "--query", "rust");

        assertBadInput(cli.run("playlist", "add", "rust", "4"), "smart playlist");
    }

    @Test
    void aMissingVerbIsBadInput() {
        Cli.Result r = cli.run("playlist");

        assertEquals(2, r.code(), r.err());
    }
}
