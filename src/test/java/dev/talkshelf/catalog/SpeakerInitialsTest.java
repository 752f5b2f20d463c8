package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept talks of each one-character speaker prefix (schema step 26, decision 0053) are always what the speakers' index
 * finds for that prefix ({@code speaker_fts MATCH '"a"*'}, and the talks' index's speakers column), whatever wrote the
 * talks: inserts, edits, deletes, writes rolled back, a rename by another program, an upgrade; and the pages a search
 * reads from them are the pages read from the speakers' entries.
 */
class SpeakerInitialsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
    /** First letters the tokenizer folds (Ł by TextFold, É and Ø by remove_diacritics 2), keeps (李) or cuts (O'Brien). */
    private static final String[] NAMES = {"Łukasz Langa", "Émile Zola", "李小龙", "Ada Lovelace", "Ørjan Ås", "Zoë Ñandú",
            "Kelly O'Brien", "Jean-Luc Picard", "3D Wizard", "Ümit Çelik", "Ævar Arnfjörð", "Ödön von Horváth", "alan kay",
            "Brett Cannon", "Šárka Ďurišová", "Игорь Иванов", "Μαρία Κάλλας", "ﬁona Ligature", "Ｆｕｌｌ Width", "Anna 9lives"};
    private static final String[] WORDS = {"python", "machine learning", "asyncio", "web", "data"};

    @TempDir
    Path dir;

    @Test
    void theKeptSetsAreTheSpeakersIndexAfterRandomWritesAndRollbacks() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            Random rnd = new Random(14);
            List<TalkId> ids = new ArrayList<>();
            RandomWrites.run(db, talks, rnd, ids, 120, 0, SpeakerInitialsTest::talk,
                    (r, old) -> old.withSpeakers(speakers(r)), when -> assertKeptSetsAreTheIndex(db, when));
        }
    }

    @Test
    void firstLettersAreTheTokenizersFoldedFirstCharacters() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            TalkId lukasz = talks.insert(Talk.titled("Asyncio").withSpeakers(List.of("Łukasz Langa")), null);
            TalkId emile = talks.insert(Talk.titled("Novels").withSpeakers(List.of("Émile Zola")), null);
            TalkId li = talks.insert(Talk.titled("Kung fu").withSpeakers(List.of("李小龙")), null);
            TalkId obrien = talks.insert(Talk.titled("Irish").withSpeakers(List.of("Kelly O'Brien")), null);

            assertEquals(bits(lukasz), kept(db, 'l'));
            assertEquals(bits(emile), kept(db, 'e'));
            assertEquals(bits(emile), kept(db, 'z'));
            assertEquals(bits(obrien), kept(db, 'o'));
            assertEquals(bits(obrien), kept(db, 'b'), "the apostrophe starts a word");
            assertEquals(bits(obrien), kept(db, 'k'));
            for (char initial : SpeakerInitials.KEPT.toCharArray()) {
                assertFalse(kept(db, initial).get(Math.toIntExact(li.value())), "李 is no kept initial: " + initial);
            }
            assertEquals(Optional.of('a'), SpeakerInitials.keptInitial("A", true));
            assertEquals(Optional.empty(), SpeakerInitials.keptInitial("a", false), "a whole word, not a prefix");
            assertEquals(Optional.empty(), SpeakerInitials.keptInitial("é", true), "left to the speakers' index");
        }
    }

    @Test
    void pagesFromTheKeptSetsArePagesFromTheSpeakersEntries() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            db.write(c -> RandomWrites.inserted(new TalkStore(db, CLOCK), new Random(53), TalkSearch.CHECKED_BESIDE_BROAD_FILTER_MAX + 400,
                    SpeakerInitialsTest::talk));
            QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
            List<String> queries = List.of("\"machine learning\" speaker:a", "python speaker:a", "speaker:a", "speaker:A",
                    "speaker:ł", "speaker:l", "speaker:é", "speaker:3", "speaker:\"Łukasz Langa\"", "-speaker:a python",
                    "asyncio speaker:z", "speaker:a year:2016..2020", "(speaker:a or speaker:b) web");
            List<SearchResult> withSets = new ArrayList<>();
            for (String text : queries) {
                withSets.addAll(pages(db, compiler.compile(text)));
            }
            assertTrue(db.read(SpeakerInitials::kept));
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM speaker_initials_kept");
                }
                return null;
            });
            assertFalse(db.read(SpeakerInitials::kept));
            List<SearchResult> fromEntries = new ArrayList<>();
            for (String text : queries) {
                fromEntries.addAll(pages(db, compiler.compile(text)));
            }
            assertEquals(fromEntries, withSets);
            assertTrue(withSets.get(0).total() > 0 && withSets.get(2).total() > 0, "the queries find talks");
        }
    }

    @Test
    void aRenameByAnotherProgramDropsTheSetsUntilTheNextWriteBuildsThem() throws SQLException {
        Path file = dir.resolve("lib.db");
        TalkId typing = AnotherProgram.renamesTheSpeakerOfATalk(file, CLOCK, "Quentin Rossum");
        try (Database db = Database.open(file, CLOCK)) {
            assertFalse(db.read(SpeakerInitials::kept), "dropped by the rename");
            TalkSearch search = new TalkSearch(db);
            SearchResult q = search.page(new SearchRequest(TalkFilter.of(new TalkFilter.Speaker("q", true)), null, SortKey.ADDED,
                    false, null, 0, 10));
            assertEquals(List.of(typing), q.ids(), "found from the speakers' index meanwhile");
            new TalkStore(db, CLOCK).insert(Talk.titled("Other").withSpeakers(List.of("Ada Lovelace")), null);
            assertTrue(db.read(SpeakerInitials::kept));
            // The talks' index still holds the old name until the talk is next indexed (decision 0043): the speakers'
            // index, which speaker: reads, is the reference.
            assertKeptSetsAreTheSpeakersIndex(db, "after the next write");
            assertEquals(bits(typing), kept(db, 'q'));
        }
    }

    @Test
    void aLibraryOfStepTwentyFiveGetsItsSetsBuilt() throws SQLException {
        Path file = dir.resolve("lib.db");
        try (Database db = Database.open(file, CLOCK)) {
            RandomWrites.inserted(new TalkStore(db, CLOCK), new Random(25), 40, SpeakerInitialsTest::talk);
        }
        AnotherProgram.leavesAtStep(file, 25, "DROP TRIGGER speaker_renamed_drops_initials", "DROP TABLE speaker_initial_ids",
                "DROP TABLE speaker_initials_kept");
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals((long) OlderSchema.latest(), ((Number) StoredValue.of(db, "PRAGMA user_version")).longValue());
            assertTrue(db.read(SpeakerInitials::kept));
            assertKeptSetsAreTheIndex(db, "after the upgrade");
        }
    }

    private static Talk talk(Random rnd, int n) {
        return Talk.titled(WORDS[rnd.nextInt(WORDS.length)] + " talk " + n)
                // "machine learning" in most talks: beside speaker:a more than CHECKED_BESIDE_BROAD_FILTER_MAX matches.
                .withDescription(rnd.nextInt(6) == 0 ? null : "about machine learning and " + WORDS[rnd.nextInt(WORDS.length)])
                .withYear(2014 + rnd.nextInt(10))
                .withSpeakers(speakers(rnd));
    }

    private static List<String> speakers(Random rnd) {
        List<String> names = new ArrayList<>();
        for (int k = rnd.nextInt(4); k > 0; k--) {
            String name = NAMES[rnd.nextInt(NAMES.length)];
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The first page of 200 and the whole list, both directions, each query ranked or in its default order. */
    private static List<SearchResult> pages(Database db, CompiledQuery q) {
        TalkSearch search = new TalkSearch(db);
        List<SearchResult> pages = new ArrayList<>();
        SortKey sort = q.rankMatch() == null ? SortKey.ADDED : SortKey.RELEVANCE;
        for (boolean reversed : List.of(false, true)) {
            for (int[] page : new int[][] {{0, 200}, {0, 10_000}, {37, 11}}) {
                pages.add(search.page(new SearchRequest(q.filter(), q.rankMatch(), sort, reversed, null, page[0], page[1])));
            }
        }
        return pages;
    }

    /** Every kept set equals the talks the speakers' index finds for its prefix, and the talks' index's speakers column. */
    private static void assertKeptSetsAreTheIndex(Database db, String when) {
        assertKeptSetsAreTheSpeakersIndex(db, when);
        for (char initial : SpeakerInitials.KEPT.toCharArray()) {
            BitSet byTalks = query(db, "SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?", "{speakers} : (\"" + initial + "\"*)");
            assertEquals(byTalks, kept(db, initial), when + ", the talks' index: " + initial);
        }
    }

    private static void assertKeptSetsAreTheSpeakersIndex(Database db, String when) {
        for (char initial : SpeakerInitials.KEPT.toCharArray()) {
            String prefix = "\"" + initial + "\"*";
            BitSet bySpeakers = query(db, """
                    SELECT ts.talk_id FROM talk_speaker ts
                     WHERE ts.speaker_id IN (SELECT rowid FROM speaker_fts WHERE speaker_fts MATCH ?)""", prefix);
            assertEquals(bySpeakers, kept(db, initial), when + ": " + initial);
        }
    }

    private static BitSet kept(Database db, char initial) {
        return db.read(c -> SpeakerInitials.read(c, initial)).orElseThrow();
    }

    private static BitSet query(Database db, String sql, String param) {
        return db.read(c -> {
            BitSet ids = new BitSet();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, param);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.set(Math.toIntExact(rs.getLong(1)));
                    }
                }
            }
            return ids;
        });
    }

    private static BitSet bits(TalkId... ids) {
        BitSet set = new BitSet();
        for (TalkId id : ids) {
            set.set(Math.toIntExact(id.value()));
        }
        return set;
    }
}
