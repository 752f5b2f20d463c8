package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Cue;
import dev.talkshelf.model.TalkId;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 15: a library with transcripts kept before it finds them by what was said, from said_fts. */
class SaidIndexMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A library as step 13 left it: two talks, one with a transcript in `transcript` and its cues in cue_fts. */
    private Path libraryOfStep13() throws Exception {
        Path file = dir.resolve("old.db");
        List<Cue> cues = List.of(
                new Cue(Duration.ZERO, Duration.ofSeconds(2), "the Global Interpreter lock is released"),
                new Cue(Duration.ofSeconds(2), Duration.ofSeconds(4), "when Łukasz blocks"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("BEGIN");
            for (Migration step : Schema.STEPS.subList(0, 13)) {
                for (String sql : step.statements()) {
                    s.execute(sql);
                }
            }
            s.execute("INSERT INTO talk(id, title, sort_title, title_key, added) VALUES (1, 'Spoken', 'spoken', 'spoken', 0)");
            s.execute("INSERT INTO talk(id, title, sort_title, title_key, added) VALUES (2, 'Silent', 'silent', 'silent', 0)");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO transcript(talk_id, language, source, added, cue_count, cues) VALUES (1, 'en', 'a.vtt', 0, ?, ?)")) {
                ps.setInt(1, cues.size());
                ps.setBytes(2, CuePackingPropertiesTest.deflatedAsBefore(cues)); // as steps 11 to 17 packed them
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cue_fts(rowid, text) VALUES (?, ?)")) {
                for (int place = 0; place < cues.size(); place++) {
                    ps.setLong(1, CueIds.of(new TalkId(1), place));
                    ps.setString(2, TextFold.fold(cues.get(place).text()));
                    ps.executeUpdate();
                }
            }
            s.execute("PRAGMA user_version = 13");
            s.execute("COMMIT");
        }
        return file;
    }

    private static List<Long> talksSaying(Database db, String expression) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM said_fts WHERE said_fts MATCH ? ORDER BY rowid")) {
                ps.setString(1, expression);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }

    private static boolean tableExists(Database db, String name) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_schema WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    @Test
    void transcriptsKeptBeforeAreFoundByWhatWasSaid() throws Exception {
        Path file = libraryOfStep13();

        try (Database db = Database.open(file, CLOCK)) {
            assertEquals(List.of(1L), talksSaying(db, "interpreter"));
            assertEquals(List.of(1L), talksSaying(db, "\"global interpreter lock\""));
            assertEquals(List.of(1L), talksSaying(db, "lukasz"), "folded as new transcripts are");
            assertEquals(List.of(), talksSaying(db, "\"released when\""), "a phrase stays within a cue");
            assertEquals(List.of(), talksSaying(db, "silent"));
            assertTrue(!tableExists(db, "cue_fts"), "the index of every cue is gone");
        }
    }

    @Test
    void step18RepacksTheDeflatedCuesToTheSameCues() throws Exception {
        Path file = libraryOfStep13();

        try (Database db = Database.open(file, CLOCK)) {
            byte[] packed = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT cues FROM transcript WHERE talk_id = 1");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getBytes(1);
                }
            });
            assertEquals(1, packed[0], "packed with LZ4 now");
            assertEquals("when Łukasz blocks", new TranscriptStore(db, CLOCK).get(new TalkId(1)).orElseThrow()
                    .transcript().cues().get(1).text());
        }
    }

    private static long pragma(Path file, String pragma) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.getLong(1);
        }
    }

    /** A library of step 13 whose cue index is large (as ~10 MB of cues would make it): its upgrade frees most of it. */
    private Path largeLibraryOfStep13() throws Exception {
        Path file = libraryOfStep13();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("INSERT INTO cue_fts(rowid, text) VALUES (?, ?)")) {
            c.setAutoCommit(false);
            // A large index of cues (as ~10 MB of them would be): dropping it frees most of the file. 30,000 since step
            // 28: each step adds empty tables whose first pages the file keeps (20,000 left exactly a quarter).
            for (int place = 0; place < 30_000; place++) {
                ps.setLong(1, CueIds.of(new TalkId(1), 100 + place));
                ps.setString(2, "cue number " + place + " says something about interpreters and word" + place);
                ps.executeUpdate();
            }
            c.commit();
        }
        return file;
    }

    @Test
    void theRoomOfTheDroppedCueIndexIsGivenBackAndNothingElse() throws Exception {
        Path file = largeLibraryOfStep13();
        long pagesBefore = pragma(file, "page_count");

        try (Database db = Database.open(file, CLOCK)) {
            assertEquals(List.of(1L), talksSaying(db, "\"global interpreter lock\""), "the library is whole");
        }

        assertEquals(0, pragma(file, "freelist_count"), "no free pages left in the file");
        long pagesAfter = pragma(file, "page_count");
        assertTrue(pagesAfter * 4 < pagesBefore, pagesBefore + " pages before, " + pagesAfter + " after");
        assertEquals(Schema.latestVersion(), pragma(file, "user_version"));
    }

    @Test
    void killedWhileUpgradingOrRebuildingTheLibraryLosesNothing() throws Exception {
        Path original = largeLibraryOfStep13();
        StringBuilder states = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + original);
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO talk(title, sort_title, title_key, added) VALUES (?, ?, ?, 0)")) {
            // Talks to copy, so the rebuild takes long enough for some kills to fall in it.
            c.setAutoCommit(false);
            for (int i = 0; i < 30_000; i++) {
                String title = "Filler talk number " + i + " about nothing in particular";
                ps.setString(1, title);
                ps.setString(2, title.toLowerCase());
                ps.setString(3, title.toLowerCase() + " " + i);
                ps.executeUpdate();
            }
            c.commit();
        }
        for (long delay = 0; delay <= 3000; delay += 300) {
            Path file = dir.resolve("killed-" + delay + ".db");
            Files.copy(original, file);
            Process child = dev.talkshelf.ChildJvm.start(UpgradeChild.class, Map.of(), file.toString());
            try (var out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
                assertEquals("opening", out.readLine());
                Thread.sleep(delay);
                child.destroyForcibly().waitFor();
            }
            states.append(delay).append(" ms: version ").append(pragma(file, "user_version")).append(", free pages ")
                    .append(pragma(file, "freelist_count")).append("; ");
            try (Database db = Database.open(file, CLOCK)) {
                assertEquals(List.of(1L), talksSaying(db, "\"global interpreter lock\""), "killed after " + delay + " ms");
                assertEquals(30_002L, (long) db.read(c -> {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM talk")) {
                        return rs.getLong(1);
                    }
                }), "killed after " + delay + " ms");
            }
            assertEquals("ok", integrity(file), "killed after " + delay + " ms");
        }
        // Not asserted (it depends on the machine's speed): where each kill left the file. One killed between the
        // upgrade's commit and the rebuild's is whole and upgraded, only not shrunk.
        System.out.println("killed upgrades: " + states);
    }

    private static String integrity(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            return rs.getString(1);
        }
    }

    @Test
    void aMigratedTalkDeletedLeavesTheIndex() throws Exception {
        Path file = libraryOfStep13();

        try (Database db = Database.open(file, CLOCK)) {
            new TalkStore(db, CLOCK).delete(new TalkId(1));

            assertEquals(List.of(), talksSaying(db, "interpreter"));
        }
    }
}
