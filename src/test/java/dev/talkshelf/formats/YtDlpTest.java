package dev.talkshelf.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Running yt-dlp: a stand-in script on the PATH we give it, as a real child process. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in yt-dlp is a POSIX shell script")
class YtDlpTest {
    private static final String PLAYLIST = "https://www.youtube.com/playlist?list=PL85XCvVPmGQjPvweRqkBgnh_HrE_ReqTn";
    @TempDir
    Path dir;

    @Test
    void listingRunsYtDlpWithFlatPlaylistArgumentsAndReturnsItsJson() throws Exception {
        StandInYtDlp standIn = StandInYtDlp.printing(dir, "conference-playlist.flat.json");

        byte[] json = standIn.runner(Duration.ofSeconds(30)).flatListing(PLAYLIST, () -> false);

        assertEquals(List.of("--flat-playlist", "-J", PLAYLIST), standIn.arguments());
        assertArrayEquals(Files.readAllBytes(dir.resolve("answer.json")), json);
    }

    @Test
    void aLinkWithShellCharactersReachesYtDlpAsOneArgument() throws Exception {
        StandInYtDlp standIn = StandInYtDlp.withBody(dir, "echo '{}'");
        String link = "https://example.com/watch?v=1&x=$(touch " + dir.resolve("pwned") + ");rm -rf ~ 'q\"";

        standIn.runner(Duration.ofSeconds(30)).flatListing(link, () -> false);

        assertEquals(List.of("--flat-playlist", "-J", link), standIn.arguments());
        assertFalse(Files.exists(dir.resolve("pwned")));
    }

    @Test
    void missingYtDlpSaysHowToInstallIt() {
        YtDlp runner = new YtDlp(StandInYtDlp.environmentWithout(dir), Duration.ofSeconds(30));

        YtDlp.YtDlpException e = assertThrows(YtDlp.YtDlpException.class, () -> runner.flatListing(PLAYLIST, () -> false));

        assertEquals("yt-dlp is not installed: install it with your package manager (apt install yt-dlp, brew install yt-dlp)"
                + " or pipx install yt-dlp", e.getMessage());
        assertTrue(runner.locate().isEmpty());
    }

    @Test
    void failingYtDlpGivesItsLastErrorLine() {
        StandInYtDlp standIn = StandInYtDlp.withBody(dir, """
                echo '[youtube:tab] Extracting URL: https://www.youtube.com/playlist?list=PLx' >&2
                echo 'ERROR: [youtube:tab] PLx: The playlist does not exist.' >&2
                echo '' >&2
                exit 1""");

        YtDlp.YtDlpException e = assertThrows(YtDlp.YtDlpException.class,
                () -> standIn.runner(Duration.ofSeconds(30)).flatListing(PLAYLIST, () -> false));

        assertEquals("yt-dlp failed (exit code 1): ERROR: [youtube:tab] PLx: The playlist does not exist.", e.getMessage());
    }

    @Test
    void hungYtDlpIsStoppedAtTheTimeoutWithWhatItStarted() throws Exception {
        Path pid = dir.resolve("sleep.pid");
        StandInYtDlp standIn = StandInYtDlp.withBody(dir, "sleep 60 &\necho $! > '" + pid + "'\nwait");

        long start = System.nanoTime();
        YtDlp.YtDlpException e = assertThrows(YtDlp.YtDlpException.class,
                () -> standIn.runner(Duration.ofMillis(700)).flatListing(PLAYLIST, () -> false));
        long waitedMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals("yt-dlp gave no answer within 700 ms and was stopped", e.getMessage());
        assertTrue(waitedMs < 30_000, "stopped after " + waitedMs + " ms, not at the 60 s the script sleeps");
        long sleepPid = Long.parseLong(Files.readString(pid).strip());
        assertFalse(running(sleepPid), "the script's sleep was stopped too");
    }

    /** Alive and not a zombie (a killed child left for a container's init to reap no longer runs). */
    private static boolean running(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (Files.exists(Path.of("/proc/self/stat"))) {
            if (!Files.exists(stat)) {
                return false;
            }
            String text = Files.readString(stat);
            char state = text.substring(text.lastIndexOf(')') + 2).charAt(0);
            return state != 'Z' && state != 'X';
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Test
    void cancelStopsARunningYtDlp() {
        StandInYtDlp standIn = StandInYtDlp.withBody(dir, "exec sleep 60");
        AtomicInteger asked = new AtomicInteger();

        assertThrows(CancellationException.class,
                () -> standIn.runner(Duration.ofMinutes(2)).flatListing(PLAYLIST, () -> asked.incrementAndGet() > 5));

        assertTrue(asked.get() > 5);
    }

    @Test
    void realYtDlpReportsItsVersionWhenInstalled() throws Exception {
        YtDlp real = YtDlp.fromSystem();
        Assumptions.assumeTrue(real.locate().isPresent(), "yt-dlp is not installed on this machine's PATH");

        String version = real.version();

        assertTrue(version.matches("\\d{4}\\.\\d{2}\\.\\d{2}.*"), version);
    }
}
