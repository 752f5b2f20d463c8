package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ChildJvm;
import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.LibraryWriterChild;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TalkShelf command lines, run as separate processes at the same time on one library: every edit is kept. */
class ConcurrentCommandsTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void twentyMarkAndTwentyTagCommandsRunAtOnceAllKeepTheirEdits() throws Exception {
        Path library = dir.resolve("library.db");
        List<TalkId> ids = new ArrayList<>();
        try (Database db = Database.open(library, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            for (int i = 0; i < 20; i++) {
                ids.add(talks.insert(Talk.titled("Talk " + i), null));
            }
        }
        List<Process> running = new ArrayList<>();
        List<String> commands = new ArrayList<>();
        for (TalkId id : ids) {
            commands.add("mark " + id.value() + " watched");
            commands.add("tag " + id.value() + " +concurrency");
        }
        long start = System.nanoTime();
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of("--library", library.toString()));
            args.addAll(List.of(command.split(" ")));
            running.add(cli(args));
        }
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < running.size(); i++) {
            Process p = running.get(i);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "command finished: " + commands.get(i));
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                failures.add(commands.get(i) + " -> " + p.exitValue() + " " + err.strip());
            }
        }
        System.out.printf("40 mark/tag command processes at once: all done in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertEquals(List.of(), failures);
        try (Database db = Database.open(library, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            for (Talk t : talks.get(ids)) {
                assertEquals(WatchStatus.WATCHED, t.watch().status(), t.title() + " kept its mark");
                assertEquals(List.of("concurrency"), t.tags(), t.title() + " kept its topic");
            }
        }
    }

    @Test
    void aCommandWaitingForAnotherTalkShelfSaysSoOnceAndSucceeds() throws Exception {
        Path library = dir.resolve("library.db");
        TalkId id;
        try (Database db = Database.open(library, CLOCK)) {
            id = new TalkStore(db, CLOCK).insert(Talk.titled("Waited for"), null);
        }
        // Held until the command says it waits (a fixed hold raced a slow JVM start on a loaded machine), then let go.
        Process holder = ChildJvm.start(LibraryWriterChild.class, Map.of(), "holdUntilTold", library.toString(), "60000");
        assertEquals("holding", new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine());
        Process mark = cli(List.of("--library", library.toString(), "mark", String.valueOf(id.value()), "skipped"));
        BufferedReader errLines = new BufferedReader(new InputStreamReader(mark.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder errText = new StringBuilder();
        for (String line; (line = errLines.readLine()) != null; ) {
            errText.append(line).append('\n');
            if (line.startsWith("talkshelf: waiting for another TalkShelf")) {
                holder.getOutputStream().write('\n');
                holder.getOutputStream().flush();
            }
        }
        assertTrue(mark.waitFor(120, TimeUnit.SECONDS));
        String err = errText.toString();
        assertEquals(0, mark.exitValue(), err);
        assertEquals(1, err.lines().filter(l -> l.equals("talkshelf: waiting for another TalkShelf to finish ...")).count(), err);
        assertEquals(0, holder.waitFor());
        try (Database db = Database.open(library, CLOCK)) {
            assertEquals(WatchStatus.SKIPPED, new TalkStore(db, CLOCK).get(id).orElseThrow().watch().status());
        }
    }

    private Process cli(List<String> args) throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        return ChildJvm.builder(Main.class, Map.of("XDG_DATA_HOME", data.toString()), args.toArray(String[]::new))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
