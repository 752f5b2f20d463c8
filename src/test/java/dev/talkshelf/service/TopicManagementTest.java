package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.cli.OtherTalkShelf;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Renaming, merging, moving and deleting topics through LibraryService, and undoing each, on a real library. */
class TopicManagementTest extends OnTestLibrary {
    TalkId typing;
    TalkId gil;
    TalkId both;

    @BeforeEach
    void open() {
        typing = lib.talk("Typing at scale", 30);
        gil = lib.talk("The GIL", 30);
        both = lib.talk("Async views", 30);
        lib.library.changeTopics(List.of(typing), List.of("py/typing", "web"), List.of());
        lib.library.changeTopics(List.of(gil), List.of("py"), List.of());
        lib.library.changeTopics(List.of(both), List.of("django", "python/django"), List.of());
    }

    private List<String> topics(TalkId id) {
        return lib.library.talk(id).orElseThrow().tags();
    }

    private List<TalkId> found(String query) {
        return lib.search.search(query, 0, 50).talks().stream().map(Talk::id).toList();
    }

    private List<String> tree() {
        List<String> paths = new ArrayList<>();
        collect(lib.search.facets("").topics(), paths);
        return paths;
    }

    private static void collect(List<TopicNode> nodes, List<String> paths) {
        for (TopicNode n : nodes) {
            paths.add(n.path() + "=" + n.count());
            collect(n.children(), paths);
        }
    }

    @Test
    void renameCarriesTheSubtreeAndTheSearchFollows() {
        int changed = lib.library.renameTopic("py", "python");

        assertEquals(2, changed);
        assertEquals(List.of("web", "python/typing"), topics(typing));
        assertEquals(List.of(typing), found("tag:python/typing"));
        assertEquals(List.of(), found("tag:py"));
        assertTrue(tree().contains("python=3"), tree()::toString);
        assertTrue(tree().stream().noneMatch(p -> p.startsWith("py=") || p.startsWith("py/")), tree()::toString);
    }

    @Test
    void undoOfARenamePutsTheOldPathsBack() {
        lib.library.renameTopic("py", "python");

        assertEquals("rename topic py to python", lib.library.undo().orElseThrow());

        assertEquals(List.of("web", "py/typing"), topics(typing));
        assertEquals(List.of("py"), topics(gil));
        assertEquals(List.of(typing), found("tag:py/typing"));
    }

    @Test
    void undoOfAMergeGivesBackOnlyWhatTheMergeTookAway() {
        lib.library.mergeTopics(List.of("django"), "python/django");
        assertEquals(List.of("python/django"), topics(both));

        lib.library.undo();

        assertEquals(List.of("python/django", "django"), topics(both), "python/django was there before: it stays");
    }

    @Test
    void undoLeavesWhatAnotherProcessChangedSince() {
        lib.library.moveTopic("django", "python");
        new OtherTalkShelf(lib.db.file()).run("tag", both.value() + "", "+rust");

        lib.library.undo();

        assertTrue(topics(both).containsAll(List.of("django", "python/django", "rust")), topics(both)::toString);
    }

    @Test
    void deleteThenUndoRestoresTheTopicOnItsTalks() {
        lib.library.deleteTopic("py");
        assertEquals(List.of("web"), topics(typing));
        assertEquals(List.of(), topics(gil));
        assertTrue(lib.library.allTopics().stream().noneMatch(p -> p.equals("py") || p.startsWith("py/")), "unused topics leave the list");

        lib.library.undo();

        assertEquals(List.of("web", "py/typing"), topics(typing));
        assertEquals(List.of("py"), topics(gil));
    }

    @Test
    void aBadTargetChangesNothing() {
        assertThrows(UserInputException.class, () -> lib.library.renameTopic("py", "py/inner"));
        assertThrows(UserInputException.class, () -> lib.library.mergeTopics(List.of("py", "nothing"), "python"));

        assertEquals(List.of("py/typing", "web"), topics(typing));
        assertEquals(List.of("py"), topics(gil));
    }
}
