package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.player.Clips;
import dev.talkshelf.player.RealMpv;
import dev.talkshelf.service.Services;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code play} end to end: a real mpv, headless, on a clip made by ffmpeg. */
@ExtendWith(RealMpv.class)
class PlayCommandTest {
    @TempDir
    Path dir;

    @Test
    void playWaitsForThePlayerAndPrintsWhatItRecorded() throws Exception {
        Path clip = Clips.make(dir, "clip.mp4", 20);
        Path csv = Files.writeString(dir.resolve("talks.csv"), "title,url\nTest pattern," + clip + "\n");
        assertTrue(run("import", csv.toString())[0].startsWith("added 1"));

        String[] result = run("play", "1", "--player", "mpv", "--player-args", "--vo=null --ao=null --speed=4 --end=5", "--from", "0:02");

        assertEquals("", result[1]);
        assertTrue(result[0].contains("playing in mpv"), result[0]);
        assertTrue(result[0].matches("(?s).*recorded \"Test pattern\": 0:02 -> 0:0[45] of 0:20; now watched.*"), result[0]);
    }

    @Test
    void missingPlayerIsBadInputNamingIt() throws Exception {
        importAClip();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = play(out, err, "--player", "no-such-player");
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("talkshelf: no-such-player is not installed"), err.toString());
        assertEquals(1, err.toString().lines().count());
    }

    @Test
    void playerArgumentsWithAnOpenQuoteAreBadInputAndStartNothing() throws Exception {
        importAClip();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = play(out, err, "--player", "mpv", "--player-args", "--title \"my talk");
        assertEquals(2, code);
        assertEquals("talkshelf: the player arguments are not valid: Unclosed double quote in: --title \"my talk\n", err.toString());
        assertEquals("", out.toString());
    }

    private void importAClip() throws Exception {
        Path clip = Clips.make(dir, "clip.mp4", 2);
        Files.writeString(dir.resolve("talks.csv"), "title,url\nTest pattern," + clip + "\n");
        run("import", dir.resolve("talks.csv").toString());
    }

    /** {@code play 1} with {@code options}; answers the exit code. */
    private int play(StringWriter out, StringWriter err, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "--library";
        args[1] = dir.resolve("lib.db").toString();
        args[2] = "play";
        args[3] = "1";
        System.arraycopy(options, 0, args, 4, options.length);
        return new CliRunner(env(), new PrintWriter(out), new PrintWriter(err), "log").run(args);
    }

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] full = new String[args.length + 2];
        full[0] = "--library";
        full[1] = dir.resolve("lib.db").toString();
        System.arraycopy(args, 0, full, 2, args.length);
        new CliRunner(env(), new PrintWriter(out), new PrintWriter(err), "log").run(full);
        return new String[] {out.toString(), err.toString()};
    }

    private static CliEnvironment env() {
        return new CliEnvironment() {
            @Override
            public Services open(Path option) {
                return Library.open(option, Clock.systemUTC());
            }

            @Override
            public void openWindow(Path option) {
                throw new AssertionError("no window here");
            }
        };
    }
}
