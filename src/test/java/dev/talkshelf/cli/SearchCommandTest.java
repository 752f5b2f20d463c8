package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.TalkStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir
    Path dir;
    Path file;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void library() {
        file = dir.resolve("library.talkshelf");
        try (Database db = Database.open(file)) {
            TalkStore talks = new TalkStore(db, Clock.systemUTC());
            add(talks, Talk.titled("Free-threaded Python").withSpeakers(List.of("Ann")).withEvent("PyCon US 2024")
                    .withYear(2024).withTags(List.of("python/free-threading")));
            add(talks, Talk.titled("Typing in Python").withSpeakers(List.of("Ann", "Bob")).withEvent("PyCon US 2024")
                    .withYear(2023).withTags(List.of("python/typing")));
            add(talks, Talk.titled("Rust for you").withSpeakers(List.of("Bob")).withEvent("RustConf").withYear(2024));
        }
    }

    private static void add(TalkStore talks, Talk talk) {
        talks.insert(talk, null);
    }

    private int run(String... args) {
        CliEnvironment env = new CliEnvironment() {
            @Override
            public Services open(Path libraryOption) {
                return Library.open(file, Clock.systemUTC());
            }

            @Override
            public void openWindow(Path libraryOption) {
                throw new AssertionError("no window in tests");
            }
        };
        return new CliRunner(env, new PrintWriter(out), new PrintWriter(err), "the log").run(args);
    }

    @Test
    void malformedQueryExitsTwoWithOneLine() {
        assertEquals(2, run("search", "(python"));
        assertEquals("talkshelf: missing ')' at column 8", err.toString().strip());
    }

    @Test
    void searchSortsByTitleInReverse() {
        assertEquals(0, run("search", "--sort", "title", "--reverse", "python"));
        String[] lines = out.toString().split("\\R");
        assertTrue(lines[0].contains("Typing in Python"), out.toString());
        assertTrue(lines[1].contains("Free-threaded Python"), out.toString());
    }

    @Test
    void unknownSortKeyIsBadInput() {
        assertEquals(2, run("search", "--sort", "colour", "x"));
        assertTrue(err.toString().contains("--sort must be one of"));
    }

    @Test
    void offsetSkipsTalks() {
        assertEquals(0, run("search", "--sort", "title", "--offset", "2"));
        assertTrue(out.toString().contains("Typing in Python"));
        assertTrue(out.toString().contains("talks 3-3 of 3"), out.toString());
    }

    @Test
    void tagsPrintsAnIndentedTree() {
        assertEquals(0, run("tags"));
        assertEquals(List.of("python  2", "  free-threading  1", "  typing  1"), out.toString().lines().toList());
    }

    @Test
    void tagsJsonIsNested() {
        assertEquals(0, run("tags", "--json", "typing"));
        String json = out.toString().replaceAll("\\s", "");
        assertEquals("[{\"path\":\"python\",\"name\":\"python\",\"count\":1,\"children\":"
                + "[{\"path\":\"python/typing\",\"name\":\"typing\",\"count\":1,\"children\":[]}]}]", json);
    }

    @Test
    void speakersCountsWithinAQuery() {
        assertEquals(0, run("speakers", "--json", "python"));
        assertEquals("[{\"name\":\"Ann\",\"count\":2},{\"name\":\"Bob\",\"count\":1}]", out.toString().replaceAll("\\s", ""));
    }

    @Test
    void eventsListsMostFrequentFirst() {
        assertEquals(0, run("events"));
        assertEquals(List.of("2  PyCon US 2024", "1  RustConf"), out.toString().lines().toList());
    }

    // --- a search lists talks without their descriptions (decision 0042); what prints them reads them whole ---

    private static final String LONG = ("How the cache keeps hot keys close and why the eviction order matters more "
            + "than its size, measured on real traffic. ").repeat(4);

    private TalkId cachesTalk() {
        try (Database db = Database.open(file)) {
            return new TalkStore(db, Clock.systemUTC()).insert(Talk.titled("Caches in Python").withSpeakers(List.of("Cy"))
                    .withYear(2022).withTags(List.of("python/caching")).withDescription(LONG), null);
        }
    }

    private Talk whole(TalkId id) {
        try (Database db = Database.open(file)) {
            return new TalkStore(db, Clock.systemUTC()).get(id).orElseThrow();
        }
    }

    @Test
    void searchJsonPrintsEachListedTalkAsItsWholeCopyWouldPrint() {
        TalkId id = cachesTalk();
        StringWriter expected = new StringWriter();
        ObjectNode talk = Json.TALKS.summary(whole(id));
        Json.print(new PrintWriter(expected), Json.MAPPER.createArrayNode().add(talk));

        assertEquals(0, run("search", "caches", "--json"));

        assertEquals(expected.toString(), out.toString());
    }

    @Test
    void showPrintsTheDescriptionOfATalkASearchListed() throws IOException {
        TalkId id = cachesTalk();
        assertEquals(0, run("search", "caches"));
        assertTrue(out.toString().contains("Caches in Python"), out.toString());
        out.getBuffer().setLength(0);

        assertEquals(0, run("show", id.toString()));
        assertTrue(out.toString().contains(LONG.strip()), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("show", id.toString(), "--json"));
        assertEquals(LONG, new ObjectMapper().readTree(out.toString()).get("description").asText());
    }

    @Test
    void exportOfAQueryKeepsTheDescriptions() throws IOException {
        cachesTalk();
        Path target = dir.resolve("caches.json");

        assertEquals(0, run("export", "caches", "--output", target.toString()));

        JsonNode talks = new ObjectMapper().readTree(Files.readString(target)).get("talks");
        assertEquals(1, talks.size(), talks.toString());
        assertEquals(LONG, talks.get(0).get("description").asText());
    }
}
