package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeTubeReaderTest {
    private static final String EXPORT = """
            {"playlistName":"Favorites","protected":true,"description":"","videos":[{"videoId":"8mA1iNHOj1A","title":"Metaclasses Demystified - Jason C. McDonald","author":"PyCon US","authorId":"UCxs","lengthSeconds":1815,"timeAdded":1718000000000,"playlistItemId":"a1","type":"video"}],"_id":"favorites","createdAt":1700000000000,"lastUpdatedAt":1718000000000}
            {"playlistName":"Rust","videos":[{"videoId":"bbbbbbbbbbb","title":"Comprehending Proc Macros","author":"Logan Smith","lengthSeconds":"900","timeAdded":1718000000001},{"videoId":"8mA1iNHOj1A","title":"Metaclasses Demystified - Jason C. McDonald","author":"PyCon US","lengthSeconds":1815,"timeAdded":1718000000002}],"_id":"p2"}
            """;
    private final FreeTubeReader reader = new FreeTubeReader();
    @TempDir
    Path dir;

    @Test
    void everyPlaylistBecomesADraftAndSharedVideosOneTalk() throws Exception {
        ImportBatch batch = reader.read(TestFiles.write(dir, "playlists.db", EXPORT), ImportContext.NONE);
        assertEquals(2, batch.talks().size());
        assertEquals(List.of(new PlaylistDraft("Favorites", null, List.of(0)), new PlaylistDraft("Rust", null, List.of(1, 0))),
                batch.playlists());
    }

    @Test
    void videoFieldsBecomeTalkFields() throws Exception {
        ImportBatch batch = reader.read(TestFiles.write(dir, "playlists.db", EXPORT), ImportContext.NONE);
        Talk talk = batch.talks().get(0).talk();
        assertEquals("Metaclasses Demystified", talk.title());
        assertEquals(List.of("Jason C. McDonald"), talk.speakers());
        assertEquals(Duration.ofSeconds(1815), talk.duration());
        assertEquals("https://www.youtube.com/watch?v=8mA1iNHOj1A", talk.media());
        assertEquals(Instant.ofEpochMilli(1718000000000L), talk.added());
        assertEquals("youtube:8mA1iNHOj1A", batch.talks().get(0).sourceKey());
    }

    @Test
    void authorIsNotASpeaker() throws Exception {
        ImportBatch batch = reader.read(TestFiles.write(dir, "playlists.db", EXPORT), ImportContext.NONE);
        assertEquals(List.of(), batch.talks().get(1).talk().speakers());
    }

    @Test
    void historyFileIsRefusedAtItsFirstLine() {
        Path file = TestFiles.write(dir, "history.db", "{\"videoId\":\"x\",\"title\":\"t\",\"timeWatched\":1}\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(1, e.line());
    }

    @Test
    void brokenLineIsNamed() {
        Path file = TestFiles.write(dir, "playlists.db", EXPORT + "{\"playlistName\": \"x\", \"videos\": [}\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(3, e.line());
        assertEquals("unexpected character '}', expected ']'", e.problem());
    }

    @Test
    void videoWithoutIdNamesItsPlaylistLine() {
        Path file = TestFiles.write(dir, "playlists.db", "{\"playlistName\":\"A\",\"videos\":[]}\n{\"playlistName\":\"B\",\"videos\":[{\"title\":\"t\"}]}\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(file + " line 2: a video in playlist 'B' has no 'videoId' or 'title'", e.getMessage());
    }
}
