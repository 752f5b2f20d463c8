package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.ChildJvm;
import dev.talkshelf.catalog.LibraryWriterChild;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.Services;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window's status bar hears while an edit waits for another TalkShelf process. */
class WaitRelayTest {
    @TempDir
    Path dir;

    @Test
    void anEditBehindAnotherProcessTurnsTheWaitingStateOnAndOffOnce() throws Exception {
        Path file = dir.resolve("library.db");
        WaitRelay relay = new WaitRelay();
        List<Boolean> busy = new CopyOnWriteArrayList<>();
        try (Services s = Library.open(file, Clock.systemUTC(), relay)) {
            s.imports().importPaths(List.of(CrashChild.pyVideoFolder(dir.resolve("talks"), "w", 3)), null, false,
                    dev.talkshelf.formats.ImportContext.Progress.SILENT);
            relay.forwardTo(busy::add);
            Process holder = ChildJvm.start(LibraryWriterChild.class, Map.of(), "hold", file.toString(), "2500");
            assertEquals("holding", new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine());
            s.watch().mark(List.of(TalkId.of(1)), WatchStatus.WATCHED);
            assertEquals(List.of(true, false), busy);
            assertEquals(WatchStatus.WATCHED, s.library().talk(TalkId.of(1)).orElseThrow().watch().status());
            assertEquals(0, holder.waitFor());
        }
    }
}
