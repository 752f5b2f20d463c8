package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.catalog.WriteWaitListener;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.formats.StandInYtDlp;
import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Importing from a link, through the real composition (a library file, a stand-in yt-dlp child process). */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in yt-dlp is a POSIX shell script")
class ImportLinkTest {
    private static final String PLAYLIST = "https://www.youtube.com/playlist?list=PL85XCvVPmGQjPvweRqkBgnh_HrE_ReqTn";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);
    @TempDir
    Path dir;
    private Services services;

    private Services open(Map<String, String> environment) {
        services = Library.open(dir.resolve("library.db"), CLOCK, WriteWaitListener.NONE, environment);
        return services;
    }

    @AfterEach
    void close() throws Exception {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void playlistBecomesTalksAndAPlaylistInItsOrderWithSpeakersFromTheLayout() {
        StandInYtDlp standIn = StandInYtDlp.printing(dir, "conference-playlist.flat.json");
        Services s = open(standIn.environment());

        ImportSummary summary = s.imports().importLink(PLAYLIST, false, ImportContext.Progress.SILENT, () -> false);

        assertEquals(List.of("--flat-playlist", "-J", PLAYLIST), standIn.arguments());
        assertEquals(10, summary.added(), "10 videos; the private one is left out");
        assertEquals(List.of("RustConf 2024"), summary.playlists());
        List<Talk> talks = s.playlists().show("RustConf 2024").talks();
        assertEquals(List.of("Rust in the Linux Kernel: Where We Are", "Async Closures and the Road to Async Traits",
                "Fearless Concurrency on Microcontrollers", "Compile Times: A Field Guide", "Writing a Database in Rust",
                "Error Handling Without Tears", "Unsafe Rust, Safely", "Game Engines With Bevy",
                "Teaching Rust to Python Developers", "Closing Remarks"), talks.stream().map(Talk::title).toList());
        assertEquals(List.of(List.of("Mara Lindqvist"), List.of("Tomás Ferreira"), List.of("Priya Raman"), List.of("Kenji Watanabe"),
                List.of("Ana de la Cruz"), List.of("Olu Adebayo"), List.of("Sam Park"), List.of("Li Wei"), List.of("Helen Brooks"),
                List.of()), talks.stream().map(Talk::speakers).toList());
        Talk first = talks.get(0);
        assertEquals("RustConf 2024", first.event());
        assertEquals(2024, first.year());
        assertEquals("https://www.youtube.com/watch?v=Qy7hKc1Lb2M", first.media());
        assertEquals(Duration.ofSeconds(1843), first.duration());
    }

    @Test
    void importingTheSamePlaylistAgainMergesAndUndoTakesItBack() {
        StandInYtDlp standIn = StandInYtDlp.printing(dir, "conference-playlist.flat.json");
        Services s = open(standIn.environment());
        s.imports().importLink(PLAYLIST, false, ImportContext.Progress.SILENT, () -> false);

        ImportSummary again = s.imports().importLink(PLAYLIST, false, ImportContext.Progress.SILENT, () -> false);

        assertEquals(0, again.added());
        assertEquals(10, again.merged() + again.skipped());
        assertEquals(10, s.library().count());
        assertTrue(s.library().undo().isPresent());
        assertTrue(s.library().undo().isPresent());
        assertEquals(0, s.library().count());
    }

    @Test
    void aSingleVideoBecomesOneTalk() {
        StandInYtDlp standIn = StandInYtDlp.printing(dir, "single-video.json");
        Services s = open(standIn.environment());

        ImportSummary summary = s.imports().importLink("https://www.youtube.com/watch?v=Qy7hKc1Lb2M", false,
                ImportContext.Progress.SILENT, () -> false);

        assertEquals(1, summary.added());
        assertEquals(List.of(), summary.playlists());
        Talk talk = s.search().search("", 0, 10).talks().get(0);
        assertEquals("Rust in the Linux Kernel: Where We Are", talk.title());
        assertEquals(List.of("Mara Lindqvist"), talk.speakers());
        assertEquals("https://www.youtube.com/watch?v=Qy7hKc1Lb2M", talk.media());
    }

    @Test
    void withoutYtDlpTheMessageSaysHowToInstallItAndNothingIsImported() {
        Services s = open(StandInYtDlp.environmentWithout(dir));

        UserInputException e = assertThrows(UserInputException.class,
                () -> s.imports().importLink(PLAYLIST, false, ImportContext.Progress.SILENT, () -> false));

        assertEquals("yt-dlp is not installed: install it with your package manager (apt install yt-dlp, brew install yt-dlp)"
                + " or pipx install yt-dlp", e.getMessage());
        assertEquals(0, s.library().count());
    }

    @Test
    void ytDlpFailingGivesItsErrorAndImportsNothing() {
        StandInYtDlp standIn = StandInYtDlp.withBody(dir,
                "echo 'ERROR: [youtube:tab] PL85XCvVPmGQjPvweRqkBgnh_HrE_ReqTn: This playlist is private' >&2\nexit 1");
        Services s = open(standIn.environment());

        UserInputException e = assertThrows(UserInputException.class,
                () -> s.imports().importLink(PLAYLIST, false, ImportContext.Progress.SILENT, () -> false));

        assertEquals("yt-dlp failed (exit code 1): ERROR: [youtube:tab] PL85XCvVPmGQjPvweRqkBgnh_HrE_ReqTn: This playlist is private",
                e.getMessage());
        assertEquals(0, s.library().count());
        assertEquals(List.of(), s.playlists().list());
    }

    @Test
    void brokenJsonFromYtDlpIsRefusedAndImportsNothing() {
        StandInYtDlp standIn = StandInYtDlp.withBody(dir, "printf '{\"_type\": \"playlist\", \"entries\": [{\"title\": '");
        Services s = open(standIn.environment());

        UserInputException e = assertThrows(UserInputException.class,
                () -> s.imports().importLink(PLAYLIST, false, ImportContext.Progress.SILENT, () -> false));

        assertTrue(e.getMessage().startsWith(PLAYLIST + ": yt-dlp's answer cannot be used: "), e.getMessage());
        assertEquals(0, s.library().count());
    }

    @Test
    void onlyHttpLinksAreAcceptedAndYtDlpIsNotRun() {
        StandInYtDlp standIn = StandInYtDlp.printing(dir, "conference-playlist.flat.json");
        Services s = open(standIn.environment());

        for (String link : List.of("file:///etc/passwd", "ftp://example.com/list", "--exec=touch x", "https://", "youtube.com/watch?v=1")) {
            UserInputException e = assertThrows(UserInputException.class,
                    () -> s.imports().importLink(link, false, ImportContext.Progress.SILENT, () -> false), link);
            assertTrue(e.getMessage().startsWith("only http(s) links can be imported"), e.getMessage());
        }
        assertEquals(List.of(), standIn.arguments());
        assertEquals(0, s.library().count());
    }
}
