package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Names;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The speakers' search index (schema step 24) holds every speaker and nothing else, whatever wrote them: new speakers at
 * the commit, none of a rolled-back write, none of an import taken back, a name another program changed, a library
 * upgraded from step 23; and a second connection finds what the first stored.
 */
class SpeakerIndexTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void newSpeakersAreFoundByAWordOfTheirNameOrItsFirstLetters() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId langa = talks.insert(Talk.titled("Asyncio").withSpeakers(List.of("Łukasz Langa")), null);
            TalkId both = talks.insert(Talk.titled("Packaging").withSpeakers(List.of("Jiří Šindelář", "Łukasz Langa")), null);
            talks.insert(Talk.titled("Typing").withSpeakers(List.of("Guido van Rossum")), null);

            assertEquals(Set.of(langa, both), found(db, "lukasz", true));
            assertEquals(Set.of(langa, both), found(db, "l", true));
            assertEquals(Set.of(both), found(db, "sindelar", false));
            assertEquals(Set.of(), found(db, "sindel", false), "a whole word unless a prefix is asked for");
            assertEquals(3L, indexed(db));
        }
    }

    @Test
    void aWriteRolledBackLeavesNoSpeakerInTheIndex() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            assertThrows(IllegalStateException.class, () -> db.write(c -> {
                talks.insert(Talk.titled("Never stored").withSpeakers(List.of("Rolled Back")), null);
                throw new IllegalStateException("fails after the insert");
            }));
            TalkId kept = talks.insert(Talk.titled("Stored").withSpeakers(List.of("Rosa Kept")), null);

            assertEquals(Set.of(), found(db, "rolled", true));
            assertEquals(Set.of(kept), found(db, "r", true));
            assertEquals(1L, indexed(db));
        }
    }

    @Test
    void anImportTakenBackTakesOutTheSpeakersOnlyItBrought() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            ImportJournal journal = new ImportJournal(db, CLOCK);
            TalkId before = talks.insert(Talk.titled("Before").withSpeakers(List.of("Ada Lovelace")), null);
            long run = journal.begin("test");
            db.write(c -> {
                for (String[] t : new String[][] {{"Imported", "Ada Lovelace", "Alan Kay"}, {"Also imported", "Anita Borg"}}) {
                    TalkId id = talks.insert(Talk.titled(t[0]).withSpeakers(List.of(t).subList(1, t.length)), null);
                    journal.added(run, id, Names.key(t[0]));
                }
                return null;
            });
            journal.finish(run);
            assertEquals(3L, indexed(db));

            journal.revert(run);

            assertEquals(Set.of(before), found(db, "a", true));
            assertEquals(Set.of(), found(db, "kay", false));
            assertEquals(1L, indexed(db));
            assertEquals(((Number) StoredValue.of(db, "SELECT count(*) FROM speaker")).longValue(), indexed(db));
        }
    }

    @Test
    void aNameAnotherProgramChangesIsFoundByTheNewName() throws SQLException {
        Path file = dir.resolve("lib.db");
        TalkId id = AnotherProgram.renamesTheSpeakerOfATalk(file, CLOCK, "Guido Rossum-Ølsen");
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals(Set.of(id), found(db, "olsen", false));
            assertEquals(Set.of(), found(db, "van", false));
            assertEquals(1L, indexed(db));
        }
    }

    @Test
    void aSecondConnectionFindsTheSpeakersTheFirstStored() {
        Path file = dir.resolve("lib.db");
        try (Database first = Database.open(file, CLOCK); Database second = Database.open(file, CLOCK)) {
            assertEquals(Set.of(), found(second, "zed", false));
            TalkId id = new TalkStore(first, CLOCK).insert(Talk.titled("Learn").withSpeakers(List.of("Zed Shaw")), null);

            assertEquals(Set.of(id), found(second, "zed", false));
            assertEquals(Set.of(id), found(second, "z", true));
        }
    }

    @Test
    void aLibraryOfStepTwentyThreeGetsItsSpeakersIndexed() throws SQLException {
        Path file = dir.resolve("lib.db");
        List<TalkId> ids = new ArrayList<>();
        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            ids.add(talks.insert(Talk.titled("Asyncio").withSpeakers(List.of("Łukasz Langa")), null));
            ids.add(talks.insert(Talk.titled("Cython").withSpeakers(List.of("Çağil Uluşahin", "Stefan Behnel")), null));
        }
        // Step 23 is this file without the speakers' index and its triggers.
        AnotherProgram.leavesAtStep(file, 23, "DROP TRIGGER speaker_leaves_index", "DROP TRIGGER speaker_renamed_in_index",
                "DROP TABLE speaker_fts");
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals((long) OlderSchema.latest(), ((Number) StoredValue.of(db, "PRAGMA user_version")).longValue());
            assertEquals(Set.of(ids.get(0)), found(db, "lukasz", false));
            assertEquals(Set.of(ids.get(1)), found(db, "cagil", false));
            assertEquals(Set.of(ids.get(1)), found(db, "ulu", true));
            assertEquals(3L, indexed(db));
            // Kept by the triggers the step made, and by the writes that follow it.
            TalkId more = new TalkStore(db, CLOCK).insert(Talk.titled("More").withSpeakers(List.of("Lukas Kaufmann")), null);
            assertEquals(Set.of(ids.get(0), more), found(db, "luk", true));
        }
    }

    @Test
    void everyLetterTakenForPartOfOneWordIsPartOfOneWordToTheIndex() throws SQLException {
        // "q<c>q" for every code point c the compiler may send to the speakers' index: the tokenizer must keep it whole,
        // or a phrase of two words would go where only the talks' index finds it across two names.
        int oneWord = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tokens.db")); Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE words USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')");
            s.execute("BEGIN");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO words(rowid, text) VALUES (?, ?)")) {
                for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
                    String letter = new String(Character.toChars(cp));
                    if (TokenChars.isCertainlyOneWord(TextFold.fold(letter))) {
                        insert.setInt(1, cp);
                        insert.setString(2, "q" + TextFold.fold(letter) + "q");
                        insert.addBatch();
                        oneWord++;
                    }
                }
                insert.executeBatch();
            }
            s.execute("COMMIT");
            List<String> split = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT rowid FROM words WHERE words MATCH 'q'")) {
                while (rs.next()) {
                    split.add(Integer.toHexString(rs.getInt(1)));
                }
            }
            assertEquals(List.of(), split, "code points the tokenizer splits a word at");
        }
        assertTrue(oneWord > 100_000, "letters and digits of every script: " + oneWord);
    }

    /** The talks a {@code speaker:} word finds through the speakers' index, by every plan of a page. */
    private static Set<TalkId> found(Database db, String word, boolean prefix) {
        TalkFilter filter = TalkFilter.of(new TalkFilter.Speaker(word, prefix));
        SearchResult page = new TalkSearch(db).page(new SearchRequest(filter, null, SortKey.ADDED, false, null, 0, 100));
        Set<TalkId> ids = new HashSet<>(page.ids());
        assertEquals(ids.size(), page.total(), word);
        assertEquals(ids, plainSql(db, filter), word);
        return ids;
    }

    private static Set<TalkId> plainSql(Database db, TalkFilter filter) {
        return db.read(c -> {
            Set<TalkId> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM talk t WHERE " + filter.sql())) {
                Sql.bind(ps, filter.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(TalkId.of(rs.getLong(1)));
                    }
                }
            }
            return ids;
        });
    }

    /** Rows in the speakers' index. */
    private static long indexed(Database db) {
        return ((Number) StoredValue.of(db, "SELECT count(*) FROM speaker_fts")).longValue();
    }
}
