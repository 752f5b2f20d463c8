package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.catalog.OlderSchema;
import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Talk;
import dev.talkshelf.service.Services;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library an older TalkShelf wrote, with "Various Speakers", "TBA", "Unknown" and "N/A" stored as speakers (issue #15):
 * opening it migrates them away, the talks keep their real speakers, and the sidebar and the search no longer show them.
 */
class PlaceholderSpeakersMigrationTest {
    @TempDir
    Path dir;

    @Test
    void openingAnOldLibraryRemovesSpeakersThatAreNoPerson() throws Exception {
        Path file = dir.resolve("old.db");
        OlderSchema.write(file, 9, 0); // the schema before step 10 took placeholder speakers out
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            talk(c, 1, "Lightning talks", "Various Speakers");
            talk(c, 2, "Sprint results", "Various Speakers");
            talk(c, 3, "Opening", "TBA", "Ann Lee", "N/A");
            talk(c, 4, "Closing", "Unknown");
            talk(c, 5, "Typing", "Ann Lee");
            talk(c, 6, "Hints", "Bo Chen");
        }

        try (Services s = Library.open(file, Clock.systemUTC())) {
            List<Talk> talks = new ArrayList<>(s.search().search("", 0, 10).talks());
            talks.sort(Comparator.comparing(Talk::title));
            assertEquals(List.of("Closing", "Hints", "Lightning talks", "Opening", "Sprint results", "Typing"),
                    talks.stream().map(Talk::title).toList(), "no talk is lost");
            assertEquals(List.of(List.of(), List.of("Bo Chen"), List.of(), List.of("Ann Lee"), List.of(), List.of("Ann Lee")),
                    talks.stream().map(Talk::speakers).toList());
            assertEquals(List.of(new FacetCount("Ann Lee", 2), new FacetCount("Bo Chen", 1)), s.search().facets("").speakers());
            assertEquals(0, s.search().search("various", 0, 10).total(), "the search index forgot them too");
            assertEquals(1, s.search().search("bo", 0, 10).total(), "other talks are still found");
            assertEquals(List.of("Ann Lee", "Bo Chen"), speakerNames(file));
        }
    }

    private static void talk(Connection c, long id, String title, String... speakers) throws Exception {
        try (PreparedStatement t = c.prepareStatement(
                "INSERT INTO talk(id, title, sort_title, title_key, added) VALUES (?, ?, ?, ?, 0)")) {
            t.setLong(1, id);
            t.setString(2, title);
            t.setString(3, title.toLowerCase());
            t.setString(4, title.toLowerCase());
            t.executeUpdate();
        }
        for (int i = 0; i < speakers.length; i++) {
            String key = dev.talkshelf.model.Names.key(speakers[i]);
            try (PreparedStatement sp = c.prepareStatement("INSERT OR IGNORE INTO speaker(name, name_key) VALUES (?, ?)")) {
                sp.setString(1, speakers[i]);
                sp.setString(2, key);
                sp.executeUpdate();
            }
            try (PreparedStatement link = c.prepareStatement(
                    "INSERT INTO talk_speaker(talk_id, ord, speaker_id) SELECT ?, ?, id FROM speaker WHERE name_key = ?")) {
                link.setLong(1, id);
                link.setInt(2, i);
                link.setString(3, key);
                link.executeUpdate();
            }
        }
        try (PreparedStatement fts = c.prepareStatement(
                "INSERT INTO talk_fts(rowid, title, speakers, event, tags, description, notes) VALUES (?, ?, ?, NULL, NULL, NULL, NULL)")) {
            fts.setLong(1, id);
            fts.setString(2, title);
            fts.setString(3, String.join(" ", speakers));
            fts.executeUpdate();
        }
    }

    private static List<String> speakerNames(Path file) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM speaker ORDER BY name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
