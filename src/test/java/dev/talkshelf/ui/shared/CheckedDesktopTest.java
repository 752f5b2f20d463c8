package dev.talkshelf.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.talkshelf.model.Talk;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.MainWindowViewModel;
import dev.talkshelf.ui.TestLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's Open, Open link and Show file, on the sample library: what reaches the system, and what is said. */
class CheckedDesktopTest {
    @TempDir
    Path dir;
    Services services;
    MainWindowViewModel window;
    final List<String> handedToSystem = new ArrayList<>();

    @BeforeEach
    void open() {
        services = TestLibrary.sample(dir);
        Desktop system = new Desktop() {
            @Override
            public void open(String uriOrPath) {
                handedToSystem.add("open " + uriOrPath);
            }

            @Override
            public void browse(String link) {
                handedToSystem.add("browse " + link);
            }

            @Override
            public void showFolderOf(String path) {
                handedToSystem.add("folder " + path);
            }
        };
        window = new MainWindowViewModel(services, new SameThreadTaskRunner(), Playback.NONE, system, List.of());
        window.start();
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    @Test
    void openOnAProgramSaysItIsNotAVideoAndHandsNothingToTheSystem() throws Exception {
        Path exe = Files.writeString(dir.resolve("x.exe"), "MZ");

        openInDetails(exe.toString());

        assertEquals(List.of(), handedToSystem);
        assertEquals("Could not open the talk's media", window.errorProperty().get().title());
        assertEquals(exe + " is not a video or audio file", window.errorProperty().get().message());
    }

    @Test
    void openOnANetworkShareSaysHowToAllowIt() {
        openInDetails("\\\\host\\share\\talk.mp4");

        assertEquals(List.of(), handedToSystem);
        assertEquals("\\\\host\\share\\talk.mp4 is on a network share; to open network paths, allow them in Preferences",
                window.errorProperty().get().message());
    }

    @Test
    void withNetworkPathsAllowedAShareIsCheckedLikeAnyFile() {
        services.settings().setAllowNetworkPaths(true); // what Preferences → Apply does

        openInDetails("//host/share/talk.mp4");

        assertEquals(List.of(), handedToSystem);
        // Here //host/share is the local path /host/share, which is not there: no longer refused as a share.
        assertEquals("The file /host/share/talk.mp4 does not exist (moved or deleted?); locate it or change the talk's media",
                window.errorProperty().get().message());
    }

    @Test
    void openOnAVideoHandsTheCheckedFileToTheSystem() throws Exception {
        Path video = Files.writeString(dir.resolve("talk.mp4"), "");

        openInDetails(video.toString());

        assertNull(window.errorProperty().get());
        assertEquals(List.of("open " + video.toRealPath()), handedToSystem);
    }

    @Test
    void openLinkOnALocalFileIsRefusedAsNotAWebLink() throws Exception {
        Path video = Files.writeString(dir.resolve("talk.mp4"), "");
        focusFirstTalkWithMedia(video.toString());

        window.talks().openLink();

        assertEquals(List.of(), handedToSystem);
        assertEquals(video + " is not a web link; only http(s) links open in the browser", window.errorProperty().get().message());
    }

    @Test
    void openLinkOnAnHttpsLinkGoesToTheBrowser() {
        focusFirstTalkWithMedia("https://www.youtube.com/watch?v=abc");

        window.talks().openLink();

        assertEquals(List.of("browse https://www.youtube.com/watch?v=abc"), handedToSystem);
    }

    @Test
    void showFileOfAProgramIsRefused() throws Exception {
        Path exe = Files.writeString(dir.resolve("setup.command"), "#!/bin/sh\n");
        focusFirstTalkWithMedia(exe.toString());

        window.talks().showFile();

        assertEquals(List.of(), handedToSystem);
        assertEquals(exe + " is not a video or audio file", window.errorProperty().get().message());
    }

    private void openInDetails(String media) {
        Talk talk = focusFirstTalkWithMedia(media);
        window.details().show(talk);
        window.details().openMedia();
    }

    private Talk focusFirstTalkWithMedia(String media) {
        Talk first = window.talks().rowsProperty().get().loaded(0).talk();
        services.library().setMedia(first.id(), media);
        window.talks().show("");
        window.talks().select(List.of(0), 0);
        return window.talks().currentProperty().get();
    }
}
