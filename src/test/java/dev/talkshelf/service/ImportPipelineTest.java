package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import reads on one thread while it stores on another, in one transaction: these hold that to "all or
 * nothing" when the trouble comes chunks into a large PyVideo tree (1,200 talk files, read 500 at a time).
 */
class ImportPipelineTest {
    private static final int TALKS = 1200;

    @TempDir
    Path dir;
    Services services;
    Path tree;

    @BeforeEach
    void open() throws IOException {
        services = Library.open(dir.resolve("lib.db"), Clock.systemUTC());
        add(Talk.titled("Already here").withSpeakers(List.of("Ann Lee")));
        tree = dir.resolve("tree");
        for (int i = 0; i < TALKS; i++) {
            writeTalk("event-" + (i / 400), i, "Talk number %04d about concurrency".formatted(i), "vid%08d".formatted(i));
        }
        for (int event = 0; event < 3; event++) {
            Files.writeString(tree.resolve("event-" + event).resolve("category.json"),
                    "{\"title\": \"PyCon Test 20%02d\"}".formatted(20 + event));
        }
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private void writeTalk(String event, int n, String title, String videoId) throws IOException {
        Path videos = Files.createDirectories(tree.resolve(event).resolve("videos"));
        Files.writeString(videos.resolve("talk-%05d.json".formatted(n)), """
                {
                    "title": "%s",
                    "speakers": ["Speaker %d"],
                    "description": "Threads, locks and the GIL.",
                    "recorded": "2023-04-22",
                    "duration": 1800,
                    "videos": [{"type": "youtube", "url": "https://www.youtube.com/watch?v=%s"}]
                }
                """.formatted(title, n, videoId));
    }

    private void add(Talk talk) {
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(talk))), false);
    }

    private long matches(String query) {
        return services.search().search(query, 0, 10).total();
    }

    @Test
    void wholeTreeIsStoredAndSearchable() {
        ImportSummary summary = services.imports().importPaths(List.of(tree), null, false, ImportContext.Progress.SILENT);

        assertEquals(TALKS, summary.added());
        assertEquals(TALKS + 1, services.library().count());
        assertEquals(TALKS, matches("concurrency"));
        assertEquals(1, matches("\"number 1199\""), "the last chunk's talks are in the search index too");
        assertEquals(400, matches("event:\"pycon test 2022\""));
    }

    @Test
    void theReadingReportsFromItsOwnLowPriorityThread() {
        Map<String, Integer> heardOn = new ConcurrentHashMap<>();
        services.imports().importPaths(List.of(tree), null, false,
                (done, total) -> heardOn.put(Thread.currentThread().getName(), Thread.currentThread().getPriority()));

        Map<String, Integer> reading = new HashMap<>(heardOn);
        reading.keySet().removeIf(name -> !name.startsWith("talkshelf-import-reading-"));
        assertFalse(reading.isEmpty(), "the reading reports its progress on its own thread: " + heardOn);
        assertEquals(Set.of(Thread.MIN_PRIORITY), Set.copyOf(reading.values()), heardOn.toString());
    }

    @Test
    void theFilesAreParsedOnTheReadingsOwnThreadsAndNoOthers() {
        // A pool the reader made for itself would show here as a generic worker at the reading's low priority. Threads
        // at that priority from before the import (an earlier test's HTTP client, made on an import's reading thread,
        // lives until it is collected) are not the reader's.
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        Set<String> otherLowThreads = ConcurrentHashMap.newKeySet();
        services.imports().importPaths(List.of(tree), null, false, (done, total) -> Thread.getAllStackTraces().keySet()
                .stream()
                .filter(t -> t.getPriority() == Thread.MIN_PRIORITY && !t.getName().startsWith("talkshelf-import-"))
                .filter(t -> !before.contains(t))
                .forEach(t -> otherLowThreads.add(t.getName())));

        assertEquals(Set.of(), otherLowThreads);
    }

    @Test
    void brokenFileInALaterChunkLeavesTheLibraryAsItWas() throws IOException {
        // Sorted after 1,000 good files: the first two chunks are stored before the reader meets it.
        Files.writeString(tree.resolve("event-2/videos/talk-99999.json"), "{\n  \"title\": \"Broken\",\n  \"duration\": ,\n}");

        UserInputException e = assertThrows(UserInputException.class,
                () -> services.imports().importPaths(List.of(tree), null, false, ImportContext.Progress.SILENT));

        assertTrue(e.getMessage().startsWith(tree.resolve("event-2/videos/talk-99999.json") + " line 3"), e.getMessage());
        assertEquals(1, services.library().count(), "nothing half-imported");
        assertEquals(0, matches("concurrency"), "nor half-indexed");
    }

    @Test
    void talkRepeatedChunksLaterMergesIntoTheFirst() throws IOException {
        writeTalk("event-2", 1300, "Talk number 0003 about concurrency", "vid00000003"); // the video of talk 3

        ImportSummary summary = services.imports().importPaths(List.of(tree), null, false, ImportContext.Progress.SILENT);

        assertEquals(TALKS, summary.added());
        assertEquals(1, summary.merged() + summary.skipped());
        assertEquals(1, matches("\"number 0003\""));
    }

    @Test
    void cancellingMidwayRollsBackAndStopsTheReadingThread() throws InterruptedException {
        AtomicInteger asked = new AtomicInteger();

        assertThrows(ImportCancelledException.class, () -> services.imports().importPaths(List.of(tree), null, false,
                ImportContext.Progress.SILENT, () -> asked.incrementAndGet() > 700));

        assertEquals(1, services.library().count());
        assertEquals(0, matches("concurrency"));
        Thread.sleep(200);
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("talkshelf-import-reading") && t.isAlive()), "the reader stopped");
    }

    @Test
    void dryRunOfATreeChangesNothing() {
        ImportSummary summary = services.imports().importPaths(List.of(tree), null, true, ImportContext.Progress.SILENT);

        assertEquals(TALKS, summary.added());
        assertEquals(TALKS, summary.preview().size());
        assertEquals("Talk number 0000 about concurrency", summary.preview().get(0).title(), "in input order");
        assertEquals(1, services.library().count());
        assertEquals(0, matches("concurrency"));
    }

    @Test
    void titleListAsksForKnownSpeakersWhileTheImportHoldsTheLibrary() throws IOException {
        add(Talk.titled("Earlier talk").withSpeakers(List.of("Hynek Schlawack")));
        Path list = dir.resolve("titles.txt");
        Files.writeString(list, "Hynek Schlawack: Design Pressure\n");

        // The reading thread cannot ask the library (the storing thread holds it): a deadlock would hang here.
        ImportSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> services.imports().importPaths(List.of(list), null, false, ImportContext.Progress.SILENT));

        assertEquals(1, summary.added());
        Talk added = services.search().search("title:pressure", 0, 10).talks().get(0);
        assertEquals("Design Pressure", added.title());
        assertEquals(List.of("Hynek Schlawack"), added.speakers(), "the library's speaker was recognised");
    }
}
