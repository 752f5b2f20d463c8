package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new talk's search index row is written from the text its insert stored ({@link IndexText}), not read back from the
 * tables. The index must hold what rows read back from the tables make ({@link FtsIndex#rebuild}): every term at the
 * same talk, column and position, for the PyVideo sample imported, and for talks whose speakers and events were spelled
 * otherwise before, whose topics were given out of their ids' order, whose text holds letters the index folds, or that
 * were changed after their insert.
 */
class IndexTextSameAsTablesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theImportedPyVideoSampleIsIndexedAsItsTablesSay() throws Exception {
        Path file = dir.resolve("sample.db");
        try (Services s = Library.open(file, Clock.systemUTC())) {
            s.imports().importPaths(List.of(Path.of(getClass().getResource("/dev/talkshelf/formats/pyvideo-sample").toURI())),
                    null, false, ImportContext.Progress.SILENT);
        }
        List<String> written = terms(file);
        assertTrue(written.size() > 20_000, "the sample indexes many words: " + written.size());
        assertEquals(written, termsRebuiltFromTables(file));
    }

    @Test
    void talksWithOtherSpellingsOrdersAndLaterChangesAreIndexedAsTheirTablesSay() throws Exception {
        Path file = dir.resolve("crafted.db");
        Database db = Database.open(file, CLOCK);
        try {
            TalkStore talks = new TalkStore(db, CLOCK);
            NoteStore notes = new NoteStore(db, CLOCK);
            // A name's key folds more than the index does: the later spellings below share these names' keys, not their words.
            talks.insert(Talk.titled("Wide letters").withSpeakers(List.of("Ｊａｎｅ Ｄｏｅ", "Raﬁ Ahmed")), null);
            TalkId old = talks.insert(Talk.titled("Older talk").withSpeakers(List.of("Łukasz Langa"))
                    .withEvent("PyCon US 2023").withTags(List.of("zeta/one", "alpha")).withDescription("kept apart"), null);
            db.write(c -> {
                talks.insert(Talk.titled("Same speaker, plain letters").withSpeakers(List.of("LUKASZ LANGA", "Ann Example", "Jane Doe"))
                        .withEvent("pycon us 2023").withTags(List.of("alpha", "zeta/one", "beta")).withDescription("first"), null);
                talks.insert(Talk.titled("Speakers met in this write").withSpeakers(List.of("ann example", "Łukasz Langa", "Ann Example", "Rafi Ahmed"))
                        .withTags(List.of("beta", "alpha/deep/er", "zeta")), null);
                talks.insert(Talk.titled("Nothing else at all"), null);
                // Folded letters in a description packed (and folded) ahead, as an import's reading threads do, and in
                // one packed by the insert itself; the titles' are folded by the insert.
                String folded = "Łukasz and Søren met in Łódź to talk about Straße names and Æsir. ".repeat(4);
                Talk ahead = Talk.titled("Łódź, packed ahead").withDescription(folded);
                talks.insert(ahead, null, PackedDescription.of(ahead.description()), null);
                talks.insert(Talk.titled("Þór, packed here").withDescription("Øresund " + folded), null);
                TalkId retitled = talks.insert(Talk.titled("Before its change").withSpeakers(List.of("Bo Li")), null);
                talks.setTags(retitled, List.of("gamma", "alpha"));
                TalkId noted = talks.insert(Talk.titled("With a note").withDescription("a long description ".repeat(40)), null);
                notes.add(noted, Duration.ofSeconds(1), "noted words");
                talks.delete(old);
                talks.insert(Talk.titled("Older talk, back").withId(old).withSpeakers(List.of("lukasz langa"))
                        .withTags(List.of("alpha")), null);
                return null;
            });
        } finally {
            db.close();
        }
        List<String> written = terms(file);
        assertTrue(written.stream().filter(t -> t.startsWith("langa speakers ")).count() == 3, "every talk's speakers indexed: " + written);
        assertEquals(8, written.stream().filter(t -> t.startsWith("lodz description ")).count(),
                "folded descriptions: " + written);
        assertEquals(written, termsRebuiltFromTables(file));
    }

    /** Every term of the index as "term column" lines with their talk and position, in the vocabulary's order. */
    private static List<String> terms(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            return terms(c);
        }
    }

    private static List<String> termsRebuiltFromTables(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try {
                FtsIndex.rebuild(c);
                return terms(c);
            } finally {
                c.rollback();
            }
        }
    }

    private static List<String> terms(Connection c) throws SQLException {
        List<String> terms = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.index_terms USING fts5vocab(main, talk_fts, instance)");
            try (ResultSet rs = s.executeQuery("SELECT term, col, doc, offset FROM temp.index_terms")) {
                while (rs.next()) {
                    terms.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " " + rs.getLong(4));
                }
            }
        }
        return terms;
    }
}
