package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The shared pieces of the made-up talks the word-plan tests search ({@code *WordsSameTalksTest},
 * {@code RankedPlansSameTalksTest}, {@code ScoredInOneWalkSameTalksTest}): each test keeps its own word shares, these
 * draw the same way for all (the draws' order is part of each test's library).
 */
final class WordyTalks {
    private static final String[] FIRST = {"Ada", "Alan", "Anna", "Brett", "Carol", "Dmitri", "Eve", "Zoe", "Bob", "Amir"};
    private static final String[] LAST = {"Lovelace", "Kay", "Smith", "Cannon", "Jones", "Baker", "Young", "Adams"};

    private WordyTalks() {
    }

    /** "Python " in {@code pythonInTen} of ten titles, else "Go ", then one to three words of {@code filler}. */
    static StringBuilder titleStart(Random rnd, int pythonInTen, String[] filler) {
        StringBuilder title = new StringBuilder(rnd.nextInt(10) < pythonInTen ? "Python " : "Go ");
        for (int k = rnd.nextInt(3); k >= 0; k--) {
            title.append(filler[rnd.nextInt(filler.length)]).append(' ');
        }
        return title;
    }

    /** None, one or two speakers; many of their first names start with A. */
    static List<String> speakers(Random rnd) {
        List<String> speakers = new ArrayList<>();
        for (int k = rnd.nextInt(3); k > 0; k--) {
            speakers.add(FIRST[rnd.nextInt(FIRST.length)] + " " + LAST[rnd.nextInt(LAST.length)]);
        }
        return speakers;
    }

    /** {@code status}, two minutes in when in progress, watched once when watched, changed {@code at} unless unwatched. */
    static WatchState watch(WatchStatus status, Instant at) {
        return new WatchState(status, status == WatchStatus.IN_PROGRESS ? Duration.ofMinutes(2) : null, null,
                status == WatchStatus.WATCHED ? 1 : 0, status == WatchStatus.UNWATCHED ? null : at);
    }

    /** The ids' numbers, in their order. */
    static List<Long> values(List<TalkId> ids) {
        return ids.stream().map(TalkId::value).toList();
    }

    /** {@code word} counted by a search that keeps words in 5 talks or more, and so kept (asserted). */
    static void keep(Database db, String word) {
        FullText text = Fts.w(word);
        new TalkSearch(db).withKeepMinMatches(5).count(TalkFilter.fullText(text));
        assertTrue(db.read(c -> KeptWords.count(c, text)).isPresent(), word + " is kept");
    }
}
