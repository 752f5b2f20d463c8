package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import is stored in short transactions, yet all or nothing as the user sees it: a bad last file, a cancel or a
 * dry run leaves the library's content exactly as it was (added talks gone, merges and playlists taken back), and
 * undo takes a finished import back as a delta, keeping what the user changed since.
 */
class ImportAllOrNothingTest {
    private static final TalkId FEARLESS = TalkId.of(1);
    private static final String VIDEO = "https://www.youtube.com/watch?v=aaaaaaaaaaa";

    @TempDir
    Path dir;
    Path lib;
    Services services;
    Path incoming;
    Path tree;

    @BeforeEach
    void open() throws IOException {
        lib = dir.resolve("lib.db");
        services = Library.open(lib, Clock.systemUTC());
        Path seed = libraryFile("seed.json", """
                {"id": 1, "title": "Fearless Concurrency", "media": "%s", "tags": ["rust"]},
                {"id": 2, "title": "Lightning Talks"},
                {"id": 3, "title": "Plain old talk", "speakers": ["Bo Li"], "duration": 600}""".formatted(VIDEO),
                "{\"name\": \"Favourites\", \"talks\": [3]}");
        importAll(seed);
        services.library().setRating(FEARLESS, 5);
        // The same video as talk 1, with much talk 1 lacks; a new talk; playlists extending and adding.
        incoming = libraryFile("incoming.json", """
                {"id": 10, "title": "Fearless Concurrency (RustConf)", "media": "%s", "duration": 1800,
                 "speakers": ["Ann Lee"], "event": "RustConf 2024", "description": "Threads without fear.",
                 "tags": ["rust/async"], "links": ["https://slides.example/fc"], "status": "watched",
                 "notes": [{"text": "watch again"}],
                 "history": [{"started": "2025-01-01T10:00:00Z", "from": 0, "to": 600}]},
                {"id": 11, "title": "Brand new talk", "speakers": ["Cy Zed"], "tags": ["golang"]}""".formatted(VIDEO),
                "{\"name\": \"Favourites\", \"talks\": [11, 10]}, {\"name\": \"From import\", \"talks\": [11]}");
        tree = dir.resolve("tree");
        for (int i = 0; i < 1200; i++) {
            Path videos = Files.createDirectories(tree.resolve("event-" + (i / 400)).resolve("videos"));
            Files.writeString(videos.resolve("talk-%05d.json".formatted(i)), """
                    {"title": "Generated talk %04d about zebras", "speakers": ["Speaker %d"], "duration": 1800,
                     "videos": [{"type": "youtube", "url": "https://www.youtube.com/watch?v=vid%08d"}]}
                    """.formatted(i, i, i));
        }
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private Path libraryFile(String name, String talks, String playlists) throws IOException {
        return Files.writeString(dir.resolve(name), "{\"format\": \"talkshelf-library\", \"version\": 1, \"talks\": [" + talks
                + "], \"playlists\": [" + playlists + "]}");
    }

    private ImportSummary importAll(Path... sources) {
        return services.imports().importPaths(List.of(sources), null, false, ImportContext.Progress.SILENT);
    }

    private long matches(String query) {
        return services.search().search(query, 0, 10).total();
    }

    private Talk fearless() {
        return services.library().talk(FEARLESS).orElseThrow();
    }

    @Test
    void failureAtTheLastFileLeavesTheLibraryContentAsItWas() throws IOException {
        Files.writeString(tree.resolve("event-2/videos/talk-99999.json"), "{\n  \"title\": \"Broken\",\n  \"duration\": ,\n}");
        String before = LibraryContent.of(lib);

        assertThrows(UserInputException.class, () -> importAll(incoming, tree));

        assertEquals(before, LibraryContent.of(lib), "talks, names, topics, notes, history and playlists as before");
        assertEquals(3, services.library().count());
        assertNull(fearless().duration(), "the merge into talk 1 was taken back");
        assertEquals(0, matches("zebras"), "nor left in the search index");
        assertEquals(0, matches("brand"));
        assertEquals(1, matches("fearless"));
        assertEquals(0, LibraryContent.runs(lib, "running"));
        assertEquals(1, LibraryContent.runs(lib, "reverted"));
    }

    @Test
    void cancelHalfWayLeavesTheLibraryContentAsItWas() {
        String before = LibraryContent.of(lib);
        AtomicInteger asked = new AtomicInteger();

        assertThrows(ImportCancelledException.class, () -> services.imports().importPaths(List.of(incoming, tree), null, false,
                ImportContext.Progress.SILENT, () -> asked.incrementAndGet() > 900));

        assertEquals(before, LibraryContent.of(lib));
        assertEquals(0, matches("zebras"));
    }

    @Test
    void dryRunReportsTheMergeAndLeavesNothingBehind() {
        String before = LibraryContent.of(lib);

        ImportSummary summary = services.imports().importPaths(List.of(incoming, tree), null, true, ImportContext.Progress.SILENT);

        assertEquals(1201, summary.added());
        assertEquals(1, summary.merged());
        assertEquals(before, LibraryContent.of(lib));
        assertEquals(0, matches("zebras"));
        assertEquals(0, LibraryContent.runs(lib, "running"));
        assertEquals(1, LibraryContent.runs(lib, "done"), "only the seed's import counts");
    }

    @Test
    void undoTakesTheImportBackWholly() {
        importAll(incoming, tree);
        assertEquals(1204, services.library().count());
        assertEquals(Duration.ofMinutes(30), fearless().duration());

        assertTrue(services.library().undo().orElseThrow().startsWith("import of 1201 talks and 1 merge"));

        assertEquals(3, services.library().count());
        assertEquals(0, matches("zebras"));
        Talk t = fearless();
        assertNull(t.duration());
        assertEquals(List.of(), t.speakers());
        assertEquals(List.of(), t.links());
        assertNull(t.description());
        assertNull(t.event());
        assertEquals(List.of("rust"), t.tags());
        assertEquals(WatchStatus.UNWATCHED, t.status());
        assertEquals(VIDEO, t.media());
        assertEquals(5, t.rating(), "the user's rating from before the import");
        assertEquals(List.of(), services.watch().history(FEARLESS));
        assertEquals(List.of(), services.library().details(FEARLESS).notes());
        assertEquals(List.of("Favourites"), services.playlists().list().stream().map(p -> p.playlist().name()).toList());
    }

    @Test
    void undoOfAnImportKeepsALaterEditOfTheMergedTalk() throws Exception {
        importAll(incoming);
        // Another program (the command line) edits the merged talk after the import, including a field the merge filled.
        try (Services other = Library.open(lib, Clock.systemUTC())) {
            other.library().changeTopics(List.of(FEARLESS), List.of("mine"), List.of());
            other.library().addNote(FEARLESS, null, "my own note");
            Talk seen = other.library().talk(FEARLESS).orElseThrow();
            other.library().update(seen, seen.withEvent("My own event"));
        }

        assertTrue(services.library().undo().orElseThrow().startsWith("import of 1 talk and 1 merge"));

        Talk t = fearless();
        assertEquals(List.of("rust", "mine"), t.tags(), "the merge's topic went, the user's stayed");
        assertEquals("My own event", t.event(), "a field the merge filled and the user changed keeps the user's value");
        assertNull(t.duration());
        assertEquals(List.of(), t.speakers(), "the merge's speaker went");
        assertEquals(List.of("my own note"), services.library().details(FEARLESS).notes().stream().map(n -> n.text()).toList());
        assertEquals(1, matches("mine"), "the search index follows the delta");
        assertEquals(0, matches("threads"), "the merge's description is out of the index");
        assertEquals(3, services.library().count());
    }
}
