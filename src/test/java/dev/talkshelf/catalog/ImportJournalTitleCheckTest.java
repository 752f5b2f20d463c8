package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Names;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run keeps its talks' titles as 8-byte hashes; taking it back still spares a talk that reused an id. */
class ImportJournalTitleCheckTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static List<String> titles(Database db) {
        return db.read(c -> Sql.column(c, "SELECT title FROM talk ORDER BY id", new ArrayList<>(), rs -> rs.getString(1)));
    }

    private static long run(Database db, TalkStore talks, ImportJournal journal, String title) {
        long run = journal.begin("test");
        db.write(c -> {
            TalkId id = talks.insert(Talk.titled(title), null);
            journal.added(run, id, Names.key(title));
            return null;
        });
        journal.finish(run);
        return run;
    }

    @Test
    void theTitleIsKeptAsEightBytes() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            run(db, new TalkStore(db, CLOCK), new ImportJournal(db, CLOCK), "A talk with a rather long title, as many are");

            Object size = StoredValue.of(db, "SELECT length(title_key) FROM import_added");
            assertEquals(8, ((Number) size).intValue());
        }
    }

    @Test
    void aRunTakenBackDeletesItsTalkButNotOneThatReusedTheId() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            ImportJournal journal = new ImportJournal(db, CLOCK);
            talks.insert(Talk.titled("Kept"), null);
            long first = run(db, talks, journal, "Imported");
            long second = run(db, talks, journal, "Imported later");
            talks.delete(new TalkId(3));
            talks.insert(Talk.titled("Reused id"), null);

            journal.revert(second);
            journal.revert(first);

            assertEquals(List.of("Kept", "Reused id"), titles(db));
        }
    }

    @Test
    void aRunJournalledBeforeStep22WithTheTitleAsTextIsTakenBack() {
        try (Database db = Database.open(dir.resolve("lib.db"), CLOCK)) {
            TalkStore talks = new TalkStore(db, CLOCK);
            ImportJournal journal = new ImportJournal(db, CLOCK);
            talks.insert(Talk.titled("Kept"), null);
            long run = run(db, talks, journal, "Imported");
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE import_added SET title_key = ?")) {
                    ps.setString(1, Names.key("Imported"));
                    return ps.executeUpdate();
                }
            });

            journal.revert(run);

            assertEquals(List.of("Kept"), titles(db));
        }
    }
}
