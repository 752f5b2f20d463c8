package dev.talkshelf.service;

import dev.talkshelf.app.Library;
import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.ImportJournal;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.formats.TalkReader;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Programs the import tests run in a JVM of their own, as another TalkShelf would: {@code slow-import LIBRARY CHUNKS
 * PAUSE_MS} imports a long stream of talks (the first one a duplicate of talk 1), a chunk of 100 every PAUSE_MS, for a
 * test to kill; {@code edit LIBRARY STOPFILE} rates talk 1 every 200 ms until STOPFILE exists, printing
 * "edit START_MS WAIT_MS" per edit (exit 1 on the first failure).
 */
public final class ChildProcesses {
    static final String VIDEO = "https://www.youtube.com/watch?v=aaaaaaaaaaa";
    static final String VIDEO_KEY = "youtube:aaaaaaaaaaa";

    private ChildProcesses() {
    }

    public static void main(String[] args) throws Exception {
        Path library = Path.of(args[1]);
        switch (args[0]) {
            case "slow-import" -> slowImport(library, Integer.parseInt(args[2]), Long.parseLong(args[3]));
            case "edit" -> edit(library, Path.of(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Starts this class in a new JVM with the test's class path. */
    static Process start(Path workDir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-Duser.home=" + workDir, "-cp", System.getProperty("java.class.path"), ChildProcesses.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Starts the real command line ({@code talkshelf --library LIBRARY ARGS...}) in a new JVM. */
    static Process startCli(Path workDir, Path library, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx256m", "-Duser.home=" + workDir, "-cp", System.getProperty("java.class.path"), "dev.talkshelf.app.Main",
                "--library", library.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void slowImport(Path library, int chunks, long pauseMs) {
        Clock clock = Clock.systemUTC();
        Database db = Database.open(library, clock);
        TalkStore talks = new TalkStore(db, clock);
        TalkReader slow = new TalkReader() {
            @Override
            public String formatName() {
                return "slow";
            }

            @Override
            public ImportBatch read(Path source, ImportContext context) {
                throw new UnsupportedOperationException("read in chunks");
            }

            @Override
            public List<PlaylistDraft> read(Path source, ImportContext context, Consumer<List<ImportedTalk>> handOver) {
                for (int c = 0; c < chunks; c++) {
                    List<ImportedTalk> chunk = new ArrayList<>();
                    if (c == 0) {
                        chunk.add(new ImportedTalk(Talk.titled("Fearless Concurrency (RustConf)").withMedia(VIDEO)
                                .withDuration(Duration.ofMinutes(30)).withSpeakers(List.of("Ann Lee"))
                                .withEvent("RustConf 2024").withTags(List.of("rust/async")), VIDEO_KEY, true, List.of(), List.of()));
                    }
                    for (int i = chunk.size(); i < 100; i++) {
                        chunk.add(ImportedTalk.of(Talk.titled("Streamed talk %d-%d".formatted(c, i)).withSpeakers(List.of("Speaker " + i))));
                    }
                    handOver.accept(chunk);
                    try {
                        Thread.sleep(pauseMs);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return List.of();
            }
        };
        ImportService imports = new ImportService(db, talks, new NoteStore(db, clock), new HistoryStore(db),
                new PlaylistStore(db, clock), new ImportJournal(db, clock), new EditHistory(), (source, format) -> slow,
                t -> List.of());
        System.out.println("importing");
        imports.importPaths(List.of(library), null, false, ImportContext.Progress.SILENT);
        System.out.println("done");
        db.close();
    }

    private static void edit(Path library, Path stop) throws Exception {
        try (Services services = Library.open(library, Clock.systemUTC())) {
            System.out.println("editing");
            for (int i = 0; !Files.exists(stop); i++) {
                long start = System.currentTimeMillis();
                long t0 = System.nanoTime();
                try {
                    services.library().setRating(TalkId.of(1), 1 + i % 5);
                } catch (RuntimeException e) {
                    System.out.println("failed " + e.getMessage());
                    System.exit(1);
                }
                System.out.println("edit " + start + " " + (System.nanoTime() - t0) / 1_000_000);
                Thread.sleep(200);
            }
        }
    }
}
