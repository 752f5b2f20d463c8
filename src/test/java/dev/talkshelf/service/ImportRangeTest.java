package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers out of range, through the real import into a real library: a web dump's bogus length is dropped and
 * the talk kept; the native format and CSV refuse it, naming file, line and field, and change nothing.
 */
class ImportRangeTest {
    @TempDir
    Path dir;
    Services services;

    @BeforeEach
    void open() {
        services = Library.open(dir.resolve("library.db"), Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private ImportSummary importFile(String name, String content) throws IOException {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        return services.imports().importPaths(List.of(file), null, false, ImportContext.Progress.SILENT);
    }

    private UserInputException refused(String name, String content) {
        long before = services.search().summary("").talks();
        UserInputException e = assertThrows(UserInputException.class, () -> importFile(name, content));
        assertTrue(e.getMessage().contains(name), e.getMessage());
        assertEquals(before, services.search().summary("").talks(), "a refused file adds nothing");
        return e;
    }

    private Talk only() {
        List<Talk> talks = services.search().search("", 0, 10).talks();
        assertEquals(1, talks.size());
        return talks.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e16", "1e40", "9.2e15", "-5", "99999999999999999999"})
    void ytDlpLengthNoTalkHasIsDroppedAndTheTalkKept(String duration) throws Exception {
        ImportSummary s = importFile("v.info.json", """
                {"id": "abcdefghijk", "title": "Rust in Production", "extractor_key": "Youtube", "duration": %s}
                """.formatted(duration));
        assertEquals(1, s.added());
        assertNull(only().duration());
        assertEquals(Duration.ZERO, services.search().summary("").remaining());
    }

    @Test
    void freeTubeLengthOf9e15AndBogusTimeAddedAreDropped() throws Exception {
        importFile("playlists.db", """
                {"playlistName": "Later", "videos": [{"videoId": "abcdefghijk", "title": "Async Rust", "lengthSeconds": "9200000000000000", "timeAdded": 9.2e18},
                 {"videoId": "bbcdefghijk", "title": "Typing", "lengthSeconds": 600}]}
                """);
        assertEquals(2, services.search().summary("").talks());
        assertEquals(Duration.ofMinutes(10), services.search().summary("").remaining());
        assertEquals(600, services.playlists().progress("Later").remainingSeconds());
    }

    @Test
    void pyVideoDateOfYear9999AndLengthOf1e16AreDropped() throws Exception {
        importFile("talk.json", """
                {"title": "Packaging", "speakers": ["Ann Lee"], "recorded": "9999-12-31", "duration": 1e16,
                 "videos": [{"type": "youtube", "url": "https://www.youtube.com/watch?v=abcdefghijk"}]}
                """);
        Talk t = only();
        assertNull(t.recorded());
        assertNull(t.duration());
    }

    @Test
    void libraryFileWithAnAbsurdDurationIsRefusedAtItsLineAndField() {
        UserInputException e = refused("lib.json", """
                {"format": "talkshelf-library", "version": 1, "talks": [
                  {"title": "Fine", "duration": 60},
                  {"title": "Bad", "duration": 1e16}
                ]}
                """);
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("talks[1].duration must be between 0 and 604800 seconds"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"added\": \"+999999999-12-31T00:00:00Z\"", "\"recorded\": \"+999999999-12-31\"",
            "\"watched_at\": \"-999999999-01-01T00:00:00Z\"", "\"year\": 99999", "\"position\": 1e40",
            "\"times_watched\": 2147483647", "\"notes\": [{\"text\": \"x\", \"at\": 1e30}]",
            "\"history\": [{\"started\": \"+999999999-12-31T00:00:00Z\", \"from\": 0, \"to\": 1}]"})
    void libraryFileWithAnImpossibleNumberOrDateIsRefusedAndChangesNothing(String field) {
        UserInputException e = refused("lib.json", """
                {"format": "talkshelf-library", "version": 1, "talks": [{"title": "Bad", %s}]}
                """.formatted(field));
        assertTrue(e.getMessage().contains("lib.json line 1 column"), e.getMessage());
        String name = field.substring(1, field.indexOf('"', 1));
        assertTrue(e.getMessage().contains("talks[0]." + name), e.getMessage());
    }

    @Test
    void csvDurationLongerThanAWeekIsRefusedAtItsLineAndColumn() {
        UserInputException e = refused("talks.csv", "title,duration\nFine,45:00\nBad,200h\n");
        assertTrue(e.getMessage().endsWith("talks.csv line 3: column 'duration' is '200h', longer than a talk can be (at most 7 days)"),
                e.getMessage());
    }

    @Test
    void csvYearOutOfRangeIsRefused() {
        assertTrue(refused("talks.csv", "title,year\nBad,0042\n").getMessage().contains("line 2: column 'year' is 0042"));
    }

    @Test
    void m3uLengthNoTalkHasIsDropped() throws Exception {
        importFile("list.m3u8", "#EXTM3U\n#EXTINF:1e16,Ann Lee - Rust\nhttps://example.org/rust.mp4\n");
        assertNull(only().duration());
    }
}
