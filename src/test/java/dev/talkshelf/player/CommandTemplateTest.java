package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTemplateTest {

    @Test
    void placeholdersAreReplacedInsideArguments() {
        CommandTemplate template = CommandTemplate.parse("player --start={start} --play {media}");

        assertEquals(List.of("player", "--start=754", "--play", "/talks/a b.mp4"),
                template.render("/talks/a b.mp4", Duration.ofSeconds(754), List.of()));
    }

    @Test
    void startHasFractionsOnlyWhenNeeded() {
        CommandTemplate template = CommandTemplate.parse("p {start}");

        assertEquals("12.5", template.render("m", Duration.ofMillis(12_500), List.of()).get(1));
        assertEquals("0", template.render("m", null, List.of()).get(1));
    }

    @Test
    void mediaIsAppendedAfterExtraArgumentsWhenTemplateHasNoPlaceholder() {
        assertEquals(List.of("player", "--fs", "video.mp4"),
                CommandTemplate.parse("player").render("video.mp4", Duration.ZERO, List.of("--fs")));
    }

    @Test
    void extraArgumentsFollowTheTemplate() {
        assertEquals(List.of("p", "video.mp4", "--fs"),
                CommandTemplate.parse("p {media}").render("video.mp4", Duration.ZERO, List.of("--fs")));
    }

    @Test
    void mediaContainingAPlaceholderIsPassedAsItIs() {
        assertEquals(List.of("p", "/talks/{start}.mp4"),
                CommandTemplate.parse("p {media}").render("/talks/{start}.mp4", Duration.ofSeconds(3), List.of()));
    }

    @Test
    void templateWithoutProgramIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CommandTemplate.parse("  "));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sh -c \"mpv {media}\"", "/bin/bash -lc 'mpv \"{media}\"'",
            "env zsh -c 'mpv {media}'", "cmd /c start {media}", "C:\\Windows\\System32\\cmd.exe /C vlc.exe {media}",
            "powershell -Command Start-Process {media}", "pwsh -c mpv", "cmd /k myplayer", "sh -c"})
    void aTemplateThatHandsTheMediaToAShellIsRefused(String template) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommandTemplate.parse(template));

        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().startsWith("the command hands {media} to a shell ("),
                e.getMessage());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().endsWith(
                "which would run a title or file name as commands; name the player itself, e.g. myplayer {media}"), e.getMessage());
    }

    @Test
    void theShellAndItsFlagAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CommandTemplate.parse("bash -c 'mpv {media}'"));

        assertEquals("the command hands {media} to a shell (bash -c), which would run a title or file name as commands;"
                + " name the player itself, e.g. myplayer {media}", e.getMessage());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"sh -c 'mpv -- \"$1\"' sh {media}", "mpv {media}",
            "myplayer --seek={start} {media}", "sh -c 'mpv \"$1\"' sh", "flatpak run io.mpv.Mpv {media}",
            "shellcheck-player {media}"})
    void templatesThatPassTheMediaAsAnArgumentAreKept(String template) {
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> CommandTemplate.parse(template));
    }
}
