package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library file's smart playlists: a query that cannot be read refuses the file and changes nothing; a saved query
 * that no longer runs (it names a playlist renamed since) breaks that playlist alone, which `playlist list` shows and
 * `playlist show` explains, while every other playlist works.
 */
class BrokenSmartPlaylistTest {
    @TempDir
    Path dir;
    Cli cli;

    @BeforeEach
    void library() {
        cli = new Cli(dir);
        cli.importTalks(dir, Cli.talk("Rust parta", 30), Cli.talk("Python typing", 10));
        cli.ok("playlist", "create", "study");
        cli.ok("playlist", "add", "study", "1", "2");
        cli.ok("playlist", "create", "rusty", "--query", "rust");
    }

    private Path libraryFile(String playlistsJson) throws IOException {
        Path file = dir.resolve("shared.json");
        Files.writeString(file, """
                {"format": "talkshelf-library", "version": 1,
                 "talks": [{"id": 1, "title": "Go generics"}, {"id": 2, "title": "Go modules"}],
                 "playlists": %s}""".formatted(playlistsJson));
        return file;
    }

    @Test
    void aFileWithAMalformedSmartQueryIsRefusedAndChangesNothing() throws IOException {
        Path file = libraryFile("""
                [{"name": "Go", "query": null, "talks": [1, 2]},
                 {"name": "Bad one", "query": "go (year:2020", "talks": []}]""");

        Cli.Result r = cli.run("import", file.toString());

        assertEquals(2, r.code(), r.err());
        assertEquals("talkshelf: " + file + ": playlist \"Bad one\": the query is not valid: missing ')' at column 14\n", r.err());
        assertEquals(0, cli.ok("search", "go", "--json").json().size(), "no talk of the file was stored");
        assertEquals(2, cli.ok("playlist", "list", "--json").json().size(), "no playlist of the file was stored");
    }

    @Test
    void aFieldValueTheLanguageRefusesIsRefusedToo() throws IOException {
        Path file = libraryFile("[{\"name\": \"Odd\", \"query\": \"status:halfway\", \"talks\": []}]");

        Cli.Result r = cli.run("import", file.toString());

        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("talkshelf: " + file + ": playlist \"Odd\": the query is not valid: status must be one of"), r.err());
    }

    @Test
    void aSmartQueryNamingAPlaylistTheLibraryLacksImportsAndIsListedAsBroken() throws IOException {
        Path file = libraryFile("[{\"name\": \"Follows\", \"query\": \"playlist:\\\"Nowhere\\\"\", \"talks\": []}]");
        cli.ok("import", file.toString());

        Cli.Result list = cli.ok("playlist", "list");
        assertTrue(list.out().contains("Follows  (smart: playlist:\"Nowhere\")  (broken: no playlist named 'Nowhere' at column 11)"),
                list.out());
        assertTrue(list.out().contains("study  0/2 watched"), list.out());
        assertTrue(list.out().contains("rusty  (smart: rust)  0/1 watched"), list.out());
    }

    @Test
    void renamingAPlaylistASmartQueryNamesBreaksThatSmartPlaylistAlone() {
        cli.ok("playlist", "create", "follows study", "--query", "playlist:study python");
        cli.ok("playlist", "rename", "study", "learning");

        Cli.Result list = cli.ok("playlist", "list");
        assertTrue(list.out().contains("follows study  (smart: playlist:study python)  (broken: no playlist named 'study' at column 10)"),
                list.out());
        assertTrue(list.out().contains("learning  0/2 watched"), list.out());
        assertTrue(list.out().contains("rusty  (smart: rust)  0/1 watched"), list.out());

        JsonNode json = cli.ok("playlist", "list", "--json").json();
        JsonNode broken = json.get(0);
        assertEquals("follows study", broken.get("name").asText());
        assertEquals("no playlist named 'study' at column 10", broken.get("broken").asText());
        assertFalse(json.get(1).has("broken"));

        Cli.Result show = cli.run("playlist", "show", "follows study");
        assertEquals(2, show.code());
        assertEquals("talkshelf: the smart playlist \"follows study\" is broken: its query 'playlist:study python' cannot be"
                + " run: no playlist named 'study' at column 10. Delete it and create it again with a query that works.\n", show.err());
        assertEquals(2, cli.run("playlist", "next", "follows study").code());

        cli.ok("playlist", "rename", "learning", "study");
        assertTrue(cli.ok("playlist", "list").out().contains("follows study  (smart: playlist:study python)  0/1 watched"));
    }
}
