package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Talk;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class M3uWriterTest {
    private final M3uWriter writer = new M3uWriter();
    @TempDir
    Path dir;

    @Test
    void talksWithMediaAreWrittenSpeakersFirst() throws Exception {
        StringWriter out = new StringWriter();
        writer.write(List.of(
                Talk.titled("Faster CPython").withSpeakers(List.of("Mark Shannon", "Eric Snow")).withDuration(Duration.ofSeconds(2712))
                        .withMedia("https://www.youtube.com/watch?v=abcdefghijk"),
                Talk.titled("No media"),
                Talk.titled("Line\nbreak").withMedia("/v/a.mp4")), out);
        assertEquals("""
                #EXTM3U
                #EXTINF:2712,Mark Shannon, Eric Snow - Faster CPython
                https://www.youtube.com/watch?v=abcdefghijk
                #EXTINF:-1,Line break
                /v/a.mp4
                """, out.toString());
    }

    @Test
    void writtenPlaylistReadsBackEqual() throws Exception {
        List<Talk> talks = List.of(
                Talk.titled("Protocols vs ABCs in Python - When to Use Which One?").withSpeakers(List.of("Ann Lee"))
                        .withDuration(Duration.ofSeconds(1800)).withMedia("https://www.youtube.com/watch?v=abcdefghijk"),
                Talk.titled("Comprehending Proc Macros").withMedia(dir.resolve("v/macros.mkv").toString()),
                Talk.titled("Metaclasses Demystified").withSpeakers(List.of("Jason C. McDonald", "Bo Chen"))
                        .withDuration(Duration.ofSeconds(61)).withMedia("https://vimeo.com/1"));
        Path file = dir.resolve("out.m3u8");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(talks, out);
        }
        List<Talk> back = new M3uReader().read(file, ImportContext.NONE).talks().stream()
                .map(ImportBatch.ImportedTalk::talk).toList();
        assertEquals(talks, back);
    }
}
