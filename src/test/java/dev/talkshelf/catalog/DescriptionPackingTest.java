package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkField;
import dev.talkshelf.model.WatchState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long descriptions are kept deflated (schema step 22) and read back, indexed, merged and taken back as text. */
class DescriptionPackingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    private static final String LONG = ("In this talk we walk through how a zebra-striped cache keeps hot keys close, "
            + "why the eviction order matters more than the size, and what we measured on real traffic. ").repeat(4)
            + "Ünïcode stays: naïve café, 東京.";

    @TempDir
    Path dir;

    private static Object stored(Database db, TalkId id) {
        return StoredValue.of(db, "SELECT description FROM talk WHERE id = ?", id.value());
    }

    private static long count(Database db, String sql) {
        return ((Number) StoredValue.of(db, sql)).longValue();
    }

    /** The one talk's index row holds the description it was stored with ("okapi"), not {@link #LONG} ("zebra"). */
    private static void assertFoundByOkapiNotZebra(Database db) {
        assertEquals(0, count(db, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'description:zebra'"));
        assertEquals(1, count(db, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'description:okapi'"));
    }

    /** A run that merged {@link #LONG} into the talk, which held {@code before}: finished, ready to be taken back. */
    private static long mergedLongDescription(Database db, TalkStore talks, ImportJournal journal, TalkId id) {
        Talk before = talks.get(id).orElseThrow();
        Talk after = before.withDescription(LONG);
        long run = journal.begin("test");
        db.write(c -> {
            talks.update(after);
            journal.merged(run, new ImportJournal.Merge(id, "Caches", "same title"), before, after,
                    WatchState.UNWATCHED, WatchState.UNWATCHED, List.of(), List.of());
            return null;
        });
        journal.finish(run);
        return run;
    }

    @Test
    void aLongDescriptionIsKeptSmallerAndReadsBackTheSame() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId id = talks.insert(Talk.titled("Caches").withDescription(LONG), null);

            Object kept = stored(db, id);
            assertTrue(kept instanceof byte[] bytes && bytes.length < LONG.length() / 2, "kept deflated: " + kept);
            assertEquals(LONG, talks.get(id).orElseThrow().description());
        }
    }

    /** The blob as decision 0039 lays it out: form byte 1, the UTF-8 length as a varint, raw deflate at the fastest level. */
    private static byte[] packedAsDecided(String text) {
        byte[] raw = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(1);
        for (int v = raw.length; ; v >>>= 7) {
            if (v < 0x80) {
                out.write(v);
                break;
            }
            out.write((v & 0x7F) | 0x80);
        }
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_SPEED, true);
        deflater.setInput(raw);
        deflater.finish();
        byte[] chunk = new byte[512];
        while (!deflater.finished()) {
            out.write(chunk, 0, deflater.deflate(chunk));
        }
        deflater.end();
        return out.toByteArray();
    }

    @Test
    void aPackedDescriptionKeepsTheDecidedBytesShortAndLong() {
        // 300 bytes, and 90 KB: past the buffer packing keeps per thread, so deflated into one of its own.
        StringBuilder longer = new StringBuilder();
        for (int i = 0; longer.length() < 90_000; i++) {
            longer.append("Part ").append(i).append(" of a long abstract about caches, zebras and café latency. ");
        }
        for (String text : List.of(LONG.substring(0, 300), longer.toString(), LONG)) {
            try (Database db = Database.open(dir.resolve("lib-" + text.length() + ".db"), CLOCK)) {
                TalkStore talks = new TalkStore(db, CLOCK);
                TalkId id = talks.insert(Talk.titled("Caches").withDescription(text), null);

                assertTrue(Arrays.equals(packedAsDecided(text), (byte[]) stored(db, id)), "bytes of a " + text.length() + "-char text");
                assertEquals(text, talks.get(id).orElseThrow().description());
            }
        }
    }

    @Test
    void aDescriptionThatDeflatesNoSmallerIsKeptAsText() {
        // 200 printable characters drawn at random: deflate's codes for them cost as many bytes, and its header more.
        java.util.Random random = new java.util.Random(7);
        StringBuilder noise = new StringBuilder();
        while (noise.length() < 200) {
            noise.append((char) ('!' + random.nextInt(94)));
        }
        String text = noise.toString();
        assertTrue(packedAsDecided(text).length >= text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
                "the text does not shrink");
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId id = talks.insert(Talk.titled("Noise").withDescription(text), null);

            assertEquals(text, stored(db, id));
            assertEquals(text, talks.get(id).orElseThrow().description());
        }
    }

    @Test
    void aShortDescriptionIsKeptAsText() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId id = talks.insert(Talk.titled("Short").withDescription("About futures."), null);

            assertEquals("About futures.", stored(db, id));
            assertEquals("About futures.", talks.get(id).orElseThrow().description());
        }
    }

    @Test
    void aWordOfAPackedDescriptionIsFound() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            talks.insert(Talk.titled("Caches").withDescription(LONG), null);
            talks.insert(Talk.titled("Other"), null);

            assertEquals(1, count(db, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'description:zebra'"));
            assertEquals(1, count(db, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'description:tokyo OR description:東京'"));
        }
    }

    @Test
    void aDescriptionPackedAheadIsKeptAsTheWriteWouldPackItAndItsWordsAreFound() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId here = talks.insert(Talk.titled("Caches").withDescription(LONG), null);
            Talk ahead = Talk.titled("Caches again").withDescription(LONG);
            TalkId packedAhead = talks.insert(ahead, null, PackedDescription.of(ahead.description()), null);

            assertTrue(Arrays.equals((byte[]) stored(db, here), (byte[]) stored(db, packedAhead)));
            assertEquals(LONG, talks.get(packedAhead).orElseThrow().description());
            assertEquals(2, count(db, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'description:zebra'"));
        }
    }

    @Test
    void aPackingOfAnotherTextIsNotKeptForTheTalk() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            String other = LONG.replace("zebra", "okapi");
            TalkId id = talks.insert(Talk.titled("Caches").withDescription(other), null, PackedDescription.of(LONG), null);

            assertEquals(other, talks.get(id).orElseThrow().description());
            assertFoundByOkapiNotZebra(db);
        }
    }

    @Test
    void aTalkEditedInTheTransactionThatInsertedItIsIndexedAsItEnds() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            String edited = LONG.replace("zebra", "okapi");
            TalkId id = db.write(c -> {
                Talk first = Talk.titled("Caches").withDescription(LONG);
                TalkId inserted = talks.insert(first, null, PackedDescription.of(first.description()), null);
                talks.update(talks.get(inserted).orElseThrow().withDescription(edited));
                return inserted;
            });

            assertEquals(edited, talks.get(id).orElseThrow().description());
            assertFoundByOkapiNotZebra(db);
        }
    }

    @Test
    void anEditedDescriptionIsPackedToo() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId id = talks.insert(Talk.titled("Caches"), null);
            Talk before = talks.get(id).orElseThrow();

            talks.setFields(id, before.withDescription(LONG), Set.of(TalkField.DESCRIPTION));

            assertTrue(stored(db, id) instanceof byte[]);
            assertEquals(LONG, talks.get(id).orElseThrow().description());
        }
    }

    @Test
    void aDamagedPackedDescriptionReadsAsNoneAndTheTalkStillReads() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId id = talks.insert(Talk.titled("Caches").withDescription(LONG), null);
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE talk SET description = X'01FF0102' WHERE id = ?")) {
                    ps.setLong(1, id.value());
                    return ps.executeUpdate();
                }
            });

            Talk back = talks.get(id).orElseThrow();
            assertEquals("Caches", back.title());
            assertNull(back.description());
        }
    }

    @Test
    void anImportTakenBackRestoresTheDescriptionItsMergeFilled() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            ImportJournal journal = new ImportJournal(db, CLOCK);
            TalkId id = talks.insert(Talk.titled("Caches").withDescription("Short."), null);
            long run = mergedLongDescription(db, talks, journal, id);

            journal.revert(run);

            assertEquals("Short.", talks.get(id).orElseThrow().description());
        }
    }

    @Test
    void anImportTakenBackKeepsADescriptionEditedSince() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            ImportJournal journal = new ImportJournal(db, CLOCK);
            TalkId id = talks.insert(Talk.titled("Caches"), null);
            long run = mergedLongDescription(db, talks, journal, id);
            talks.update(talks.get(id).orElseThrow().withDescription(LONG + " Edited."));

            journal.revert(run);

            assertEquals(LONG + " Edited.", talks.get(id).orElseThrow().description());
        }
    }

    @Test
    void aLibraryOfStep21HasItsLongDescriptionsPackedAndFoundAsBefore() throws Exception {
        Path file = dir.resolve("old.db");
        TalkId id;
        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            id = talks.insert(Talk.titled("Caches").withDescription("placeholder"), null);
            talks.insert(Talk.titled("Short").withDescription("About futures."), null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("UPDATE talk SET description = ? WHERE id = ?")) {
            // As step 21 kept it: the text itself. The index row was built from the placeholder, as a rebuild would.
            ps.setString(1, LONG);
            ps.setLong(2, id.value());
            ps.executeUpdate();
            c.createStatement().execute("DROP TRIGGER talk_keeps_source_key");
            c.createStatement().execute("PRAGMA user_version = 21");
        }

        try (Database db = Database.open(file, CLOCK)) {
            assertEquals(Schema.latestVersion(), count(db, "PRAGMA user_version"));
            assertTrue(stored(db, id) instanceof byte[], "packed by the step");
            assertEquals(1, count(db, "SELECT count(*) FROM talk WHERE typeof(description) = 'text'"), "the short one stays text");
            TalkStore talks = new TalkStore(db, CLOCK);
            assertEquals(LONG, talks.get(id).orElseThrow().description());
            assertEquals("About futures.", talks.get(new TalkId(id.value() + 1)).orElseThrow().description());

            talks.setTags(id, List.of("caching"));
            assertEquals(1, count(db, "SELECT count(*) FROM talk_fts WHERE talk_fts MATCH 'description:zebra'"),
                    "its index row, built again, reads the packed description");
        }
    }
}
