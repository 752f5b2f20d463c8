package dev.talkshelf.catalog;

import static dev.talkshelf.catalog.Fts.or;
import static dev.talkshelf.catalog.Fts.w;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptWordsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aSearchCountingAWordInMuchOfTheLibraryKeepsItAndTheKeptFacetsStayValid() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            for (int i = 0; i < 10; i++) {
                talks.insert(Talk.titled((i < 6 ? "Python " : "Rust ") + "talk " + i), null);
            }
            new FacetStore(db).facets(TalkFilter.ALL); // counts the whole library's facets and keeps them
            assertTrue(db.<Boolean>read(c -> FacetSnapshot.read(c).isPresent()));

            TalkSearch search = new TalkSearch(db).withKeepMinMatches(5);
            assertEquals(6, search.count(TalkFilter.fullText(w("python"))));
            assertEquals(4, search.count(TalkFilter.fullText(w("rust"))), "4 talks: fewer than 5, not kept");

            assertEquals(List.of("python"), db.read(KeptWords::words));
            assertEquals(6, db.read(c -> KeptWords.count(c, or(w("Python")))).getAsLong());
            assertTrue(db.<Boolean>read(c -> FacetSnapshot.read(c).isPresent()), "keeping a word changes no facet");

            talks.insert(Talk.titled("Pythonic code"), null);
            assertEquals(7, db.read(c -> KeptWords.count(c, w("python"))).getAsLong(), "updated by the write");
        }
    }

    @Test
    void theCommonestWordsOfALibraryAreKeptAtOnceButNotFunctionWordsOrRareOnes() {
        try (Database db = Database.open(dir.resolve("library.talkshelf"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            for (int i = 0; i < 40; i++) {
                String title = (i < 30 ? "Python and the " : i < 34 ? "Rust and the " : "Go and the ") + "thing " + i;
                talks.insert(Talk.titled(title).withTags(i % 2 == 0 ? List.of("data") : List.of())
                        .withDescription("see https://example.org/" + i), null);
            }
            assertEquals(List.of(), db.write(KeptWords::keepCommon), "40 talks: too few for the real bounds");
            // "thing" is in every title, python in 30, data in 20 topics (all above a fifth), rust in 4 (below); and,
            // the: no; the descriptions' link words (https, example, org) are not candidates. Then the two letters starting
            // a word of a twentieth of the sample, kept from 5 matches whatever their share (decision 0054): go (6) too,
            // not ru (4), nor an (only "and").
            assertEquals(List.of("thing", "python", "data", "th", "py", "da", "go"), db.write(c -> KeptWords.keepCommon(c, 5)));
            assertEquals(List.of("da", "data", "go", "py", "python", "th", "thing"), db.read(KeptWords::words));
            assertEquals(30, db.read(c -> KeptWords.count(c, w("python"))).getAsLong());
            assertEquals(30, db.read(c -> KeptWords.titleIds(c, w("python"))).orElseThrow().cardinality());
            assertEquals(0, db.read(c -> KeptWords.titleIds(c, w("data"))).orElseThrow().cardinality());
            assertEquals(List.of(), db.write(c -> KeptWords.keepCommon(c, 5)), "kept already");
        }
    }
}
