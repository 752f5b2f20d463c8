package dev.talkshelf.catalog;

import static dev.talkshelf.catalog.Fts.or;
import static dev.talkshelf.catalog.Fts.w;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An "or" of words is read from the kept bitmaps when one of its words is kept, else left to the search index whole. */
class KeptWordsAlternativesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    private static final FullText NONE_KEPT = or(w("django"), w("flask"));
    private static final FullText ONE_KEPT = or(w("python"), w("flask"));

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("library.talkshelf"), CLOCK);
        TalkStore talks = new TalkStore(db, CLOCK);
        for (int i = 0; i < 40; i++) {
            String title = i < 30 ? "Python thing " + i : i < 33 ? "Django thing " + i : i < 35 ? "Go thing " + i : "Ruby thing " + i;
            // Flask only in some descriptions: a match that is not a title match.
            talks.insert(Talk.titled(title).withDescription(i % 7 == 0 ? "with flask" : "plain"), null);
        }
        db.write(c -> KeptWords.keepCommon(c, 5));
        assertTrue(db.read(KeptWords::words).contains("python"));
        assertTrue(!db.read(KeptWords::words).contains("django") && !db.read(KeptWords::words).contains("flask"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anOrOfWordsNoneOfThemKeptIsLeftToTheSearchIndex() {
        assertEquals(Optional.empty(), db.read(c -> KeptWords.read(c, NONE_KEPT)));
        assertEquals(OptionalLong.empty(), db.read(c -> KeptWords.count(c, NONE_KEPT)));
        assertEquals(Optional.empty(), db.read(c -> KeptWords.titleIds(c, NONE_KEPT)));
    }

    @Test
    void anOrWithAKeptWordListsWhatTheSearchIndexLists() {
        BitSet matches = fts(ONE_KEPT);
        assertEquals(31, matches.cardinality(), "30 python titles and a flask description of another talk");
        assertEquals(matches, db.read(c -> KeptWords.read(c, ONE_KEPT)).orElseThrow().ids());
        assertEquals(31, db.read(c -> KeptWords.count(c, ONE_KEPT)).getAsLong());
        assertEquals(fts(ONE_KEPT.inTitle()), db.read(c -> KeptWords.titleIds(c, ONE_KEPT)).orElseThrow());
    }

    private BitSet fts(FullText expression) {
        return Fts5Matches.of(db, expression);
    }
}
