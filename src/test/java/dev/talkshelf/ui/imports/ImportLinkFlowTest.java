package dev.talkshelf.ui.imports;

import dev.talkshelf.ui.FxWait;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.app.Library;
import dev.talkshelf.catalog.TempFolders;
import dev.talkshelf.catalog.WriteWaitListener;
import dev.talkshelf.formats.StandInYtDlp;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.MainWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Import from link…" in the window: menu, dialog, import off the FX thread, the summary; a stand-in yt-dlp. */
@ExtendWith(ApplicationExtension.class)
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the stand-in yt-dlp is a POSIX shell script")
class ImportLinkFlowTest {
    private static final String PLAYLIST = "https://www.youtube.com/playlist?list=PL85XCvVPmGQjPvweRqkBgnh_HrE_ReqTn";
    private Services services;
    private FxTaskRunner tasks;
    private StandInYtDlp standIn;
    /** Made in @Start (TestFX's, before JUnit would fill a @TempDir field), so deleted here after each test. */
    private Path dir;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("talkshelf-link-flow");
        standIn = StandInYtDlp.printing(dir, "conference-playlist.flat.json");
        services = Library.open(dir.resolve("library.db"), Clock.systemUTC(), WriteWaitListener.NONE, standIn.environment());
        tasks = new FxTaskRunner();
        stage.setScene(new Scene(new MainWindow(services, tasks).root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        services.close();
        TempFolders.delete(dir);
    }

    @Test
    void aPlaylistLinkIsImportedFromTheMenuWithItsPlaylist(FxRobot robot) throws Exception {
        robot.clickOn("#import-menu");
        robot.clickOn("#import-link");
        robot.clickOn("#import-link-url").write(PLAYLIST);
        robot.type(KeyCode.ENTER); // the dialog's default button, Import

        FxWait.until(20, () -> services.playlists().find("RustConf 2024").isPresent());
        FxWait.until(30, () -> robot.lookup("#import-outcome").tryQuery().isPresent());
        DialogPane outcome = robot.lookup("#import-outcome").queryAs(DialogPane.class);
        assertEquals("Added 10 talks", outcome.getHeaderText());
        assertTrue(outcome.getContentText().contains("Playlists: RustConf 2024"), outcome.getContentText());
        assertEquals(List.of("--flat-playlist", "-J", PLAYLIST), standIn.arguments());
        assertEquals(10, services.playlists().show("RustConf 2024").talks().size());
        robot.interact(() -> outcome.getScene().getWindow().hide());
    }
}
