package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a large import stores, edits get in: from another thread of the same TalkShelf, from another TalkShelf
 * process, and from the command line. Before imports were stored in short transactions, the thread waited for the
 * whole import and the other process failed "the library is busy" after 5 s. Waits are printed, not asserted.
 */
class ImportBesideEditsTest {
    // -Dtalkshelf.besideEdits.talks=100000 runs it at the size of a large library (see docs/reliability.md).
    private static final int TALKS = Integer.getInteger("talkshelf.besideEdits.talks", 30_000);

    @TempDir
    Path dir;
    Path lib;
    Services services;

    @BeforeEach
    void open() {
        lib = dir.resolve("lib.db");
        services = Library.open(lib, Clock.systemUTC());
        services.imports().apply(List.of(ImportBatch.ofTalks(List.of(Talk.titled("Talk to edit"), Talk.titled("Another")))), false);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private static ImportBatch generated() {
        List<ImportedTalk> talks = new ArrayList<>(TALKS);
        for (int i = 0; i < TALKS; i++) {
            talks.add(ImportedTalk.of(Talk.titled("Generated talk " + i).withSpeakers(List.of("Speaker " + i % 900))
                    .withEvent("Conf " + i % 40).withDuration(Duration.ofMinutes(20 + i % 30))
                    .withDescription("About generated things, number " + i)));
        }
        return new ImportBatch(talks, List.of());
    }

    @Test
    void editsFromAThreadAnotherProcessAndTheCommandLineGetInDuringALargeImport() throws Exception {
        ImportBatch batch = generated();
        Path stop = dir.resolve("stop");
        Process editor = ChildProcesses.start(dir, "edit", lib.toString(), stop.toString());
        Process cli = null;
        // The other process edits every 200 ms from its start until told to stop; the import starts once it edits.
        BufferedReader editorOut = editor.inputReader(StandardCharsets.UTF_8);
        for (String line = editorOut.readLine(); !"editing".equals(line); line = editorOut.readLine()) {
            assertTrue(line != null, "the editing process ended before it edited");
        }
        long importStart = System.currentTimeMillis();
        CompletableFuture<ImportSummary> importing = CompletableFuture.supplyAsync(() -> services.imports().apply(List.of(batch), false));
        List<Long> threadWaits = new ArrayList<>();
        try {
            cli = ChildProcesses.startCli(dir, lib, "mark", "2", "watched");
            while (!importing.isDone()) {
                long t0 = System.nanoTime();
                services.library().setRating(TalkId.of(1), 1 + threadWaits.size() % 5);
                threadWaits.add((System.nanoTime() - t0) / 1_000_000);
                Thread.sleep(100);
            }
            assertEquals(TALKS, importing.get().added());
        } finally {
            long importEnd = System.currentTimeMillis();
            Files.writeString(stop, "");
            assertTrue(editor.waitFor(60, TimeUnit.SECONDS));
            String out = String.join("\n", editorOut.lines().toList());
            assertEquals(0, editor.exitValue(), "the other process's edits never failed:\n" + out);
            List<long[]> edits = out.lines().filter(l -> l.startsWith("edit ")).map(l -> l.split(" "))
                    .map(p -> new long[] {Long.parseLong(p[1]), Long.parseLong(p[2])}).toList();
            List<Long> during = edits.stream().filter(e -> e[0] >= importStart && e[0] <= importEnd).map(e -> e[1]).toList();
            assertTrue(during.size() >= 3, "the other process edited during the import: " + out);
            assertTrue(cli != null && cli.waitFor(60, TimeUnit.SECONDS));
            String cliOut = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, cli.exitValue(), "talkshelf mark beside the import: " + cliOut);
            System.out.printf("ImportBesideEditsTest: import of %,d talks %d ms; this process's edits %d, longest wait %d ms;"
                            + " the other process's edits during it %d, longest wait %d ms; cli: %s%n",
                    TALKS, importEnd - importStart, threadWaits.size(), threadWaits.stream().mapToLong(Long::longValue).max().orElse(-1),
                    during.size(), during.stream().mapToLong(Long::longValue).max().orElse(-1), cliOut.lines().reduce((a, b) -> b).orElse(""));
        }
        assertTrue(threadWaits.size() >= 3, "this process edited during the import");
        assertEquals(dev.talkshelf.model.WatchStatus.WATCHED, services.library().talk(TalkId.of(2)).orElseThrow().status());
    }
}
