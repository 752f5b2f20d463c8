package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Talk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YtDlpReaderTest {
    private static final String VIDEO = """
            {"id": "8mA1iNHOj1A", "title": "Choosing Between Free Threading and Async — Samet Yaslan",
             "duration": 1815.0, "webpage_url": "https://www.youtube.com/watch?v=8mA1iNHOj1A",
             "upload_date": "20250612", "tags": ["Python", "free threading"], "description": "Which one?",
             "thumbnail": "https://i.ytimg.com/vi/8mA1iNHOj1A/maxresdefault.jpg",
             "uploader": "PyCon US", "channel": "PyCon US", "extractor": "youtube", "extractor_key": "Youtube"}
            """;
    private final YtDlpReader reader = new YtDlpReader();
    @TempDir
    Path dir;

    @Test
    void infoJsonGivesOneTalkWithParsedTitle() throws Exception {
        Path file = TestFiles.write(dir, "Choosing [8mA1iNHOj1A].info.json", VIDEO);
        ImportedTalk imported = reader.read(file, ImportContext.NONE).talks().get(0);
        Talk talk = imported.talk();
        assertEquals("Choosing Between Free Threading and Async", talk.title());
        assertEquals(List.of("Samet Yaslan"), talk.speakers());
        assertEquals(Duration.ofSeconds(1815), talk.duration());
        assertEquals("https://www.youtube.com/watch?v=8mA1iNHOj1A", talk.media());
        assertEquals(LocalDate.of(2025, 6, 12), talk.recorded());
        assertEquals(2025, talk.year());
        assertEquals(List.of("python", "free-threading"), talk.tags());
        assertEquals("Which one?", talk.description());
        assertEquals("https://i.ytimg.com/vi/8mA1iNHOj1A/maxresdefault.jpg", talk.thumbnail());
        assertEquals("youtube:8mA1iNHOj1A", imported.sourceKey());
    }

    @Test
    void channelIsNotASpeaker() throws Exception {
        Path file = TestFiles.write(dir, "v.info.json",
                "{\"id\": \"abcdefghijk\", \"title\": \"Comprehending Proc Macros\", \"uploader\": \"Logan Smith\", \"channel\": \"Logan Smith\"}");
        assertEquals(List.of(), reader.read(file, ImportContext.NONE).talks().get(0).talk().speakers());
    }

    @Test
    void eventYearBeatsUploadYear() throws Exception {
        Path file = TestFiles.write(dir, "v.info.json",
                "{\"title\": \"Fast Builds • Dave Farley • YOW! 2024\", \"upload_date\": \"20250102\"}");
        Talk talk = reader.read(file, ImportContext.NONE).talks().get(0).talk();
        assertEquals("YOW! 2024", talk.event());
        assertEquals(2024, talk.year());
    }

    @Test
    void playlistDumpGivesTalksAndAPlaylist() throws Exception {
        Path file = TestFiles.write(dir, "pl.json", """
                {"_type": "playlist", "title": "Rust talks", "id": "PL123",
                 "entries": [
                   {"_type": "url", "ie_key": "Youtube", "id": "aaaaaaaaaaa", "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa", "title": "Comprehending Proc Macros", "duration": 600},
                   null,
                   {"_type": "url", "ie_key": "Youtube", "id": "bbbbbbbbbbb", "title": "Async Rust explained in 20 minutes"}
                 ]}
                """);
        ImportBatch batch = reader.read(file, ImportContext.NONE);
        assertEquals(2, batch.talks().size());
        assertEquals(List.of(new PlaylistDraft("Rust talks", null, List.of(0, 1))), batch.playlists());
        assertEquals("https://www.youtube.com/watch?v=bbbbbbbbbbb", batch.talks().get(1).talk().media());
        assertEquals("youtube:bbbbbbbbbbb", batch.talks().get(1).sourceKey());
    }

    @Test
    void jsonLinesGiveOneTalkPerLine() throws Exception {
        Path file = TestFiles.write(dir, "dump.jsonl", VIDEO.replace("\n", " ") + "\n"
                + "{\"id\": \"x\", \"title\": \"Second\", \"extractor_key\": \"Vimeo\", \"webpage_url\": \"https://vimeo.com/1\"}\n");
        ImportBatch batch = reader.read(file, ImportContext.NONE);
        assertEquals(2, batch.talks().size());
        assertEquals("vimeo:x", batch.talks().get(1).sourceKey());
        assertEquals(List.of(), batch.playlists());
    }

    @Test
    void trackAndArtistFieldsBeatTheTitle() throws Exception {
        Path file = TestFiles.write(dir, "v.info.json",
                "{\"title\": \"Whatever - Someone Else\", \"track\": \"The Talk\", \"artists\": [\"Ann Lee\", \"Bo Chen\"]}");
        Talk talk = reader.read(file, ImportContext.NONE).talks().get(0).talk();
        assertEquals("The Talk", talk.title());
        assertEquals(List.of("Ann Lee", "Bo Chen"), talk.speakers());
    }

    @Test
    void missingUploadDateLeavesDateAndYearEmpty() throws Exception {
        Path file = TestFiles.write(dir, "v.info.json", "{\"title\": \"Comprehending Proc Macros\"}");
        Talk talk = reader.read(file, ImportContext.NONE).talks().get(0).talk();
        assertNull(talk.recorded());
        assertNull(talk.year());
    }

    @Test
    void brokenSecondLineNamesThatLine() {
        Path file = TestFiles.write(dir, "dump.jsonl", "{\"title\": \"A\"}\n{\"title\": \"B\",, }\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(file + " line 2 column 15: unexpected character ','", e.getMessage());
    }

    @Test
    void truncatedFileSaysItEndsTooEarly() {
        Path file = TestFiles.write(dir, "v.info.json", "{\"title\": \"A\",\n \"tags\": [\"x\"");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(2, e.line());
        assertEquals("the JSON ends too early (a missing '}', ']' or '\"')", e.problem());
    }

    @Test
    void badUploadDateNamesItsLine() {
        Path file = TestFiles.write(dir, "dump.jsonl", "{\"title\": \"A\"}\n{\"title\": \"B\", \"upload_date\": \"2024-01-01\"}\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(file + " line 2: 'upload_date' is '2024-01-01', expected YYYYMMDD", e.getMessage());
    }

    @Test
    void videoWithoutTitleIsRefused() {
        Path file = TestFiles.write(dir, "v.info.json", "{\"id\": \"abc\"}");
        assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
    }

    @Test
    void emptyFileIsRefused() {
        Path file = TestFiles.write(dir, "v.info.json", "  \n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(1, e.line());
    }

    @Test
    void aChannelFrontPageListsTabsNotVideosAndSaysWhatToImportInstead() {
        String channel = """
                {"_type": "playlist", "id": "UCaYhcUwRBNscFNUKTjgPFiA", "title": "Rust", "extractor_key": "YoutubeTab",
                 "entries": [
                  {"_type": "url", "ie_key": "YoutubeTab", "id": "UCaYhcUwRBNscFNUKTjgPFiA", "title": "Rust - Videos",
                   "url": "https://www.youtube.com/@rustvideos/videos"},
                  {"_type": "url", "ie_key": "YoutubeTab", "id": "UCaYhcUwRBNscFNUKTjgPFiA", "title": "Rust - Playlists",
                   "url": "https://www.youtube.com/@rustvideos/playlists"}]}
                """;

        FormatException e = assertThrows(FormatException.class, () -> reader.readListing("https://www.youtube.com/@rustvideos",
                channel.getBytes(StandardCharsets.UTF_8), ImportContext.NONE));

        assertEquals("the link lists no videos (a channel's front page lists its tabs: import its Videos tab, "
                + "e.g. …/@channel/videos, or one of its playlists)", e.problem());
    }

    @Test
    void privateAndDeletedPlaceholdersInAPlaylistAreNotTalks() throws Exception {
        String playlist = """
                {"_type": "playlist", "title": "Talks", "entries": [
                  {"_type": "url", "ie_key": "Youtube", "id": "aaaaaaaaaaa", "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
                   "title": "Error Handling Without Tears | Olu Adebayo | RustConf 2024", "duration": 1512.0},
                  {"_type": "url", "ie_key": "Youtube", "id": "bbbbbbbbbbb", "url": "https://www.youtube.com/watch?v=bbbbbbbbbbb",
                   "title": "[Private video]", "duration": null},
                  {"_type": "url", "ie_key": "Youtube", "id": "ccccccccccc", "url": "https://www.youtube.com/watch?v=ccccccccccc",
                   "title": "[Deleted video]", "duration": null}]}
                """;

        ImportBatch batch = reader.readListing("https://www.youtube.com/playlist?list=PLx",
                playlist.getBytes(StandardCharsets.UTF_8), ImportContext.NONE);

        assertEquals(List.of("Error Handling Without Tears"), batch.talks().stream().map(t -> t.talk().title()).toList());
        assertEquals(List.of(0), batch.playlists().get(0).talkIndexes());
        assertEquals("youtube:aaaaaaaaaaa", batch.talks().get(0).sourceKey());
    }
}
