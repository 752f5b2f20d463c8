package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void newLibraryIsCreatedAtTheLatestSchemaWithoutBackup() {
        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            assertTrue(db.lastBackup().isEmpty());
        }
        assertTrue(Files.exists(file));
    }

    @Test
    void migrationToStepFiveTellsLinksFromFiles() throws Exception {
        Path file = dir.resolve("v4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            upToStep(s, 4);
            s.execute("""
                    INSERT INTO talk(title, sort_title, title_key, added, media) VALUES
                        ('Link', 'link', 'link', 0, 'Http://example.org/a'), ('File', 'file', 'file', 0, '/v/b.mp4'),
                        ('None', 'none', 'none', 0, NULL)""");
        }
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals("Link=1 File=2 None=0",
                    db.read(c -> scalar(c, "SELECT group_concat(title || '=' || media_kind, ' ') FROM talk ORDER BY id")));
        }
    }

    @Test
    void migrationFromStepSixRebuildsTheSearchIndexAndItStillFindsPrefixesAndFoldedLetters() throws Exception {
        Path file = dir.resolve("v6.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            upToStep(s, 6);
            s.execute("INSERT INTO talk(title, sort_title, title_key, added) VALUES ('Pythonic Łódź', 'pythonic lodz', 'x', 0)");
            s.execute("INSERT INTO talk_fts(rowid, title) VALUES (last_insert_rowid(), 'pythonic lodz')");
        }
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals("1 1", db.read(c -> scalar(c, """
                    SELECT (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"python"*')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"lodz"')""")));
            String sql = db.read(c -> scalar(c, "SELECT sql FROM sqlite_master WHERE name = 'talk_fts'"));
            assertTrue(!sql.contains("prefix") && sql.contains("contentless_delete = 1"), sql);
        }
    }

    @Test
    void migrationFromStepElevenDropsThePrefixIndexesAndEveryTalkStaysFound() throws Exception {
        Path file = dir.resolve("v11.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            upToStep(s, 11);
            s.execute("INSERT INTO speaker(name, name_key) VALUES ('Łukasz Langa', 'lukasz langa')");
            s.execute("INSERT INTO talk(title, sort_title, title_key, description, added) VALUES ('Pythonic Łódź', 'pythonic lodz', 'x', 'No GIL at last', 0)");
            s.execute("INSERT INTO talk_speaker(talk_id, ord, speaker_id) VALUES (last_insert_rowid(), 0, 1)");
            s.execute("INSERT INTO talk(title, sort_title, title_key, added) VALUES ('Rust for pythonistas', 'rust for pythonistas', 'y', 0)");
            s.execute(FtsIndex.INSERT_ROWS);
            assertTrue(scalar(c, "SELECT sql FROM sqlite_master WHERE name = 'talk_fts'").contains("prefix = '2 3 4 5 6'"));
        }
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals("2 2 1 1 1 1 0", db.read(c -> scalar(c, """
                    SELECT (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"py"*')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"pytho"*')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"pythonic"*')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"lodz"')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'speakers: "l"*')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'description: "gil"')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"pythonics"*')""")));
            String sql = db.read(c -> scalar(c, "SELECT sql FROM sqlite_master WHERE name = 'talk_fts'"));
            assertTrue(!sql.contains("prefix") && sql.contains("contentless_delete = 1"), sql);
        }
    }

    @Test
    void migrationToStepEightKeepsSearchingButDropsTheIndexCopyOfTheText() throws Exception {
        Path file = dir.resolve("v7.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            upToStep(s, 7);
            s.execute("INSERT INTO speaker(name, name_key) VALUES ('Łukasz Langa', 'lukasz langa')");
            s.execute("INSERT INTO talk(title, sort_title, title_key, description, added) VALUES ('Free threading', 'free threading', 'x', 'No GIL at last', 0)");
            s.execute("INSERT INTO talk_speaker(talk_id, ord, speaker_id) VALUES (last_insert_rowid(), 0, 1)");
            s.execute(FtsIndex.INSERT_ROWS);
        }
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals("1 1 1", db.read(c -> scalar(c, """
                    SELECT (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH '"thread"*')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'lukasz')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'description:gil')""")));
            assertNull(db.read(c -> scalar(c, "SELECT title FROM talk_fts")), "contentless: no second copy");
            assertEquals("67108864", db.read(c -> scalar(c, "SELECT v FROM talk_fts_config WHERE k = 'hashsize'")));

            TalkStore talks = new TalkStore(db, CLOCK);
            Talk t = talks.get(talks.allIds().get(0)).orElseThrow();
            talks.update(t.withDescription("Subinterpreters instead"));
            assertEquals("0 1", db.read(c -> scalar(c, """
                    SELECT (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'gil')
                           || ' ' || (SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'subinterpreters')""")),
                    "an edited talk's old row is deleted from the contentless index");
        }
    }

    @Test
    void onlyALibraryFromAnOlderVersionNeedsAnUpgrade() throws Exception {
        Path old = dir.resolve("old-schema.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            upToStep(s, 1);
        }
        Path current = dir.resolve("current.db");
        Database.open(current, CLOCK).close();
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a library ".repeat(100));

        assertTrue(Database.needsUpgrade(old));
        assertEquals(false, Database.needsUpgrade(current));
        assertEquals(false, Database.needsUpgrade(dir.resolve("missing.db")));
        assertEquals(false, Files.exists(dir.resolve("missing.db")), "asking does not create the file");
        assertEquals(false, Database.needsUpgrade(notes));
        try (Database db = Database.open(old, CLOCK)) {
            assertEquals(false, Database.needsUpgrade(old), "upgraded by opening");
        }
    }

    @Test
    void libraryIsConfiguredForWalAndForeignKeys() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            assertEquals("wal", db.read(c -> pragma(c, "journal_mode")));
            assertEquals("1", db.read(c -> pragma(c, "foreign_keys")));
            assertEquals("5000", db.read(c -> pragma(c, "busy_timeout")));
        }
    }

    @Test
    void olderLibraryIsBackedUpThenMigratedKeepingItsTalks() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            upToStep(s, 1);
            s.execute("INSERT INTO talk(title, sort_title, title_key, added) VALUES ('Old talk', 'old talk', 'old talk', 0)");
        }

        try (Database db = Database.open(file, CLOCK)) {
            assertEquals(Database.latestSchemaVersion(), db.schemaVersion());
            Path backup = db.lastBackup().orElseThrow();
            assertEquals(dir.resolve("backups").resolve("old-20260102-030405-before-upgrade-v1.db"), backup);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup)) {
                assertEquals("1", pragma(c, "user_version"));
                assertEquals("Old talk", scalar(c, "SELECT title FROM talk"));
            }
            TalkStore talks = new TalkStore(db, CLOCK);
            List<Talk> all = talks.get(talks.allIds());
            assertEquals(List.of("Old talk"), all.stream().map(Talk::title).toList());
            // The step that added thumbnails ran: the column is usable now.
            talks.update(all.get(0).withThumbnail("https://example.org/t.jpg"));
            assertEquals("https://example.org/t.jpg", talks.get(all.get(0).id()).orElseThrow().thumbnail());
        }
    }

    @Test
    void libraryFromANewerTalkShelfIsRefusedAndLeftAlone() throws Exception {
        Path file = dir.resolve("future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future_thing (x)");
            s.execute("PRAGMA user_version = 99");
        }
        CatalogException e = assertThrows(CatalogException.class, () -> Database.open(file, CLOCK));
        assertEquals("future.db was written by a newer TalkShelf (library schema 99; this TalkShelf reads up to "
                + Database.latestSchemaVersion() + "). Update TalkShelf, or open another library with --library FILE.", e.getMessage());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals("99", pragma(c, "user_version"));
        }
        assertTrue(Files.notExists(dir.resolve("backups")), "no backup for a refused file");
    }

    @Test
    void fileThatIsNotADatabaseIsRefusedClearly() throws Exception {
        Path file = dir.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database ".repeat(50));
        CatalogException e = assertThrows(CatalogException.class, () -> Database.open(file, CLOCK));
        assertTrue(e.getMessage().startsWith("notes.db is not a TalkShelf library"), e.getMessage());
    }

    @Test
    void failureInsideNestedWritesRollsBackTheWholeTransaction() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                talks.insert(Talk.titled("First"), null);
                talks.insert(Talk.titled("Second"), null);
                throw new IllegalStateException("boom");
            }));
            assertEquals(0, talks.count());
            assertEquals("0", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts")));
        }
    }

    @Test
    void nothingARolledBackWriteGatheredReachesTheNextWrite() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            talks.insert(Talk.titled("Kept"), null);
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                // A new speaker's id is remembered for the transaction, and the talk waits to be indexed.
                talks.insert(Talk.titled("Gone").withSpeakers(List.of("Ada Lovelace")), null);
                throw new IllegalStateException("boom");
            }));
            talks.insert(Talk.titled("Later").withSpeakers(List.of("Ada Lovelace")), null);
            assertEquals("Ada Lovelace", db.read(c -> scalar(c, """
                    SELECT sp.name FROM talk t JOIN talk_speaker ts ON ts.talk_id = t.id JOIN speaker sp ON sp.id = ts.speaker_id
                     WHERE t.title = 'Later'""")));
            assertEquals("2", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts")));
            assertEquals("1", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'ada'")));
        }
    }

    /** Builds the schema as the first {@code steps} migrations left it, as an older TalkShelf wrote it. */
    private static void upToStep(Statement s, int steps) throws SQLException {
        for (Migration step : Schema.STEPS.subList(0, steps)) {
            for (String sql : step.statements()) {
                s.execute(sql);
            }
        }
        s.execute("PRAGMA user_version = " + steps);
    }

    private static String pragma(Connection c, String name) throws SQLException {
        return scalar(c, "PRAGMA " + name);
    }

    @Test
    void aWriteThatIndexesAsItGoesLeavesOneSearchIndexSegmentAndItsTalksAreFound() {
        try (Database db = Database.open(dir.resolve("segments.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            db.write(c -> {
                for (int i = 0; i < 250; i++) {
                    talks.insert(Talk.titled("Talk " + i + (i == 7 ? " about metaclasses" : "")), null);
                    if (i == 199) {
                        db.indexTouched(); // as an import does every few hundred talks
                    }
                }
                return null;
            });
            // Each segment FTS5 writes out is merged later: a second one per transaction doubled that work in an import.
            assertEquals("1", db.read(c -> scalar(c, "SELECT count(DISTINCT segid) FROM talk_fts_idx")));
            assertEquals("250", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'talk'")));
            assertEquals("1", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'metaclasses'")));
        }
    }

    @Test
    void aTalkFilledInByAnImportWithoutNewWordsWritesNoSegmentOfItsOwnInTheMiddleOfTheImportsWrite() {
        try (Database db = Database.open(dir.resolve("merge.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId known = db.write(c -> talks.insert(Talk.titled("Rust for Pythonistas").withSpeakers(List.of("Ana Pérez"))
                    .withEvent("PyCon US 2019").withDuration(Duration.ofMinutes(30)).withTags(List.of("rust"))
                    .withDescription("About ownership"), null));
            Talk stored = talks.get(known).orElseThrow();
            db.write(c -> {
                for (int i = 0; i < 250; i++) {
                    talks.insert(Talk.titled("Talk " + i), null);
                    if (i == 199) {
                        db.indexTouched(); // as an import does every few hundred talks
                        // What an import's merge of a copy fills in: a year, a link, the video, a thumbnail, a rating.
                        talks.update(stored.withYear(2019).withLinks(List.of("https://slides.example/r"))
                                .withMedia("https://www.youtube.com/watch?v=abcdefghijk")
                                .withThumbnail("https://i.ytimg.com/vi/abcdefghijk/hq.jpg").withRating(4));
                    }
                }
                return null;
            });
            // The first write's segment and the second's. Three when the update rebuilt the talk's unchanged index row or
            // opened a statement journal (setting the event, the length or the topics, or the media with the title, did):
            // FTS5 then wrote out the 200 talks it held.
            assertEquals("2", db.read(c -> scalar(c, "SELECT count(DISTINCT segid) FROM talk_fts_idx")));
            Talk filled = talks.get(known).orElseThrow();
            assertEquals(stored.withYear(2019).withLinks(List.of("https://slides.example/r"))
                    .withMedia("https://www.youtube.com/watch?v=abcdefghijk")
                    .withThumbnail("https://i.ytimg.com/vi/abcdefghijk/hq.jpg").withRating(4), filled);
            assertEquals("1", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'ownership'")));
            assertEquals("250", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'talk'")));

            // New words, event, length and topics: all written, the index row rebuilt.
            Talk edited = filled.withDescription("About borrowing").withEvent("RustConf 2024")
                    .withDuration(Duration.ofMinutes(31)).withTags(List.of("rust", "python"));
            talks.update(edited);
            assertEquals(edited, talks.get(known).orElseThrow());
            assertEquals("0", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'ownership'")));
            assertEquals("1", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'borrowing'")));
            assertEquals("1", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'event:rustconf'")));
        }
    }

    @Test
    void talksInsertedWhileLeftUnindexedGetNoIndexRowButAnotherThreadsAndLaterChangesDo() throws Exception {
        try (Database db = Database.open(dir.resolve("unindexed.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            db.leaveInsertsUnindexed();
            TalkId left = db.write(c -> talks.insert(Talk.titled("About metaclasses"), null));
            TalkId other = CompletableFuture.supplyAsync(
                    () -> db.write(c -> talks.insert(Talk.titled("About descriptors"), null))).get();
            assertEquals("0", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'metaclasses'")));
            assertEquals("1", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'descriptors'")));

            talks.setTags(left, List.of("python")); // a change indexes the talk as usual
            db.indexInsertsAgain();
            db.write(c -> talks.insert(Talk.titled("About generators"), null));

            assertEquals("1", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'metaclasses'")));
            assertEquals("1", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'generators'")));
            talks.delete(other); // a talk with or without a row goes as usual
            assertEquals("2", db.read(c -> scalar(c, "SELECT count(*) FROM talk_fts_docsize")));
        }
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
