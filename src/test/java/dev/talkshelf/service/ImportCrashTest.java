package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TalkShelf killed (kill -9) in the middle of an import: the next open of the library takes the import back, and
 * an edit the user made meanwhile to a talk the import had merged into survives.
 */
class ImportCrashTest {
    private static final TalkId FEARLESS = TalkId.of(1);

    @TempDir
    Path dir;

    @Test
    void importKilledHalfWayIsTakenBackOnTheNextOpenKeepingTheUsersEdit() throws Exception {
        Path lib = dir.resolve("lib.db");
        try (Services seed = Library.open(lib, Clock.systemUTC())) {
            // Talk 1 is known by its video's key but has no media yet: the import's merge fills it in.
            seed.imports().apply(List.of(new ImportBatch(List.of(
                    new ImportedTalk(Talk.titled("Fearless Concurrency").withTags(List.of("rust")), ChildProcesses.VIDEO_KEY,
                            true, List.of(), List.of()),
                    ImportedTalk.of(Talk.titled("Plain old talk"))), List.of())), false);
        }
        String seeded = LibraryContent.of(lib);
        Process child = ChildProcesses.start(dir, "slow-import", lib.toString(), "1000", "40");
        try (Services user = Library.open(lib, Clock.systemUTC())) {
            await(() -> user.library().talk(FEARLESS).orElseThrow().duration() != null, child, "the merge into talk 1");
            // While the other TalkShelf imports, the user edits the merged talk, a field the merge filled included.
            long t0 = System.nanoTime();
            user.library().setRating(FEARLESS, 4);
            user.library().setMedia(FEARLESS, "/videos/my-own-copy.mp4");
            long editMs = (System.nanoTime() - t0) / 1_000_000;
            await(() -> user.library().count() > 1000, child, "a thousand talks stored");
            System.out.printf("ImportCrashTest: two edits beside the import took %d ms; killed after %d talks%n",
                    editMs, user.library().count());
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(LibraryContent.runs(lib, "running") == 1, "the killed import is still marked running");

        try (Services reopened = Library.open(lib, Clock.systemUTC())) {
            assertEquals(2, reopened.library().count());
            Talk t = reopened.library().talk(FEARLESS).orElseThrow();
            assertNull(t.duration(), "the merge's duration went");
            assertEquals(List.of(), t.speakers());
            assertEquals(List.of("rust"), t.tags(), "the merge's topic went");
            assertNull(t.event());
            assertEquals("/videos/my-own-copy.mp4", t.media(), "a field the merge filled and the user changed keeps the user's value");
            assertEquals(4, t.rating());
            assertEquals(0, reopened.search().search("streamed", 0, 10).total());
            assertEquals(0, reopened.search().search("ann", 0, 10).total());
        }
        assertEquals(0, LibraryContent.runs(lib, "running"));
        assertEquals(1, LibraryContent.runs(lib, "reverted"));
        String after = LibraryContent.of(lib);
        for (String brought : List.of("Streamed talk", "Ann Lee", "RustConf", "rust/async", "Speaker 7")) {
            assertTrue(seeded.contains("Fearless") && !after.contains(brought), brought + " is gone, names and topics included");
        }
    }

    @Test
    void runLeftHalfTakenBackByADeadProcessIsFinishedOnTheNextOpen() throws Exception {
        Path lib = dir.resolve("lib.db");
        try (Services services = Library.open(lib, Clock.systemUTC())) {
            services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Kept")))), false);
            services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Imported one"), Talk.titled("Imported two")))), false);
        }
        Process gone = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version").start();
        gone.waitFor();
        // As a process that died while taking the second import back would leave it: first talk already deleted.
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + lib); var s = c.createStatement()) {
            s.executeUpdate("PRAGMA foreign_keys = ON");
            s.executeUpdate("UPDATE import_run SET state = 'reverting', pid = " + gone.pid() + " WHERE id = 2");
            s.executeUpdate("DELETE FROM talk WHERE title = 'Imported one'");
            s.executeUpdate("DELETE FROM import_added WHERE talk_id = 2");
        }

        try (Services reopened = Library.open(lib, Clock.systemUTC())) {
            assertEquals(List.of("Kept"), reopened.search().search("", 0, 10).talks().stream().map(Talk::title).toList());
        }
        assertEquals(1, LibraryContent.runs(lib, "reverted"));
        assertEquals(1, LibraryContent.runs(lib, "done"));
    }

    /** Waits (up to a minute) for the child's import to reach a point; fails with its output if it ended first. */
    private static void await(BooleanSupplier reached, Process child, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!reached.getAsBoolean()) {
            if (!child.isAlive()) {
                String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                throw new AssertionError("the importing process ended before " + what + ":\n" + out);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
