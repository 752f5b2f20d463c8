package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkshelf.app.Library;
import dev.talkshelf.service.SearchPage;
import dev.talkshelf.service.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {
    private static final List<String> QUERIES = List.of("python", "metaclasses", "\"machine learning\" speaker:a",
            "(django or flask) status:unwatched", "year:2015..2019 duration:<30m", "", "tag:python rating:>=4 has:media");

    /** One generated library for the whole class: bench only reads it. */
    @TempDir
    static Path dir;
    static Cli cli;

    @BeforeAll
    static void generatedLibrary() {
        cli = new Cli(dir);
        cli.ok("generate", "--talks", "600", "--seed", "7");
    }

    @Test
    void jsonHasOneEntryPerQueryWithTheRowsAndTotalOfAPlainSearch() throws Exception {
        Path file = dir.resolve("queries.txt");
        List<String> lines = new ArrayList<>(List.of("# what the window's users type", ""));
        QUERIES.stream().filter(q -> !q.isEmpty()).forEach(lines::add);
        Files.write(file, lines);

        JsonNode timings = cli.ok("bench", "--queries", file.toString(), "--runs", "2", "--json").json();

        List<String> searched = QUERIES.stream().filter(q -> !q.isEmpty()).toList();
        try (Services s = Library.open(dir.resolve("library.db"), Clock.systemUTC())) {
            int searches = 0;
            for (JsonNode t : timings) {
                assertEquals(Set.of("query", "p50_ms", "p95_ms", "max_ms", "rows", "total"), fieldNames(t), t.toString());
                assertTrue(t.get("p50_ms").asDouble() <= t.get("p95_ms").asDouble(), t.toString());
                assertTrue(t.get("p95_ms").asDouble() <= t.get("max_ms").asDouble(), t.toString());
                String query = t.get("query").asText();
                if (searched.contains(query)) {
                    searches++;
                    SearchPage plain = s.search().search(query, 0, 200);
                    assertEquals(plain.talks().size(), t.get("rows").asLong(), query);
                    assertEquals(plain.total(), t.get("total").asLong(), query);
                    JsonNode cliSearch = cli.ok("search", query, "--limit", "200", "--json").json();
                    assertEquals(cliSearch.size(), t.get("rows").asInt(), query);
                }
            }
            assertEquals(searched.size(), searches, timings.toString());
            assertTrue(s.search().search("python", 0, 200).total() > 200, "the common word fills a page");
            assertEquals(200, s.search().search("python", 0, 200).talks().size());
        }
        assertTrue(timings.toString().contains("facets: whole library, first call"), timings.toString());
        assertTrue(timings.toString().contains("playlists: progress"), timings.toString());
    }

    @Test
    void builtInMixRunsEveryKindWithoutErrors() {
        JsonNode timings = cli.ok("bench", "--runs", "1", "--json").json();

        for (JsonNode t : timings) {
            assertFalse(t.has("error"), t.toString());
        }
        assertTrue(timings.size() > 30, "every query kind, facets and playlists: " + timings.size());
        JsonNode playlists = timings.get(timings.size() - 1);
        assertEquals("playlists: progress of every playlist", playlists.get("query").asText());
        assertTrue(playlists.get("rows").asInt() >= 4, playlists.toString());
    }

    @Test
    void tableNamesEachQueryWithItsTotal() {
        String table = cli.ok("bench", "--runs", "1").out();

        assertTrue(table.contains("600 talks"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("metaclasses ") && l.strip().endsWith(" 1")), table);
        assertTrue(table.contains("load average"), table);
    }

    @Test
    void aQueryThatCannotBeReadRefusesTheFileWithLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.write(file, List.of("python", "# a comment", "  year:2020 (python"));

        Cli.Result r = cli.run("bench", "--queries", file.toString(), "--json");

        Cli.assertBadInput(r, file + ":3:20: missing ')'");
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aMissingQueriesFileIsBadInput() {
        Cli.Result r = cli.run("bench", "--queries", dir.resolve("nope.txt").toString());

        Cli.assertBadInput(r, "nope.txt: no such file");
    }

    @Test
    void runsOutOfRangeAreRefused() {
        Cli.assertBadInput(cli.run("bench", "--runs", "0"), "--runs must be between 1 and");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
