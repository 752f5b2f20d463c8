package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.talkshelf.model.MediaLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The gate before a player or the system: real files in a temporary folder, and strings for the rest. */
class MediaCheckTest {
    @TempDir
    Path dir;

    @Test
    void aProgramIsRefusedAsNotAVideoOrAudioFile() throws Exception {
        Path exe = Files.writeString(dir.resolve("x.exe"), "MZ");

        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check(exe.toString(), false));

        assertEquals(exe + " is not a video or audio file", e.getMessage());
    }

    @Test
    void aMacCommandScriptIsRefused() throws Exception {
        Path script = Files.writeString(dir.resolve("talk.command"), "#!/bin/sh\necho hi\n");

        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check(script.toString(), false));

        assertEquals(script + " is not a video or audio file", e.getMessage());
    }

    @Test
    void aFolderNamedLikeAVideoIsRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("x.mp4"));

        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check(folder.toString(), false));

        assertEquals(folder + " is a folder, not a video or audio file", e.getMessage());
    }

    @Test
    void anAppBundleIsAFolderAndRefused() throws Exception {
        Files.createDirectories(dir.resolve("Player.app/Contents/MacOS"));

        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> MediaCheck.check(dir.resolve("Player.app").toString(), false));

        assertEquals(dir.resolve("Player.app") + " is a folder, not a video or audio file", e.getMessage());
    }

    @Test
    void aMissingFileIsReportedAsMissingWithItsPath() {
        Path gone = dir.resolve("gone.mp4");

        MediaMissingException e = assertThrows(MediaMissingException.class, () -> MediaCheck.check(gone.toString(), false));

        assertEquals(gone, e.file());
    }

    @Test
    void aLinkNamedLikeAVideoThatPointsAtAProgramIsRefused() throws Exception {
        Path program = Files.writeString(dir.resolve("evil.exe"), "MZ");
        Path link = Files.createSymbolicLink(dir.resolve("talk.mp4"), program);

        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check(link.toString(), false));

        assertEquals(link + " points to " + program.toRealPath() + ", which is not a video or audio file", e.getMessage());
    }

    @Test
    void aLinkToAVideoIsFollowedAndTheVideoItselfIsHandedOn() throws Exception {
        Path video = Files.writeString(dir.resolve("real talk.mkv"), "");
        Path link = Files.createSymbolicLink(dir.resolve("shortcut.mp4"), video);

        MediaLocation checked = MediaCheck.check(link.toString(), false);

        assertEquals(new MediaLocation.LocalFile(video.toRealPath()), checked);
    }

    @Test
    void aLinkToAFolderIsRefusedAsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("videos"));
        Path link = Files.createSymbolicLink(dir.resolve("all.mp4"), folder);

        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check(link.toString(), false));

        assertEquals(link + " is a folder, not a video or audio file", e.getMessage());
    }

    @Test
    void aBrokenLinkIsAMissingFile() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("talk.mp4"), dir.resolve("moved.mp4"));

        assertThrows(MediaMissingException.class, () -> MediaCheck.check(link.toString(), false));
    }

    @Test
    void aPipeNamedLikeAVideoIsRefused() throws Exception {
        Path fifo = dir.resolve("stream.mp4");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");

        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check(fifo.toString(), false));

        assertEquals(fifo + " is not a regular file (a device, a pipe or a socket)", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"talk.mp4", "talk.MKV", "talk.webm", "talk.mov", "podcast.mp3", "podcast.opus", "talk.v2.flac"})
    void realVideoAndAudioFilesAreAccepted(String name) throws Exception {
        Path file = Files.writeString(dir.resolve(name), "");

        MediaLocation checked = MediaCheck.check(file.toString(), false);

        assertEquals(new MediaLocation.LocalFile(file.toRealPath()), checked);
    }

    @Test
    void aFileUrlToALocalVideoIsAccepted() throws Exception {
        Path file = Files.writeString(dir.resolve("talk.mp4"), "");

        assertEquals(new MediaLocation.LocalFile(file.toRealPath()), MediaCheck.check(file.toUri().toString(), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\\\host\\share\\x.exe", "\\\\host\\share\\talk.mp4", "//host/share/talk.mp4",
            "\\\\?\\UNC\\host\\share\\talk.mp4", "file://host/share/talk.mp4", "file:////host/share/talk.mp4",
            "smb://host/share/talk.mp4", "nfs://host/export/talk.mp4", "SMB://HOST/talk.mp4"})
    void networkPathsAreRefusedUnlessAllowed(String media) {
        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check(media, false));

        assertEquals(media + " is on a network share; to open network paths, allow them in Preferences", e.getMessage());
    }

    @Test
    void anAllowedNetworkPathStillHasToBeAVideoFileThatExists() {
        // On this machine //host/share is the local path /host/share, which is not there: checked like any file.
        assertThrows(MediaMissingException.class, () -> MediaCheck.check("//host/share/talk.mp4", true));
        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check("smb://host/talk.mp4", true));
        assertEquals("smb://host/talk.mp4 is not a local file or an http(s) link", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org/talk.mp4", "data:text/html,<script>x</script>",
            "vbscript:msgbox", "mailto:a@example.org"})
    void otherSchemesAreRefusedWithTheirText(String media) {
        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check(media, false));

        assertEquals(media + " is not a local file or an http(s) link", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/talk.mp4", "/videos/talk.mp4",
            "C:\\videos\\talk.mp4", "\\\\host\\share\\talk.mp4"})
    void openLinkRefusesAnythingButHttp(String media) {
        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.link(media));

        assertEquals(media + " is not a web link; only http(s) links open in the browser", e.getMessage());
    }

    @Test
    void httpLinksPass() throws Exception {
        assertInstanceOf(MediaLocation.VideoUrl.class, MediaCheck.check("https://youtu.be/abc", false));
        assertInstanceOf(MediaLocation.WebPage.class, MediaCheck.link("http://example.org/slides"));
    }

    @Test
    void controlCharactersInAnameAreNotPutInTheMessage() throws Exception {
        Path exe = Files.writeString(dir.resolve("x\u001b]0;owned\u0007.exe"), "");

        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> MediaCheck.check(exe.toString(), false));

        assertEquals(dir + "/x?]0;owned?.exe is not a video or audio file", e.getMessage());
    }
}
