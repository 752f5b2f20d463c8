package dev.talkshelf.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaLocationTest {

    @ParameterizedTest
    @ValueSource(strings = {"\\\\host\\share\\x.mp4", "//host/share/x.mp4", "/\\host/x.mp4", "  \\\\host\\x.mp4",
            "\\\\.\\pipe\\x", "\\\\?\\C:\\x.mp4", "file://host/share/x.mp4", "FILE://Host/x.mp4", "file:////host/share/x.mp4",
            "file:\\\\host\\share\\x.mp4", "smb://host/x.mp4", "nfs://host/x.mp4", "cifs://host/x", "afp://host/x",
            "webdav://host/x", "sftp://host/x"})
    void networkPathsAreRecognisedOnTheTextAlone(String text) {
        assertTrue(MediaLocation.isNetworkPath(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/home/me/x.mp4", "x.mp4", "./x.mp4", "C:\\videos\\x.mp4", "C:/videos/x.mp4", "file:///home/x.mp4",
            "file://localhost/home/x.mp4", "file:/home/x.mp4", "https://example.org/x.mp4", "javascript:alert(1)", "",
            "/", "smbfile.mp4"})
    void localPathsAndOtherSchemesAreNotNetworkPaths(String text) {
        assertFalse(MediaLocation.isNetworkPath(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.mp4", "X.MKV", "/a/b.c/talk.webm", "C:\\a\\talk.mov", "p.opus", "p.m4a", "talk.final.flac"})
    void videoAndAudioNamesHaveAMediaExtension(String name) {
        assertTrue(MediaLocation.hasMediaExtension(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.exe", "x.command", "Player.app", "x.lnk", "x.url", "x.desktop", "x.sh", "x.bat", "x.mp4.exe",
            ".mp4", "mp4", "/a/b.mp4/talk", "x.m3u8", "x.html", "x.pdf", "x"})
    void everythingElseHasNot(String name) {
        assertFalse(MediaLocation.hasMediaExtension(name), name);
    }
}
