package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Letters;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.Services;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the PyVideo sample (two conferences, CC0) imported: {@code speaker:X} from the speakers' own index finds the talks
 * the talks' index found for {@code {speakers} : ("x"*)}, for every first letter or digit of a word in a speaker's name,
 * every first two and every whole word; and taking the import back leaves the speakers' index as empty as the speakers.
 */
class SpeakerIndexSampleTest {
    private static final int ALL = 100_000;

    @TempDir
    Path dir;

    @Test
    void everySpeakerPrefixFindsWhatTheTalksIndexFound() throws Exception {
        Path file = dir.resolve("library.db");
        try (Services s = Library.open(file, Clock.systemUTC())) {
            s.imports().importPaths(List.of(sample()), null, false, ImportContext.Progress.SILENT);
            Set<String> prefixes = new TreeSet<>();
            for (Talk talk : s.search().search("", 0, ALL).talks()) {
                for (String name : talk.speakers()) {
                    for (String word : Letters.fold(name).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                        if (!word.isEmpty()) {
                            prefixes.add(word.substring(0, word.offsetByCodePoints(0, 1)));
                            prefixes.add(word.substring(0, word.offsetByCodePoints(0, Math.min(2, word.codePointCount(0, word.length())))));
                            prefixes.add(word);
                        }
                    }
                }
            }
            assertTrue(prefixes.size() > 300, "the sample's speakers give many prefixes: " + prefixes.size());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                for (String prefix : prefixes) {
                    Set<TalkId> expected = talkIndex(c, "{speakers} : (\"" + prefix + "\"*)");
                    assertTrue(!expected.isEmpty(), prefix);
                    assertEquals(expected, ids(s, "speaker:" + prefix), prefix);
                    assertEquals(talkIndex(c, "{speakers} : (\"" + prefix + "\")"), ids(s, "speaker:\"" + prefix + "\""), prefix);
                }
            }
        }
    }

    @Test
    void anImportTakenBackLeavesTheSpeakersIndexAsItWas() throws Exception {
        Path file = dir.resolve("library.db");
        try (Services s = Library.open(file, Clock.systemUTC())) {
            Path csv = Files.writeString(dir.resolve("kept.csv"), "title,speakers\nKept,Zoë Keeping\n");
            s.imports().importPaths(List.of(csv), null, false, ImportContext.Progress.SILENT);
            s.imports().importPaths(List.of(sample()), null, false, ImportContext.Progress.SILENT);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                assertTrue(count(c, "SELECT count(*) FROM speaker") > 300);
                assertEquals(count(c, "SELECT count(*) FROM speaker"), count(c, "SELECT count(*) FROM speaker_fts"));
            }

            s.library().undo();

            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                assertEquals(1, count(c, "SELECT count(*) FROM speaker"));
                assertEquals(1, count(c, "SELECT count(*) FROM speaker_fts"));
                assertEquals(1, count(c, "SELECT count(*) FROM speaker_fts WHERE speaker_fts MATCH 'zoe'"));
            }
            assertEquals(1, s.search().search("speaker:z", 0, ALL).total());
            assertEquals(0, s.search().search("speaker:a", 0, ALL).total());
        }
    }

    private static Set<TalkId> ids(Services s, String query) {
        Set<TalkId> ids = new HashSet<>();
        s.search().search(query, 0, ALL).talks().forEach(t -> ids.add(t.id()));
        return ids;
    }

    private static Set<TalkId> talkIndex(Connection c, String expression) throws SQLException {
        Set<TalkId> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rowid FROM talk_fts WHERE talk_fts MATCH ?")) {
            ps.setString(1, expression);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(TalkId.of(rs.getLong(1)));
                }
            }
        }
        return ids;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(SpeakerIndexSampleTest.class.getResource("/dev/talkshelf/formats/pyvideo-sample").toURI());
    }
}
