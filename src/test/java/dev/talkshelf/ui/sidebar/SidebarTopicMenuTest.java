package dev.talkshelf.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sidebar's topic menu as its view model runs it: each entry calls the service, refreshes and says what it did. */
class SidebarTopicMenuTest {
    @TempDir
    Path dir;

    Services services;
    SidebarViewModel sidebar;
    final List<String> messages = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final AtomicInteger refreshes = new AtomicInteger();
    TalkId typing;
    TalkId views;

    @BeforeEach
    void open() {
        services = Library.open(dir.resolve("library.db"), Clock.systemUTC());
        typing = add("Typing at scale", "py/typing");
        views = add("Async views", "django", "python/django");
        sidebar = new SidebarViewModel(services.search(), services.playlists(), services.library(), new SameThreadTaskRunner(),
                new UserErrors(e -> errors.add(e.toString())), new SimpleStringProperty(""), (k, r) -> { });
        sidebar.onTopicEdits(() -> {
            refreshes.incrementAndGet();
            sidebar.load("");
        }, messages::add);
        sidebar.load("");
    }

    /** Imports one talk with exactly these topics (the library format keeps a user's topics as they are). */
    private TalkId add(String title, String... topics) {
        try {
            Path file = dir.resolve("talk-" + System.nanoTime() + ".json");
            Files.writeString(file, "{\"format\": \"talkshelf-library\", \"version\": 1, \"talks\": [{\"title\": \"" + title
                    + "\", \"tags\": [\"" + String.join("\", \"", topics) + "\"]}]}");
            services.imports().importPaths(List.of(file), null, false, ImportContext.Progress.SILENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return services.search().search("\"" + title + "\"", 0, 10).talks().get(0).id();
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private List<String> tree() {
        List<String> paths = new ArrayList<>();
        collect(sidebar.topics(), paths);
        return paths;
    }

    private static void collect(List<TopicNode> nodes, List<String> into) {
        for (TopicNode n : nodes) {
            into.add(n.path());
            collect(n.children(), into);
        }
    }

    @Test
    void renameFromTheMenuRenamesTheSubtreeAndRefreshes() {
        sidebar.renameTopic("py", "python");

        assertEquals(List.of("Renamed topic py to python on 1 talk"), messages);
        assertEquals(1, refreshes.get());
        assertTrue(tree().contains("python/typing"), tree()::toString);
        assertFalse(tree().contains("py"), tree()::toString);
    }

    @Test
    void mergeMoveAndDeleteFromTheMenu() {
        sidebar.mergeTopic("django", "python/django");
        assertEquals(List.of("python/django"), services.library().talk(views).orElseThrow().tags());

        sidebar.moveTopic("py", "python");
        assertEquals(List.of("python/py/typing"), services.library().talk(typing).orElseThrow().tags());

        sidebar.deleteTopic("python/py");
        assertEquals(List.of(), services.library().talk(typing).orElseThrow().tags());
        assertEquals(3, refreshes.get());
        assertEquals(List.of(), errors);
    }

    @Test
    void undoAfterAMenuEditTakesItBack() {
        sidebar.renameTopic("py", "python");

        assertEquals("rename topic py to python", services.library().undo().orElseThrow());
        assertEquals(List.of("py/typing"), services.library().talk(typing).orElseThrow().tags());
    }

    @Test
    void mergeAndMoveOfferEveryTopicButTheOneAndItsSubtree() {
        assertEquals(List.of("django", "python", "python/django"), sidebar.otherTopics("py"));
        assertFalse(sidebar.otherTopics("python").contains("python/django"));
    }

    @Test
    void aFailedEditIsReportedAndChangesNothing() {
        sidebar.renameTopic("py", "py/inner");

        assertEquals(1, errors.size(), errors::toString);
        assertEquals(0, refreshes.get());
        assertEquals(List.of("py/typing"), services.library().talk(typing).orElseThrow().tags());
    }

    @Test
    void formatsAreShownAfterTheTopics() {
        add("Opening keynote", "format/keynote", "web");
        sidebar.load("");

        assertEquals("format", sidebar.topics().get(sidebar.topics().size() - 1).path());
    }
}
