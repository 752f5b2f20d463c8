package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.catalog.CueSearch;
import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Moment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The best moments picked one by one are the ones ranking every hit gave: all the hits sorted (most terms, densest,
 * earliest), each taken unless it is next to one taken before it.
 */
class MomentTextPropertiesTest {
    @Property(tries = 500)
    void pickingTheBestInTurnGivesWhatSortingAllGave(@ForAll long seed, @ForAll @IntRange(min = 0, max = 6) int max) {
        Random rnd = new Random(seed);
        int size = 1 + rnd.nextInt(60);
        List<Cue> cues = new ArrayList<>();
        List<CueSearch.Hit> hits = new ArrayList<>();
        for (int place = 0; place < size; place++) {
            cues.add(new Cue(Duration.ofSeconds(place * 3L), Duration.ofSeconds(place * 3L + 2), "gil said at " + place));
            if (rnd.nextInt(3) > 0) {
                // Few values, so that ties in terms and density are common.
                hits.add(new CueSearch.Hit(place, 1 + rnd.nextInt(2), 1 + rnd.nextInt(3), 2 + rnd.nextInt(4)));
            }
        }
        CueSearch.Matches matches = new CueSearch.Matches(cues, hits);

        assertEquals(bySortingAll(matches, max), MomentText.best(matches, List.of("gil"), max));
    }

    /** What MomentText.best did before it picked in turn. */
    private static List<Moment> bySortingAll(CueSearch.Matches matches, int max) {
        List<CueSearch.Hit> ranked = new ArrayList<>(matches.hits());
        ranked.sort(Comparator.<CueSearch.Hit>comparingInt(h -> -h.terms())
                .thenComparingDouble(h -> -(double) h.occurrences() / Math.max(1, h.words()))
                .thenComparingInt(CueSearch.Hit::place));
        List<Integer> taken = new ArrayList<>();
        List<Moment> moments = new ArrayList<>();
        for (CueSearch.Hit hit : ranked) {
            if (moments.size() == max) {
                break;
            }
            if (taken.stream().noneMatch(p -> Math.abs(p - hit.place()) <= 1)) {
                taken.add(hit.place());
                moments.add(MomentText.of(matches.cues(), hit.place(), List.of("gil")));
            }
        }
        return moments;
    }
}
