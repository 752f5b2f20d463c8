package dev.talkshelf.catalog;

import static dev.talkshelf.catalog.Fts.and;
import static dev.talkshelf.catalog.Fts.w;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.query.CompiledQuery;
import dev.talkshelf.query.QueryCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
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
 * Two-letter words without a prefix index (schema step 27, decision 0054): the common ones are kept words, the others
 * merged by FTS5, and either way a search finds exactly the talks FTS5's own evaluation of {@code "co"*} finds, whatever
 * wrote the talks (inserts, edits, deletes, several writes in one transaction, writes rolled back) and after an upgrade.
 */
class TwoLetterPrefixesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    /** Words sharing two letters, some only after folding (Çompiler is co, École ec, Ǧolang go), some not ASCII at all. */
    private static final String[] WORDS = {"code", "coroutines", "Concurrency", "co-op", "CO2", "Çompiler", "go", "golang",
            "Google", "Ǧolang", "ai", "aiohttp", "école", "Ecosystem", "ml", "MLOps", "models", "mono", "Ωmega", "data",
            "python", "decorators", "x-co", "açores", "l'école"};
    /** The prefixes checked: kept ones (co, go, ec, ai) and ones left to FTS5 (ml, mo, da, de, om). */
    private static final List<String> PREFIXES = List.of("co", "go", "ec", "ai", "ml", "mo", "da", "de", "om");
    private static final List<String> KEPT = List.of("co", "go", "ec", "ai");

    @TempDir
    Path dir;

    @Test
    void twoLetterSearchesFindWhatFts5FindsAcrossRandomWritesAndRollbacks() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            Random rnd = new Random(54);
            List<TalkId> ids = RandomWrites.inserted(talks, rnd, 60, TwoLetterPrefixesTest::talk);
            for (String prefix : KEPT) {
                new TalkSearch(db).withKeepMinMatches(5).count(TalkFilter.fullText(KeptWords.expression(prefix)));
            }
            assertEquals(KEPT.stream().sorted().toList(), db.read(KeptWords::words), "kept from a few matches, whatever their share");
            assertSameAsFts5(db, "before any write");
            RandomWrites.run(db, talks, rnd, ids, 150, 100, TwoLetterPrefixesTest::talk,
                    (r, old) -> r.nextBoolean() ? old.withDescription(text(r)) : old.withSpeakers(List.of(word(r) + " " + word(r))),
                    when -> assertSameAsFts5(db, when));
        }
    }

    @Test
    void aTwoLetterWordIsWorthKeepingFromFewerMatchesThanALongerOne() {
        assertTrue(KeptWords.worthKeeping(w("co"), 5_000, 1_000_000, 5_000), "half a percent of the library");
        assertFalse(KeptWords.worthKeeping(w("code"), 5_000, 1_000_000, 5_000), "longer words need a fifth of it");
        assertFalse(KeptWords.worthKeeping(w("co"), 4_999, 1_000_000, 5_000));
        assertFalse(KeptWords.worthKeeping(and(w("co"), w("python")), 5_000, 1_000_000, 5_000), "each word counts");
        assertTrue(KeptWords.worthKeeping(and(w("co"), w("go")), 5_000, 1_000_000, 5_000));
    }

    @Test
    void keepingCommonWordsKeepsTheTwoLettersThatStartManyTitles() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            RandomWrites.inserted(new TalkStore(db, CLOCK), new Random(7), 200, TwoLetterPrefixesTest::talk);
            List<String> kept = db.write(c -> KeptWords.keepCommon(c, 5));
            assertTrue(kept.contains("co") && kept.contains("go"), kept.toString());
            assertTrue(kept.stream().filter(KeptWords::twoLetter).count() <= KeptWords.KEEP_COMMON_TWO_LETTER_MAX, kept.toString());
            assertSameAsFts5(db, "after keeping");
        }
    }

    @Test
    void aLibraryOfStepTwentySixLosesItsPrefixIndexAndFindsTheSameTalks() throws SQLException {
        Path file = dir.resolve("lib.db");
        List<BitSet> before = new ArrayList<>();
        try (Database db = Database.open(file, CLOCK)) {
            // Long descriptions are kept deflated (decision 0039): the rebuilt index must read them unpacked.
            RandomWrites.inserted(new TalkStore(db, CLOCK), new Random(26), 80,
                    (rnd, i) -> talk(rnd, i).withDescription(text(rnd).repeat(20)));
        }
        // The index as steps 13-26 left it: with the two-letter prefix index.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("BEGIN");
            s.execute("DROP TABLE talk_fts");
            s.execute(FtsIndex.CREATE_TABLE.replace("content = ''", "prefix = '2', content = ''"));
            FtsIndex.insertAll(c);
            s.execute("PRAGMA user_version = 26");
            s.execute("COMMIT");
            assertTrue(scalar(c, "SELECT sql FROM sqlite_master WHERE name = 'talk_fts'").contains("prefix = '2'"));
            for (String prefix : PREFIXES) {
                before.add(Fts5Matches.of(c, KeptWords.expression(prefix)));
                before.add(Fts5Matches.of(c, new FullText.Column("title description", KeptWords.expression(prefix))));
            }
        }
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals((long) OlderSchema.latest(), ((Number) StoredValue.of(db, "PRAGMA user_version")).longValue());
            assertTrue(db.lastBackup().isPresent() && Files.isRegularFile(db.lastBackup().get()), "backed up first");
            List<BitSet> after = db.read(c -> {
                assertFalse(scalar(c, "SELECT sql FROM sqlite_master WHERE name = 'talk_fts'").contains("prefix"));
                List<BitSet> found = new ArrayList<>();
                for (String prefix : PREFIXES) {
                    found.add(Fts5Matches.of(c, KeptWords.expression(prefix)));
                    found.add(Fts5Matches.of(c, new FullText.Column("title description", KeptWords.expression(prefix))));
                }
                return found;
            });
            assertEquals(before, after);
            assertTrue(before.get(0).cardinality() > 10, "co is found");
            assertSameAsFts5(db, "after the upgrade");
        }
    }

    /**
     * Each prefix's kept sets (when kept) and what searches of it find, counted, listed and ranked, alone and beside other
     * words and fields, are what FTS5 finds for the expression the compiler writes.
     */
    private static void assertSameAsFts5(Database db, String when) {
        for (String prefix : PREFIXES) {
            FullText expression = KeptWords.expression(prefix);
            BitSet fts5 = Fts5Matches.of(db, expression);
            Optional<KeptWords.Kept> kept = db.read(c -> KeptWords.read(c, expression));
            if (kept.isPresent()) {
                assertEquals(fts5, kept.get().ids(), prefix + " kept, " + when);
                assertEquals(fts5.cardinality(), kept.get().count(), prefix + " kept count, " + when);
                assertEquals(Fts5Matches.of(db, expression.inTitle()), db.read(c -> KeptWords.titleIds(c, expression)).orElseThrow(),
                        prefix + " kept in titles, " + when);
                FullText inTitle = expression.inTitle();
                assertEquals(Fts5Matches.of(db, inTitle), db.read(c -> KeptWords.read(c, inTitle)).orElseThrow().ids(),
                        "title:" + prefix + " read kept, " + when);
            }
        }
        TalkSearch search = new TalkSearch(db, 15);
        QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());
        for (String text : List.of("co", "go", "ec", "ml", "mo", "title:co", "co python", "go -co", "ml or ai", "\"co\"",
                "co de", "title:go year:2014..2020", "not co", "da co go", "\"école data\" co", "co title:go")) {
            CompiledQuery q = compiler.compile(text);
            List<Long> want = reference(db, q);
            assertEquals(want.size(), search.count(q.filter()), text + ", " + when);
            SearchResult byAdded = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.ADDED, false, null, 0, 10_000));
            assertEquals(want, byAdded.ids().stream().map(TalkId::value).toList(), text + " by added, " + when);
            if (q.rankMatch() != null) {
                SearchResult ranked = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, false, null, 0, 10_000));
                assertEquals(new java.util.HashSet<>(want), new java.util.HashSet<>(ranked.ids().stream().map(TalkId::value).toList()),
                        text + " ranked, " + when);
                assertEquals(want.size(), ranked.total(), text + " ranked total, " + when);
            }
        }
    }

    /** SQLite's own evaluation of the filter (FTS5 for the words), newest first. */
    private static List<Long> reference(Database db, CompiledQuery q) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT t.id FROM talk t WHERE " + q.filter().sql() + " ORDER BY t.added DESC, t.id DESC")) {
                Sql.bind(ps, q.filter().params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private static String scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static Talk talk(Random rnd, int n) {
        return Talk.titled(word(rnd) + " " + word(rnd) + " " + n)
                .withDescription(rnd.nextInt(5) == 0 ? null : text(rnd))
                .withSpeakers(List.of(word(rnd) + " Speaker"))
                .withYear(2014 + rnd.nextInt(10))
                .withAdded(CLOCK.instant().minus(Duration.ofHours(rnd.nextInt(5_000))));
    }

    private static String text(Random rnd) {
        StringBuilder text = new StringBuilder();
        for (int k = 1 + rnd.nextInt(6); k > 0; k--) {
            text.append(word(rnd)).append(rnd.nextInt(4) == 0 ? ", " : " ");
        }
        return text.toString().strip();
    }

    private static String word(Random rnd) {
        return WORDS[rnd.nextInt(WORDS.length)];
    }
}
