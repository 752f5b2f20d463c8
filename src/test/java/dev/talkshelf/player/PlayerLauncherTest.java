package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.TalkId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

class PlayerLauncherTest {

    private static final TalkId TALK = TalkId.of(42);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void missingMpvIsNamedWithHowToChooseAnother() throws IOException {
        Path video = Files.writeString(dir.resolve("talk.mp4"), "");
        PlayRequest request = PlayRequest.of(new PlayItem(TALK, video.toString())).with(PlayerChoice.MPV);

        PlayerNotFoundException e = assertThrows(PlayerNotFoundException.class, () -> launcherWithEmptyPath().play(request, PlaybackListener.NONE));

        assertEquals("mpv is not installed or not on PATH; install it or choose another player with --player vlc|system|PATH",
                e.getMessage());
    }

    @Test
    void missingCustomProgramIsNamedAsWritten() throws IOException {
        Path video = Files.writeString(dir.resolve("talk.mp4"), "");
        PlayRequest request = PlayRequest.of(new PlayItem(TALK, video.toString()))
                .with(PlayerChoice.parse("/nowhere/celluloid {media}"));

        PlayerNotFoundException e = assertThrows(PlayerNotFoundException.class, () -> launcherWithEmptyPath().plan(request));

        assertEquals("/nowhere/celluloid", e.player());
        assertTrue(e.getMessage().startsWith("/nowhere/celluloid is not installed or not on PATH"));
    }

    @Test
    void javascriptLinkIsRefused() {
        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> launcherWithEmptyPath().plan(PlayRequest.of(new PlayItem(TALK, "javascript:alert(1)"))));

        assertEquals("javascript:alert(1) is not a local file or an http(s) link", e.getMessage());
    }

    @Test
    void programIsRefusedBeforeAnyPlayerIsLookedFor() throws Exception {
        Path program = Files.writeString(dir.resolve("x.exe"), "MZ");

        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> launcherWithEmptyPath().plan(PlayRequest.of(new PlayItem(TALK, program.toString())).with(PlayerChoice.SYSTEM)));

        assertEquals(program + " is not a video or audio file", e.getMessage());
    }

    @Test
    void uncPathIsRefusedForTheSystemHandlerUnlessNetworkPathsAreAllowed() throws Exception {
        PlayRequest request = PlayRequest.of(new PlayItem(TALK, "\\\\host\\share\\x.exe")).with(PlayerChoice.SYSTEM);

        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> launcherWith("xdg-open").plan(request));

        assertEquals("\\\\host\\share\\x.exe is on a network share; to open network paths, allow them in Preferences",
                e.getMessage());
    }

    @Test
    void ftpLinkIsRefused() {
        assertThrows(MediaRefusedException.class,
                () -> launcherWithEmptyPath().plan(PlayRequest.of(new PlayItem(TALK, "ftp://example.org/talk.mp4"))));
    }

    @Test
    void talkWithoutMediaIsRefused() {
        MediaRefusedException e = assertThrows(MediaRefusedException.class,
                () -> launcherWithEmptyPath().plan(PlayRequest.of(new PlayItem(TALK, null))));

        assertEquals("This talk has no media to play; add a file or a link first", e.getMessage());
    }

    @Test
    void missingLocalFileIsNamed() {
        Path gone = dir.resolve("moved away.mp4");

        MediaMissingException e = assertThrows(MediaMissingException.class,
                () -> launcherWithEmptyPath().plan(PlayRequest.of(new PlayItem(TALK, gone.toString()))));

        assertEquals(gone, e.file());
        assertTrue(e.getMessage().contains(gone.toString()), e.getMessage());
    }

    @Test
    void relativeFileNamedLikeAnOptionIsPassedAsAnAbsolutePath() throws Exception {
        Path video = Files.writeString(dir.resolve("--script=evil.lua.mp4"), "");
        String relative = Path.of("").toAbsolutePath().relativize(video).toString();

        LaunchPlan plan = launcherWith("mpv").plan(PlayRequest.of(new PlayItem(TALK, relative)));

        assertEquals(video.toString(), plan.items().get(0).media());
    }

    @Test
    void webPageOpensInTheSystemHandlerEvenWhenMpvIsAsked() throws Exception {
        PlayRequest request = PlayRequest.of(new PlayItem(TALK, "https://example.org/slides")).with(PlayerChoice.MPV);

        LaunchPlan plan = launcherWith("mpv", "xdg-open").plan(request);

        assertEquals(PlayerKind.SYSTEM, plan.choice().kind());
        assertEquals(dir.resolve("xdg-open"), plan.program());
    }

    @Test
    void webPageInAPlaylistIsRefused() throws Exception {
        PlayRequest request = PlayRequest.of(new PlayItem(TALK, "https://youtu.be/abc"),
                new PlayItem(TalkId.of(2), "https://example.org/blog"));

        MediaRefusedException e = assertThrows(MediaRefusedException.class, () -> launcherWith("mpv", "xdg-open").plan(request));

        assertEquals("https://example.org/blog", e.media());
    }

    @Test
    void playlistForACustomPlayerIsRefused() throws Exception {
        ExecutablesTest.program(dir, "celluloid");
        PlayRequest request = PlayRequest.of(new PlayItem(TALK, "https://youtu.be/a"), new PlayItem(TalkId.of(2), "https://youtu.be/b"))
                .with(PlayerChoice.parse("celluloid"));

        PlayerException e = assertThrows(PlayerException.class, () -> launcherWith().plan(request));

        assertEquals("Playlists need mpv or vlc; celluloid plays one talk at a time", e.getMessage());
    }

    @Test
    void customTemplateGetsMediaAndStartAsSeparateArgumentsWithoutAShell() throws Exception {
        Path argsFile = dir.resolve("args.txt");
        Path script = writeArgsRecorder("recorder", argsFile);
        Path video = Files.writeString(dir.resolve("talk; rm -rf $(id) 'x'.mp4"), "");
        PlayRequest request = PlayRequest.of(new PlayItem(TALK, video.toString()))
                .with(PlayerChoice.parse(script + " --from={start} {media}"))
                .from(Timecode.parse("1:15.5"))
                .withExtraArgs("--flag \"two words\"");

        PlaybackHandle handle = launcherWith().play(request, PlaybackListener.NONE);

        assertTrue(handle.awaitExit(WAIT));
        assertFalse(handle.tracked());
        assertEquals(List.of("--from=75.5", video.toString(), "--flag", "two words"), Files.readAllLines(argsFile));
    }

    @Test
    void systemHandlerGetsTheUrlAsOneArgument() throws Exception {
        Path argsFile = dir.resolve("args.txt");
        writeArgsRecorder("xdg-open", argsFile);
        String url = "https://example.org/talk?a=1&b=$(id)";

        PlaybackHandle handle = launcherWith().play(PlayRequest.of(new PlayItem(TALK, url)), PlaybackListener.NONE);

        assertTrue(handle.awaitExit(WAIT));
        assertEquals(PlayerKind.SYSTEM, handle.player());
        assertEquals(List.of(url), Files.readAllLines(argsFile));
    }

    @Test
    @ExtendWith(RealMpv.class)
    void mpvIsTheDefaultAndIsTracked() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 10);
        RecordingListener listener = new RecordingListener();
        PlayRequest request = PlayRequest.of(new PlayItem(TALK, clip.toString()))
                .from(Duration.ofSeconds(2))
                .withExtraArgs("--no-config --vo=null --ao=null --end=5 --speed=4");

        PlaybackHandle handle = PlayerLauncher.forThisMachine().play(request, listener);

        assertEquals(PlayerKind.MPV, handle.player());
        assertTrue(handle.awaitExit(WAIT));
        PlaybackReport report = listener.reports.get(0);
        assertEquals(TALK, report.talk());
        MpvSessionTest.assertNear(Duration.ofSeconds(2), report.from(), 0.3);
        MpvSessionTest.assertNear(Duration.ofSeconds(5), report.to(), 0.5);
    }

    private Path writeArgsRecorder(String name, Path argsFile) throws IOException {
        Path script = ExecutablesTest.program(dir, name);
        Files.writeString(script, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + argsFile + "'\n");
        return script;
    }

    private PlayerLauncher launcherWith(String... programs) throws IOException {
        for (String program : programs) {
            ExecutablesTest.program(dir, program);
        }
        Executables path = new Executables(List.of(dir), List.of());
        return new PlayerLauncher(PlayerSettings.defaults(path), path, Platform.LINUX, Clock.systemUTC());
    }

    private PlayerLauncher launcherWithEmptyPath() {
        Executables nothing = new Executables(List.of(), List.of());
        return new PlayerLauncher(PlayerSettings.defaults(nothing), nothing, Platform.LINUX, Clock.systemUTC());
    }
}
