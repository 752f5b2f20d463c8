package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.app.Library;
import dev.talkshelf.service.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on a real library file: output, exit codes and the one-line errors. */
class CliRunnerTest {
    @TempDir
    Path dir;
    Path library;

    /** Output of one run. */
    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void sample() {
        library = dir.resolve("lib.db");
        Run imported = run("import", "sample-library/library.json");
        assertEquals(0, imported.code(), imported.err());
        assertEquals("added 20, merged 0, skipped 0; playlists: Free-threaded Python, Rust foundations\n", imported.out());
    }

    @Test
    void searchPrintsMatchingTalksAsJson() throws Exception {
        Run r = run("search", "metaclas", "--json");
        assertEquals(0, r.code());
        JsonNode talks = new ObjectMapper().readTree(r.out());
        assertEquals(1, talks.size());
        JsonNode t = talks.get(0);
        assertEquals("Metaclasses Demystified", t.get("title").asText());
        assertEquals("Jason C. McDonald", t.get("speakers").get(0).asText());
        assertEquals("unwatched", t.get("status").asText());
        for (String field : new String[] {"id", "title", "speakers", "event", "year", "tags", "status", "position", "duration", "media", "rating"}) {
            assertTrue(t.has(field), "talk JSON has " + field);
        }
    }

    @Test
    void markThenShowReportsTheNewStatus() throws Exception {
        assertEquals(0, run("mark", "6", "7", "watched").code());
        JsonNode six = new ObjectMapper().readTree(run("show", "6", "--json").out());
        assertEquals("watched", six.get("status").asText());
        assertTrue(six.has("description") && six.has("notes") && six.has("history"));
    }

    @Test
    void tagAddsAndRemovesTopicsEvenThoughTheyLookLikeOptions() throws Exception {
        Run r = run("tag", "6", "+python/oop", "-python/metaprogramming");
        assertEquals(0, r.code(), r.err());
        JsonNode six = new ObjectMapper().readTree(run("show", "6", "--json").out());
        assertEquals("[\"python/oop\"]", six.get("tags").toString());
    }

    @Test
    void unknownIdIsBadInputWithOneLine() {
        Run r = run("show", "999");
        assertEquals(2, r.code());
        assertEquals("talkshelf: no talk with id 999 in this library\n", r.err());
    }

    @Test
    void unknownStatusIsBadInput() {
        Run r = run("mark", "1", "half-seen");
        assertEquals(2, r.code());
        assertEquals("talkshelf: \"half-seen\" is not a status; use unwatched, in-progress, watched or skipped\n", r.err());
    }

    @Test
    void unknownCommandIsBadUsage() {
        Run r = run("frobnicate");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("talkshelf: Unmatched argument at index"), r.err());
    }

    @Test
    void brokenImportNamesTheFileLineAndColumnAndChangesNothing() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"talkshelf-library\", \"version\": 1, \"talks\": [\n  {\"title\": \"x\",}\n]}\n");
        Run r = run("import", broken.toString());
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("talkshelf: " + broken + " line 2 column 17: not valid JSON"), r.err());
        assertFalse(r.err().contains("Exception"));
        assertEquals("20 talks\n", run("search", "--limit", "100").out().lines().reduce((a, b) -> b).orElse("") + "\n");
    }

    @Test
    void libraryFromTheFutureIsRefusedWithOneLine() throws Exception {
        Path future = dir.resolve("future.db");
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + future); var s = c.createStatement()) {
            s.execute("PRAGMA user_version = 42");
        }
        Run r = runOn(future, "search");
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("talkshelf: future.db was written by a newer TalkShelf"), r.err());
        assertEquals(1, r.err().lines().count());
    }

    @Test
    void exportWritesTheNativeFormat() throws Exception {
        Path out = dir.resolve("out.json");
        Run r = run("export", "--format", "json", "--output", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals("talkshelf-library", root.get("format").asText());
        assertEquals(20, root.get("talks").size());
        assertEquals(2, root.get("playlists").size());
    }

    @Test
    void exportToAMissingFolderIsBadInput() {
        Run r = run("export", "--format", "json", "--output", dir.resolve("nope/out.json").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("does not exist"), r.err());
    }

    private Run run(String... args) {
        return runOn(library, args);
    }

    private Run runOn(Path lib, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment() {
            @Override
            public Services open(Path option) {
                return Library.open(option == null ? lib : option, Clock.systemUTC());
            }

            @Override
            public void openWindow(Path option) {
                throw new AssertionError("no window in CLI tests");
            }
        };
        String[] full = new String[args.length + 2];
        full[0] = "--library";
        full[1] = lib.toString();
        System.arraycopy(args, 0, full, 2, args.length);
        int code = new CliRunner(env, new PrintWriter(out), new PrintWriter(err), "the log").run(full);
        return new Run(code, out.toString(), err.toString());
    }
}
