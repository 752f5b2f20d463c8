package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.talkshelf.ChildJvm;
import dev.talkshelf.catalog.OlderSchema;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TalkShelf process killed with SIGKILL at random moments — inside a large import, a playlist move, a watch
 * session, a migration — many times over; after every kill the library is sound, opens, holds every edit the
 * process reported as committed, and shows each import and each migration all done or not begun.
 */
class CrashSafetyTest {
    private static final long TEST_SECONDS = 60;
    private static final int MIN_KILLS = 10;
    private static final int MAX_KILLS = 60;

    @TempDir
    Path work;

    private final Map<String, Integer> importsStarted = new HashMap<>();
    private final Set<String> importsDone = new HashSet<>();
    private final List<long[]> sessions = new ArrayList<>();
    private final Set<String> migrationsStarted = new HashSet<>();
    private final Set<String> migrationsDone = new HashSet<>();
    private Set<Long> playlistMembers;
    private int operations;
    private int checks;

    @Test
    void aProcessKilledAtRandomMomentsNeverLeavesAHalfDoneOrLostEdit() throws Exception {
        Path library = work.resolve("library.db");
        try (Services s = Library.open(library, Clock.systemUTC())) {
            s.imports().importPaths(List.of(CrashChild.pyVideoFolder(work.resolve("seed"), "seed", 30)), null, false,
                    ImportContext.Progress.SILENT);
            s.playlists().create(CrashChild.PLAYLIST);
            List<TalkId> first = new ArrayList<>();
            for (long id = 1; id <= 20; id++) {
                first.add(TalkId.of(id));
            }
            s.playlists().add(CrashChild.PLAYLIST, first);
        }
        playlistMembers = new HashSet<>(column(library, "SELECT talk_id FROM playlist_item"));
        assertEquals(20, playlistMembers.size());

        long seed = System.nanoTime();
        Random random = new Random(seed);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TEST_SECONDS);
        int kills = 0;
        List<Long> killedAfter = new ArrayList<>();
        while ((System.nanoTime() < deadline || kills < MIN_KILLS) && kills < MAX_KILLS) {
            Path errors = work.resolve("child-" + kills + ".err");
            Process child = ChildJvm.builder(CrashChild.class, Map.of(), work.toString(), "r" + kills, String.valueOf(random.nextLong()))
                    .redirectError(errors.toFile()).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            if (!"ready".equals(first)) {
                child.waitFor(30, TimeUnit.SECONDS);
                fail("the child did not start: " + first + "\n" + Files.readString(errors));
            }
            long wait = random.nextInt(1500);
            Thread.sleep(wait);
            if (!child.isAlive()) {
                fail("the child stopped by itself (exit " + child.exitValue() + "):\n" + Files.readString(errors));
            }
            // SIGKILL on Linux: no shutdown hooks, no finally blocks. Through the handle, which leaves the pipe open to
            // read what the child reported before it died.
            child.toHandle().destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            kills++;
            killedAfter.add(wait);
            for (String line; (line = out.readLine()) != null; ) {
                record(line);
            }
            checkAfterKill(library);
        }
        System.out.printf("CrashSafetyTest (seed %d): %d kills (random 0-1.5 s after start), %d operations reported committed"
                        + " (%d imports of %d talks started, %d done; %d watch sessions; %d migrations started, %d done), %d checks passed%n",
                seed, kills, operations, importsStarted.size(), CrashChild.TALKS_PER_IMPORT, importsDone.size(), sessions.size(),
                migrationsStarted.size(), migrationsDone.size(), checks);
    }

    private void record(String line) {
        String[] w = line.split(" ");
        switch (w[0]) {
            case "import-start" -> importsStarted.put(w[1], Integer.parseInt(w[2]));
            case "import-done" -> {
                importsDone.add(w[1]);
                operations++;
            }
            case "move-done" -> operations++;
            case "session-done" -> {
                sessions.add(new long[] {Long.parseLong(w[1]), Long.parseLong(w[2])});
                operations++;
            }
            case "migrate-start" -> migrationsStarted.add(w[1]);
            case "migrate-done" -> {
                migrationsDone.add(w[1]);
                operations++;
            }
            default -> {
                // a line cut by the kill
            }
        }
    }

    private void checkAfterKill(Path library) throws Exception {
        assertEquals("ok", integrity(library), "integrity_check after the kill");
        checks++;
        try (Services s = Library.open(library, Clock.systemUTC())) {
            checks++; // it opens
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + library)) {
            for (var started : importsStarted.entrySet()) {
                long present = count(c, "SELECT count(*) FROM talk WHERE title LIKE ?", "Crash " + started.getKey() + " talk %");
                if (importsDone.contains(started.getKey())) {
                    assertEquals(started.getValue().longValue(), present, "a committed import is all there: " + started.getKey());
                } else {
                    assertTrue(present == 0 || present == started.getValue(),
                            "an interrupted import is all or nothing: " + started.getKey() + " has " + present);
                }
                checks++;
            }
            for (long[] session : sessions) {
                assertEquals(1, count(c, "SELECT count(*) FROM watch_session WHERE talk_id = ? AND started = ?", session[0], session[1]),
                        "a reported watch session is kept");
                checks++;
            }
            List<Long> ords = new ArrayList<>();
            Set<Long> members = new HashSet<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT talk_id, ord FROM playlist_item ORDER BY ord")) {
                while (rs.next()) {
                    members.add(rs.getLong(1));
                    ords.add(rs.getLong(2));
                }
            }
            assertEquals(playlistMembers, members, "the playlist keeps its talks");
            for (int i = 0; i < ords.size(); i++) {
                assertEquals(ords.get(0) + i, ords.get(i), "playlist positions are a permutation: " + ords);
            }
            checks++;
        }
        for (String name : migrationsStarted) {
            Path old = work.resolve(name);
            assertEquals("ok", integrity(old));
            int version = userVersion(old);
            if (migrationsDone.contains(name)) {
                assertEquals(OlderSchema.latest(), version, name + " migrated");
            } else {
                assertTrue(version == 3 || version == OlderSchema.latest(), name + " is at the old or the new version, not " + version);
            }
            assertEquals(400L, column(old, "SELECT count(*) FROM talk").get(0), name + " keeps its talks");
            checks++;
        }
    }

    private static String integrity(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static int userVersion(Path file) throws SQLException {
        return column(file, "PRAGMA user_version").get(0).intValue();
    }

    private static List<Long> column(Path file, String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
