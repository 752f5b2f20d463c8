package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Step 20: a library of step 19 gains the index of talks by year and title, and a topic sorted by year walks it. */
class YearTitleIndexMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aLibraryOfStepNineteenGainsTheIndexAndListsATopicByYearFromIt() throws Exception {
        Path file = dir.resolve("library.talkshelf");
        List<TalkId> ids = new ArrayList<>();
        try (Database db = Database.open(file)) {
            TalkStore talks = new TalkStore(db, Clock.systemUTC());
            // Years out of id order, one without a year, two of a year with the same title (ties by id), one off topic.
            Object[][] rows = {{"Beta", 2019}, {"Alpha", 2019}, {"Gamma", null}, {"Delta", 2021}, {"Alpha", 2019}, {"Other", 2022}};
            for (Object[] row : rows) {
                ids.add(talks.insert(Talk.titled((String) row[0]).withYear((Integer) row[1])
                        .withTags(row[0].equals("Other") ? List.of() : List.of("python")), null));
            }
        }
        // Step 19 is this file without the index and without the kept said terms' tables of step 21.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP INDEX talk_by_year_title");
            s.execute("DROP TRIGGER transcript_leaves_kept_said");
            s.execute("DROP TABLE kept_said");
            s.execute("DROP TABLE kept_said_term");
            s.execute("PRAGMA user_version = 19");
        }
        try (Database db = Database.open(file)) {
            assertEquals((long) OlderSchema.latest(), (long) db.read(c -> number(c, "PRAGMA user_version")));
            assertEquals(1L, (long) db.read(c -> number(c,
                    "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'talk_by_year_title'")));
            SearchResult page = new TalkSearch(db).page(new SearchRequest(TalkFilter.inTopicTree("python"), null,
                    SortKey.YEAR, false, null, 0, 10));
            assertEquals(5, page.total());
            assertEquals(List.of(ids.get(3), ids.get(1), ids.get(4), ids.get(0), ids.get(2)), page.ids());
        }
    }

    private static long number(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
