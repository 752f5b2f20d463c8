package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --format markdown}: study notes from a real library, written as a user would read them. */
class ExportStudyNotesTest {
    @TempDir
    Path dir;

    Cli cli;
    Path video;

    @BeforeEach
    void library() throws Exception {
        cli = new Cli(dir);
        video = Files.writeString(dir.resolve("async talk.mp4"), "not a video");
        cli.importTalks(dir, """
                {"title": "The GIL, *detached*", "speakers": ["Ana Pérez", "Bo Li"], "event": "PyCon US 2024", "year": 2024,
                 "duration": 1800, "status": "in-progress", "position": 754,
                 "media": "https://youtu.be/dQw4w9WgXcQ",
                 "notes": [{"at": null, "text": "rewatch the [benchmarks]"},
                           {"at": 3, "text": "the GIL, defined", "created": "2026-01-02T03:04:05Z"}]}""",
                """
                {"title": "Async in practice", "duration": 2400, "status": "watched", "media": "%s",
                 "notes": [{"at": 6.5, "text": "structured concurrency # 1"}]}""".formatted(video.toString().replace("\\", "\\\\")),
                """
                {"title": "Rust for Pythonistas"}""");
        cli.ok("playlist", "create", "GIL study");
        cli.ok("playlist", "add", "GIL study", "1", "2");
    }

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(ExportStudyNotesTest.class.getResource("/formats/transcripts/" + name).toURI()).toString();
    }

    @Test
    void aPlaylistsNotesLinkToTheirMomentsWithWhatWasSaidThen() throws Exception {
        cli.ok("import", fixture("gil-talk.en.vtt"), "--talk", "1");
        Path out = dir.resolve("notes.md");

        Cli.Result r = cli.ok("export", "--playlist", "GIL study", "--format", "markdown", "--output", out.toString());

        assertEquals("exported 2 talks to " + out, r.out().strip());
        assertEquals("""
                # GIL study

                _2 talks, 1 watched._

                ## 1. The GIL, \\*detached\\*

                Ana Pérez, Bo Li · PyCon US 2024 · 30:00 · stopped at 12:34

                [Watch](<https://youtu.be/dQw4w9WgXcQ>)

                - [0:03](https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=3s) the GIL, defined
                  > the global interpreter lock
                - rewatch the \\[benchmarks\\]

                ## 2. Async in practice

                40:00 · watched

                File: `%s`

                - [0:06](<%s>) structured concurrency \\# 1
                """.formatted(video, video.toUri()), Files.readString(out));
    }

    @Test
    void mdIsTheSameFormatAndTheWholeLibraryIsTheDefault() throws Exception {
        Path out = dir.resolve("all.md");

        cli.ok("export", "--format", "md", "--output", out.toString());

        String notes = Files.readString(out);
        assertEquals("# Study notes: TalkShelf", notes.lines().findFirst().orElseThrow());
        assertEquals(3, notes.lines().filter(l -> l.startsWith("## ")).count());
    }
}
