package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.query.CompiledQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What every ranked plan must give: SQLite's own evaluation of the filter, ordered by FTS5's bm25 of the whole expression. */
final class PlainEvaluation {
    private PlainEvaluation() {
    }

    /**
     * The search with the app's bounds keeping words from 5 talks, then bounds small enough (40 scored) that the rarer
     * words of a query match more talks than are scored, so each plan beside a filter is taken: the matches checked one
     * by one, id sets, the candidates scored, the one walk.
     */
    static List<TalkSearch> plansBesideAFilter(Database db) {
        return List.of(new TalkSearch(db).withKeepMinMatches(5),
                new TalkSearch(db, 40, 60, TalkSearch.INDEX_WALK_MIN).withKeepMinMatches(5),
                new TalkSearch(db, 40, 100_000, TalkSearch.INDEX_WALK_MIN).withKeepMinMatches(5),
                new TalkSearch(db, 40, 60, TalkSearch.INDEX_WALK_MIN).withKeepMinMatches(5).withCandidatesScoredMax(0),
                new TalkSearch(db, 40, 60, TalkSearch.INDEX_WALK_MIN).withKeepMinMatches(5).withCandidatesScoredMax(0)
                        .withOneWalkGuessShare(1_000));
    }

    /**
     * Same talks and total as SQLite's own evaluation of the filter; up to the search's bound ranked by FTS5's bm25 of the
     * whole expression (to {@code tolerance} of a score: words left out of the score add a millionth, sums in another
     * order differ in the last bits), above it the talks whose title matches the whole expression first, each part
     * newest first.
     */
    static void assertSame(Database db, TalkSearch search, CompiledQuery q, String text, double tolerance) {
        Map<Long, Double> scores = Bm25Scores.of(db, q.rankMatch());
        Set<Long> reference = Bm25Scores.selected(db, q.filter());
        Set<Long> titled = new HashSet<>(Bm25Scores.of(db, "{title} : (" + q.rankMatch().fts() + ")").keySet());
        for (boolean reversed : List.of(false, true)) {
            SearchResult all = search.page(new SearchRequest(q.filter(), q.rankMatch(), SortKey.RELEVANCE, reversed, null, 0, 10_000));
            assertEquals(reference, Bm25Scores.ids(all.ids()), text);
            assertEquals(reference.size(), all.total(), text);
            if (reference.size() > search.exactRankMax()) {
                Comparator<Long> newestFirst = reversed ? Comparator.naturalOrder() : Comparator.reverseOrder();
                List<Long> lead = reference.stream().filter(titled::contains).sorted(newestFirst).toList();
                List<Long> others = reference.stream().filter(id -> !titled.contains(id)).sorted(newestFirst).toList();
                List<Long> expected = new ArrayList<>(reversed ? others : lead);
                expected.addAll(reversed ? lead : others);
                assertEquals(expected, all.ids().stream().map(TalkId::value).toList(), text + (reversed ? " reversed" : ""));
                continue;
            }
            for (int i = 1; i < all.ids().size(); i++) {
                double before = scores.get(all.ids().get(i - 1).value());
                double after = scores.get(all.ids().get(i).value());
                double slack = tolerance * Math.max(1, Math.abs(before));
                assertTrue(reversed ? before >= after - slack : before <= after + slack,
                        text + ": " + all.ids().get(i - 1) + " (" + before + ") before " + all.ids().get(i) + " (" + after + ")");
            }
        }
    }
}
