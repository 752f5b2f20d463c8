package dev.talkshelf.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.catalog.WriteWaitListener;
import dev.talkshelf.formats.StandInYtDlp;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.SameThreadTaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The window's link import, without a window: what the summary says. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in yt-dlp is a POSIX shell script")
class ImportLinkViewModelTest {
    @TempDir
    Path dir;
    private Services services;

    private ImportViewModel model(Map<String, String> environment) {
        services = Library.open(dir.resolve("library.db"), Clock.systemUTC(), WriteWaitListener.NONE, environment);
        return new ImportViewModel(services.imports(), new SameThreadTaskRunner(), new UserErrors(e -> { }), () -> { });
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void withoutYtDlpTheSummarySaysHowToInstallIt() {
        ImportViewModel model = model(StandInYtDlp.environmentWithout(dir));

        model.importLink("https://www.youtube.com/playlist?list=PL85XCvVPmGQjPvweRqkBgnh_HrE_ReqTn");

        ImportViewModel.Outcome outcome = model.outcomeProperty().get();
        assertEquals(ImportViewModel.Outcome.Kind.FAILED, outcome.kind());
        assertTrue(outcome.details().contains("yt-dlp is not installed: install it with your package manager"), outcome.details());
        assertFalse(model.runningProperty().get());
        assertEquals(0, services.library().count());
    }

    @Test
    void aPlaylistLinkEndsInTheSummaryWithItsPlaylist() {
        ImportViewModel model = model(StandInYtDlp.printing(dir, "conference-playlist.flat.json").environment());

        model.importLink(" https://www.youtube.com/playlist?list=PL85XCvVPmGQjPvweRqkBgnh_HrE_ReqTn ");

        ImportViewModel.Outcome outcome = model.outcomeProperty().get();
        assertEquals("Added 10 talks", outcome.headline());
        assertTrue(outcome.details().contains("Playlists: RustConf 2024"), outcome.details());
    }
}
