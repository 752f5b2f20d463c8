package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} tells which incoming talks went into talks already in the library, and why. */
class ImportCommandTest {
    @TempDir
    Path dir;

    private Path csv(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void jsonListsMergesAndDuplicatesWithTheirReasons() throws Exception {
        Cli cli = new Cli(dir);
        cli.ok("import", csv("a.csv", "title,speakers,url\nAsync in Depth,Bo Li,https://www.youtube.com/watch?v=aaaaaaaaaaa\n"
                + "Typing at Scale,Cy Zed,\n").toString());

        JsonNode out = cli.ok("import", "--json", csv("b.csv", "title,speakers,url,duration\n"
                + "Async again,,https://youtu.be/aaaaaaaaaaa,30m\nTyping at scale,Cy Zed,,\nNew one,Di Ng,,\n").toString()).json();

        assertEquals(1, out.get("added").asInt());
        assertEquals(1, out.get("merged").asInt());
        assertEquals(1, out.get("skipped").asInt());
        JsonNode merge = out.get("merges").get(0);
        assertEquals("Async again", merge.get("incoming").asText());
        assertEquals(1, merge.get("into").asLong());
        assertEquals("Async in Depth", merge.get("title").asText());
        assertEquals("same video", merge.get("why").asText());
        assertEquals(1, out.get("merges").size());
        assertEquals("same title and speakers", out.get("duplicates").get(0).get("why").asText());
    }

    @Test
    void verboseListsEachMergeAndTheSummaryCountsThem() throws Exception {
        Cli cli = new Cli(dir);
        cli.ok("import", csv("a.csv", "title,url\nAsync in Depth,https://www.youtube.com/watch?v=aaaaaaaaaaa\n").toString());

        String out = cli.ok("import", "--verbose", csv("b.csv", "title,url,duration\nAsync again,https://youtu.be/aaaaaaaaaaa,30m\n")
                .toString()).out();

        assertTrue(out.contains("merged  Async again  ->  1 Async in Depth  (same video)"), out);
        assertTrue(out.contains("added 0, merged 1, skipped 0"), out);
    }
}
