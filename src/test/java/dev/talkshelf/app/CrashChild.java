package dev.talkshelf.app;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.OlderSchema;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The process {@link CrashSafetyTest} kills: over and over, a large PyVideo import, playlist moves, watch sessions
 * and the migration of an older library, each reported on stdout once it has committed ("... done"), and announced
 * before it starts where the check needs it.
 */
public final class CrashChild {
    static final String PLAYLIST = "crash";
    static final int TALKS_PER_IMPORT = 150;

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        exitWhenTheParentIsGone();
        Path work = Path.of(args[0]);
        String run = args[1];
        Random random = new Random(Long.parseLong(args[2]));
        try (Services s = Library.open(work.resolve("library.db"), Clock.systemUTC())) {
            say("ready");
            for (int cycle = 0; ; cycle++) {
                String tag = run + "x" + cycle;
                Path source = pyVideoFolder(work.resolve("import-" + tag), tag, TALKS_PER_IMPORT);
                say("import-start " + tag + " " + TALKS_PER_IMPORT);
                s.imports().importPaths(List.of(source), null, false, ImportContext.Progress.SILENT);
                say("import-done " + tag + " " + TALKS_PER_IMPORT);

                List<TalkId> members = s.playlists().show(PLAYLIST).talks().stream().map(Talk::id).toList();
                for (int i = 0; i < 10; i++) {
                    TalkId id = members.get(random.nextInt(members.size()));
                    s.playlists().move(PLAYLIST, id, 1 + random.nextInt(members.size()));
                    say("move-done " + id.value());
                }
                for (int i = 0; i < 10; i++) {
                    TalkId id = members.get(random.nextInt(members.size()));
                    Instant started = Instant.ofEpochMilli(1_700_000_000_000L + random.nextInt(1_000_000_000));
                    s.watch().progress(id, Duration.ofSeconds(random.nextInt(600)));
                    s.watch().recordSession(id, started, Duration.ZERO, Duration.ofSeconds(30 + random.nextInt(600)), Duration.ofMinutes(30), false);
                    say("session-done " + id.value() + " " + started.toEpochMilli());
                }
                if (cycle % 2 == 0) {
                    Path old = work.resolve("old-" + tag + ".db");
                    OlderSchema.write(old, 3, 400);
                    say("migrate-start " + old.getFileName());
                    Database.open(old, Clock.systemUTC()).close();
                    say("migrate-done " + old.getFileName());
                }
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /** An event folder as PyVideo's data repository holds it: category.json and videos/*.json. */
    static Path pyVideoFolder(Path root, String tag, int talks) throws IOException {
        Path event = root.resolve("crashconf-" + tag);
        Path videos = event.resolve("videos");
        Files.createDirectories(videos);
        Files.writeString(event.resolve("category.json"), "{\"title\": \"CrashConf " + tag + "\"}");
        for (int i = 0; i < talks; i++) {
            Files.writeString(videos.resolve("talk-" + i + ".json"), """
                    {
                      "title": "Crash %s talk %d about pipelines",
                      "description": "How we kept every edit while the power went out, part %d.",
                      "duration": %d,
                      "recorded": "2023-07-%02d",
                      "speakers": ["Speaker %s %d"],
                      "tags": ["reliability"],
                      "videos": [{"type": "youtube", "url": "https://www.youtube.com/watch?v=%s%d"}]
                    }
                    """.formatted(tag, i, i, 600 + i, 1 + i % 28, tag, i, tag, i));
        }
        return root;
    }

    /**
     * The child loops until its parent kills it; should the parent (the test JVM) die first, its end of our stdin
     * pipe closes, and the child stops instead of running on as an orphan.
     */
    private static void exitWhenTheParentIsGone() {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; we only wait for the end of the stream
                }
            } catch (IOException e) {
                // a broken pipe means the same
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watch");
        watch.setDaemon(true);
        watch.start();
    }
}
