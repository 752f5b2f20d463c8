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

class TopicsCommandTest {
    @TempDir
    Path dir;

    Cli cli;

    @BeforeEach
    void library() {
        cli = new Cli(dir);
        cli.importTalks(dir,
                tagged("Typing at scale", "py/typing", "web"),
                tagged("The GIL", "py", "concurrency"),
                tagged("Async views", "django", "python/django", "async"),
                tagged("Plain talk", "career"));
    }

    private static String tagged(String title, String... tags) {
        return "{\"title\": \"" + title + "\", \"tags\": [\"" + String.join("\", \"", tags) + "\"]}";
    }

    private List<String> topicsOf(int id) {
        List<String> topics = new ArrayList<>();
        JsonNode talk = cli.ok("show", String.valueOf(id), "--json").json();
        talk.get("tags").forEach(t -> topics.add(t.asText()));
        return topics;
    }

    @Test
    void renameMovesTheWholeSubtree() {
        Cli.Result r = cli.ok("topics", "rename", "py", "python");

        assertEquals("renamed py to python (2 talks)", r.out().strip());
        assertEquals(List.of("web", "python/typing"), topicsOf(1));
        assertEquals(List.of("concurrency", "python"), topicsOf(2));
        assertTrue(!cli.ok("tags").out().contains("py "), "no topic py is left in the tree");
    }

    @Test
    void mergeKeepsTheTargetOnceOnATalkThatHadBoth() {
        cli.ok("topics", "merge", "django", "career", "python/django");

        assertEquals(List.of("python/django", "async"), topicsOf(3));
        assertEquals(List.of("python/django"), topicsOf(4));
    }

    @Test
    void moveUnderAnotherParent() {
        cli.ok("topics", "move", "django", "python");

        assertEquals(List.of("python/django", "async"), topicsOf(3));
        String tree = cli.ok("tags").out();
        assertTrue(tree.lines().noneMatch(l -> l.startsWith("django")), tree);
    }

    @Test
    void deleteTakesTheSubtreeOffEveryTalkAndKeepsTheTalks() {
        Cli.Result r = cli.ok("topics", "delete", "py");

        assertEquals("deleted py (2 talks)", r.out().strip());
        assertEquals(List.of("web"), topicsOf(1));
        assertEquals(List.of("concurrency"), topicsOf(2));
    }

    @Test
    void unknownTopicIsBadInputAndChangesNothing() {
        assertBadInput(cli.run("topics", "rename", "cobol", "legacy"), "no topic 'cobol' in the library");
        assertBadInput(cli.run("topics", "delete", "cobol"), "no topic 'cobol'");
        assertBadInput(cli.run("topics", "merge", "cobol", "python"), "no topic 'cobol'");
        assertBadInput(cli.run("topics", "move", "cobol", "python"), "no topic 'cobol'");
        assertEquals(List.of("py/typing", "web"), topicsOf(1));
    }

    @Test
    void aTopicCannotGoInsideItself() {
        assertBadInput(cli.run("topics", "move", "py", "py/typing"), "under itself");
        assertBadInput(cli.run("topics", "rename", "py", "py/new"), "inside itself");
        assertBadInput(cli.run("topics", "merge", "py", "py"), "into itself");
        assertEquals(List.of("py/typing", "web"), topicsOf(1));
    }
}
