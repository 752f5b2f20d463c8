package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Talk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class M3uReaderTest {
    private final M3uReader reader = new M3uReader();
    @TempDir
    Path dir;

    @Test
    void extinfGivesDurationSpeakersAndTitle() throws Exception {
        Path file = TestFiles.write(dir, "watch.m3u8", """
                #EXTM3U
                #EXTINF:2712,David Hewitt - Using Rust in Free-Threaded vs Regular Python 3.13
                https://www.youtube.com/watch?v=abcdefghijk
                """);
        ImportBatch batch = reader.read(file, ImportContext.NONE);
        Talk talk = batch.talks().get(0).talk();
        assertEquals("Using Rust in Free-Threaded vs Regular Python 3.13", talk.title());
        assertEquals(List.of("David Hewitt"), talk.speakers());
        assertEquals(Duration.ofSeconds(2712), talk.duration());
        assertEquals("https://www.youtube.com/watch?v=abcdefghijk", talk.media());
        assertEquals("youtube:abcdefghijk", batch.talks().get(0).sourceKey());
    }

    @Test
    void relativePathsAreResolvedAgainstThePlaylistFolder() throws Exception {
        Path file = TestFiles.write(dir, "lists/rust.m3u", "videos/Comprehending_Proc_Macros [abcdefghijk].mkv\n../b.mp4\n");
        ImportBatch batch = reader.read(file, ImportContext.NONE);
        assertEquals(dir.resolve("lists/videos/Comprehending_Proc_Macros [abcdefghijk].mkv").toString(), batch.talks().get(0).talk().media());
        assertEquals("Comprehending Proc Macros", batch.talks().get(0).talk().title());
        assertEquals("youtube:abcdefghijk", batch.talks().get(0).sourceKey());
        assertEquals(dir.resolve("b.mp4").toString(), batch.talks().get(1).talk().media());
    }

    @Test
    void wholeFileBecomesOnePlaylistNamedAfterIt() throws Exception {
        Path file = TestFiles.write(dir, "Rust queue.m3u8", "#EXTM3U\n/v/a.mp4\n/v/b.mp4\n");
        assertEquals(List.of(new PlaylistDraft("Rust queue", null, List.of(0, 1))), reader.read(file, ImportContext.NONE).playlists());
    }

    @Test
    void playlistDirectiveNamesThePlaylist() throws Exception {
        Path file = TestFiles.write(dir, "x.m3u8", "#EXTM3U\n#PLAYLIST:Weekend\n/v/a.mp4\n");
        assertEquals("Weekend", reader.read(file, ImportContext.NONE).playlists().get(0).name());
    }

    @Test
    void unknownDurationIsLeftEmpty() throws Exception {
        Path file = TestFiles.write(dir, "x.m3u8", "#EXTINF:-1,Comprehending Proc Macros\n/v/a.mp4\n");
        assertEquals(null, reader.read(file, ImportContext.NONE).talks().get(0).talk().duration());
    }

    @Test
    void latin1PlainM3uIsRead() throws Exception {
        Path file = dir.resolve("old.m3u");
        Files.write(file, "#EXTINF:10,Caf\u00e9 talk\n/v/a.mp4\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("Caf\u00e9 talk", reader.read(file, ImportContext.NONE).talks().get(0).talk().title());
    }

    @Test
    void badDurationNamesItsLine() {
        Path file = TestFiles.write(dir, "x.m3u8", "#EXTM3U\n/v/a.mp4\n#EXTINF:long,T\n/v/b.mp4\n");
        FormatException e = assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE));
        assertEquals(file + " line 3: #EXTINF duration 'long' is not a number of seconds", e.getMessage());
    }

    @Test
    void scriptEntryIsRefused() {
        Path file = TestFiles.write(dir, "x.m3u8", "#EXTM3U\njavascript:alert(1)\n");
        assertEquals(2, assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE)).line());
    }

    @Test
    void danglingExtinfIsRefused() {
        Path file = TestFiles.write(dir, "x.m3u8", "#EXTM3U\n/v/a.mp4\n#EXTINF:10,T\n");
        assertEquals(3, assertThrows(FormatException.class, () -> reader.read(file, ImportContext.NONE)).line());
    }

    @Test
    void emptyPlaylistImportsNothingAndMakesNoPlaylist() throws Exception {
        for (String content : List.of("", "#EXTM3U\n", "#EXTM3U\n#PLAYLIST:   \n")) {
            ImportBatch batch = reader.read(TestFiles.write(dir, ".m3u", content), ImportContext.NONE);
            assertEquals(List.of(), batch.talks());
            assertEquals(List.of(), batch.playlists());
            Files.delete(dir.resolve(".m3u"));
        }
    }

    @Test
    void fileNamedOnlyByItsExtensionStillNamesItsPlaylist() throws Exception {
        ImportBatch batch = reader.read(TestFiles.write(dir, ".m3u", "https://example.org/rust.mp4\n"), ImportContext.NONE);
        assertEquals("M3U playlist", batch.playlists().get(0).name());
    }

    @Test
    void entryWithBlankTitleIsTitledFromItsUrl() throws Exception {
        ImportBatch batch = reader.read(TestFiles.write(dir, "a.m3u8", """
                #EXTINF:60,
                https://example.org/
                #EXTINF:60, \u0007
                https://example.org/talks/Ownership_Explained.mp4
                """), ImportContext.NONE);
        assertEquals("https://example.org/", batch.talks().get(0).talk().title());
        assertEquals("Ownership Explained", batch.talks().get(1).talk().title());
    }
}
