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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kept sets of common topics (schema step 29, decision 0069) are always the topics' entries ({@code
 * talk_topic_closure}), whatever wrote the talks: inserts (one by one, many in one write, left unindexed), topic edits,
 * deletes, writes rolled back, a second connection on the same file, an upgrade; a program that moves entries without
 * them makes the topic read from its entries; and the talks a filter finds from them are SQLite's own answer.
 */
class KeptTopicsTest {
    private static final Clock CLOCK = Clock.fixed(RandomLibrary.NOW, java.time.ZoneOffset.UTC);
    private static final List<String> TOPICS = List.of("python", "python/web", "python/data", "rust", "web");
    private static final List<String> KEPT = List.of("python", "rust");
    /** A kept topic beside a status, a duration, years, a rating, words, lists, another topic; left out. */
    private static final List<String> SHAPES = List.of(
            "tag:python status:watched", "tag:python duration:<20m", "tag:python year:2018..2020", "tag:python rating:>=4",
            "tag:python -status:watched", "tag:python status:unwatched year:2019", "tag:python has:notes",
            "tag:python tag:rust year:2019", "tag:python tag:web status:watched", "-tag:python year:2019",
            "-tag:python rating:>=4", "tag:rust -tag:python duration:>30m", "-tag:rust tag:python -year:2020",
            "tag:python/web status:watched", "tag:python -year:2019");

    @TempDir
    Path dir;

    private final QueryCompiler compiler = new QueryCompiler(CLOCK, name -> Optional.empty());

    @Test
    void theKeptSetsAreTheEntriesAfterRandomWritesAndRollbacks() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            Random rnd = new Random(69);
            List<TalkId> ids = RandomWrites.inserted(talks, rnd, 60, KeptTopicsTest::talk);
            keep(db);
            RandomWrites.run(db, talks, rnd, ids, 150, 100, KeptTopicsTest::talk,
                    (r, old) -> r.nextBoolean() ? old.withTags(tags(r)) : RandomLibrary.withRandomColumns(r, old.withTags(tags(r)), 2, 40),
                    when -> assertKeptAndFound(db, when));
        }
    }

    @Test
    void manyTalksInOneWriteAndTalksLeftUnindexedAreInTheSets() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            Random rnd = new Random(7);
            RandomWrites.inserted(talks, rnd, 10, KeptTopicsTest::talk);
            keep(db);
            db.write(c -> RandomWrites.inserted(talks, rnd, 300, KeptTopicsTest::talk));
            assertKeptAndFound(db, "after 300 talks in one write");
            db.leaveInsertsUnindexed();
            try {
                RandomWrites.inserted(talks, rnd, 20, KeptTopicsTest::talk);
            } finally {
                db.indexInsertsAgain();
            }
            assertKeptAndFound(db, "after talks left unindexed");
        }
    }

    @Test
    void aSecondConnectionsWritesKeepThem() {
        Path file = dir.resolve("lib.db");
        try (Database db = Database.open(file, CLOCK)) {
            Random rnd = new Random(3);
            List<TalkId> ids = RandomWrites.inserted(new TalkStore(db, CLOCK), rnd, 80, KeptTopicsTest::talk);
            keep(db);
            assertKeptAndFound(db, "kept");
            try (Database other = Database.open(file, CLOCK)) {
                TalkStore elsewhere = new TalkStore(other, CLOCK);
                for (int i = 0; i < 20; i++) {
                    TalkId id = ids.get(i);
                    elsewhere.update(elsewhere.get(id).orElseThrow().withTags(tags(rnd)));
                }
                elsewhere.delete(ids.get(30));
                elsewhere.delete(ids.get(31));
                elsewhere.insert(talk(rnd, 500).withTags(List.of("python/web", "rust")), null);
            }
            assertKeptAndFound(db, "after another TalkShelf's writes");
        }
    }

    @Test
    void anotherProgramsEntriesMakeTheTopicReadFromThemUntilKeptAgain() throws SQLException {
        Path file = dir.resolve("lib.db");
        List<TalkId> ids;
        try (Database db = Database.open(file, CLOCK)) {
            ids = RandomWrites.inserted(new TalkStore(db, CLOCK), new Random(5), 80, KeptTopicsTest::talk);
            keep(db);
        }
        long python = ids.stream().filter(id -> hasTopic(file, id, "python")).findFirst().orElseThrow().value();
        AnotherProgram.runs(file, "PRAGMA foreign_keys = ON",
                "DELETE FROM talk_topic_closure WHERE talk_id = " + python
                        + " AND topic_id = (SELECT id FROM topic WHERE path = 'python')");
        try (Database db = Database.open(file, CLOCK)) {
            assertFound(db, "after another program's delete", false);
            assertTrue(read(db, "python").isEmpty(), "a set its figures do not match is not used");
            assertTrue(read(db, "rust").isPresent());
            db.write(c -> KeptTopics.keepCommon(c, 1));
            assertKeptAndFound(db, "kept again");
        }
    }

    @Test
    void theUpgradeKeepsTheCommonTopics() throws SQLException {
        Path file = dir.resolve("lib.db");
        try (Database db = Database.open(file, CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            Random rnd = new Random(29);
            // Enough talks for python (about two thirds of them) and rust (three quarters) to be kept; web (an eighth) not.
            db.write(c -> {
                for (int i = 0; i < KeptTopics.KEEP_MIN_TALKS * 2; i++) {
                    List<String> tags = new ArrayList<>();
                    if (rnd.nextInt(3) != 0) {
                        tags.add(rnd.nextBoolean() ? "python" : "python/web");
                    }
                    if (rnd.nextInt(4) != 0) {
                        tags.add("rust");
                    }
                    if (rnd.nextInt(8) == 0) {
                        tags.add("web");
                    }
                    talks.insert(RandomLibrary.withRandomColumns(rnd, Talk.titled("talk " + i).withTags(tags), 2, 40), null);
                }
                return null;
            });
        }
        AnotherProgram.leavesAtStep(file, 28, "DROP TRIGGER topic_leaves_kept_topics", "DROP TABLE kept_topic",
                "DROP TABLE kept_topic_ids");
        try (Database db = Database.open(file, CLOCK)) {
            assertEquals((long) OlderSchema.latest(), ((Number) StoredValue.of(db, "PRAGMA user_version")).longValue());
            assertEquals(List.of("python", "rust"), db.read(c -> {
                List<String> paths = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT tp.path FROM kept_topic k JOIN topic tp ON tp.id = k.topic_id ORDER BY tp.path");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        paths.add(rs.getString(1));
                    }
                }
                return paths;
            }));
            assertKeptAndFound(db, "after the upgrade");
        }
    }

    @Test
    void aPageFromKeptSetsIsSqlitesOwnPage() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            RandomWrites.inserted(new TalkStore(db, CLOCK), new Random(11), 200, KeptTopicsTest::talk);
            keep(db);
            TalkSearch intersected = new TalkSearch(db, 1_000, TalkSearch.FILTER_FIRST_MIN, TalkSearch.INDEX_WALK_MIN, true)
                    .withDrivenShare(0.001).withIntersectedShare(100);
            for (String text : SHAPES) {
                CompiledQuery q = compiler.compile(text);
                for (SortKey sort : List.of(SortKey.ADDED, SortKey.TITLE, SortKey.DURATION)) {
                    for (boolean reversed : List.of(false, true)) {
                        SearchResult page = intersected.page(new SearchRequest(q.filter(), q.rankMatch(), sort, reversed, null, 3, 10));
                        List<Long> all = FilterRows.unindexedIds(db, q.filter(), order(sort, reversed));
                        assertEquals(all.size(), page.total(), text + " " + sort);
                        assertEquals(all.subList(Math.min(3, all.size()), Math.min(13, all.size())),
                                page.ids().stream().map(TalkId::value).toList(), text + " " + sort + " " + reversed);
                    }
                }
            }
        }
    }

    private static String order(SortKey sort, boolean reversed) {
        String desc = reversed ? "ASC" : "DESC";
        String asc = reversed ? "DESC" : "ASC";
        return switch (sort) {
            case TITLE -> "t.sort_title " + asc + ", t.id";
            case DURATION -> "t.duration_ms " + asc + " NULLS LAST, t.id";
            default -> "t.added " + desc + ", t.id " + desc;
        };
    }

    private static void keep(Database db) {
        db.write(c -> {
            for (String path : KEPT) {
                assertTrue(KeptTopics.keep(c, path), path);
            }
            return null;
        });
    }

    /** Each kept set is the topic's entries, bit for bit, and is used; every shape finds SQLite's own talks. */
    private void assertKeptAndFound(Database db, String when) {
        for (String path : KEPT) {
            BitSet stored = db.read(c -> stored(c, path));
            assertEquals(entries(db, path), stored, path + " " + when);
            assertEquals(Optional.of(stored), read(db, path), "used: " + path + " " + when);
        }
        assertFound(db, when, true);
    }

    /** Every shape finds SQLite's own talks; with every kept set used ({@code kept}), from its own indexes. */
    private void assertFound(Database db, String when, boolean kept) {
        for (String text : SHAPES) {
            TalkFilter filter = compiler.compile(text).filter();
            Optional<BitSet> found = db.read(c -> TalkSearch.intersectedOwnIndexes(c, filter, 100));
            List<Long> expected = FilterRows.unindexedIds(db, filter, "t.id");
            assertTrue(found.isPresent() || !kept, text + " " + when);
            if (found.isPresent()) {
                assertEquals(expected, found.get().stream().mapToObj(id -> (long) id).toList(), text + " " + when);
            }
        }
    }

    private static Optional<BitSet> read(Database db, String path) {
        return db.read(c -> KeptTopics.read(c, new TalkFilter.Topic(path, true)));
    }

    /** The set as stored, whatever the figures say. */
    private static BitSet stored(Connection c, String path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT chunk, bits FROM kept_topic_ids WHERE topic_id = (SELECT id FROM topic WHERE path = ?) ORDER BY chunk""")) {
            ps.setString(1, path);
            return ChunkedBits.joined(ps);
        }
    }

    private static BitSet entries(Database db, String path) {
        return db.read(c -> {
            BitSet ids = new BitSet();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT talk_id FROM talk_topic_closure WHERE topic_id = (SELECT id FROM topic WHERE path = ?)")) {
                ps.setString(1, path);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.set(Math.toIntExact(rs.getLong(1)));
                    }
                }
            }
            return ids;
        });
    }

    private static boolean hasTopic(Path file, TalkId id, String path) {
        try (Database db = Database.open(file, CLOCK)) {
            return entries(db, path).get(Math.toIntExact(id.value()));
        }
    }

    private static Talk talk(Random rnd, int n) {
        return RandomLibrary.withRandomColumns(rnd, Talk.titled("talk " + n).withTags(tags(rnd)), 2, 40);
    }

    private static List<String> tags(Random rnd) {
        List<String> tags = new ArrayList<>();
        for (String topic : TOPICS) {
            if (rnd.nextInt(topic.startsWith("python") ? 2 : 3) == 0) {
                tags.add(topic);
            }
        }
        return tags;
    }
}
