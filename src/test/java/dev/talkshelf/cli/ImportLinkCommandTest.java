package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkshelf.formats.StandInYtDlp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** {@code talkshelf import URL}: through the real command, a real library file and a stand-in yt-dlp process. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in yt-dlp is a POSIX shell script")
class ImportLinkCommandTest {
    private static final String PLAYLIST = "https://www.youtube.com/playlist?list=PL85XCvVPmGQjPvweRqkBgnh_HrE_ReqTn";
    @TempDir
    Path dir;

    @Test
    void importingAPlaylistLinkAddsItsTalksAndThePlaylist() {
        StandInYtDlp standIn = StandInYtDlp.printing(dir, "conference-playlist.flat.json");
        Cli cli = new Cli(dir, standIn.environment());

        JsonNode out = cli.ok("import", "--json", PLAYLIST).json();

        assertEquals(List.of("--flat-playlist", "-J", PLAYLIST), standIn.arguments());
        assertEquals(10, out.get("added").asInt());
        assertEquals("RustConf 2024", out.get("playlists").get(0).asText());
        String shown = cli.ok("playlist", "show", "RustConf 2024").out();
        assertTrue(shown.indexOf("Rust in the Linux Kernel") < shown.indexOf("Closing Remarks"), shown);
        assertTrue(shown.contains("Mara Lindqvist"), shown);
    }

    @Test
    void withoutYtDlpItSaysHowToInstallItAndExits2() {
        Cli cli = new Cli(dir, StandInYtDlp.environmentWithout(dir));

        Cli.Result r = cli.run("import", PLAYLIST);

        assertEquals(2, r.code());
        assertEquals("talkshelf: yt-dlp is not installed: install it with your package manager (apt install yt-dlp, "
                + "brew install yt-dlp) or pipx install yt-dlp", r.err().strip());
    }

    @Test
    void aFailingYtDlpExits2WithItsErrorAndImportsNothing() {
        StandInYtDlp standIn = StandInYtDlp.withBody(dir, "echo \"ERROR: [youtube] xxxxxxxxxxx: Private video. Sign in if you've been granted access\" >&2\nexit 1");
        Cli cli = new Cli(dir, standIn.environment());

        Cli.Result r = cli.run("import", "https://www.youtube.com/watch?v=xxxxxxxxxxx");

        assertEquals(2, r.code());
        assertEquals("talkshelf: yt-dlp failed (exit code 1): ERROR: [youtube] xxxxxxxxxxx: Private video. Sign in if you've been granted access",
                r.err().strip());
        assertEquals(0, cli.ok("search", "--json").json().size());
    }

    @Test
    void aNonWebLinkIsRefused() {
        StandInYtDlp standIn = StandInYtDlp.printing(dir, "conference-playlist.flat.json");
        Cli cli = new Cli(dir, standIn.environment());

        Cli.Result r = cli.run("import", "ftp://example.com/talks.json");

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("talkshelf: only http(s) links can be imported"), r.err());
        assertEquals(List.of(), standIn.arguments());
    }

    @Test
    void aLinkIsImportedOnItsOwn() {
        Cli cli = new Cli(dir, StandInYtDlp.environmentWithout(dir));

        Cli.Result r = cli.run("import", PLAYLIST, dir.resolve("talks.csv").toString());

        assertEquals(2, r.code());
        assertEquals("talkshelf: import a link on its own, not together with other links or files", r.err().strip());
    }
}
