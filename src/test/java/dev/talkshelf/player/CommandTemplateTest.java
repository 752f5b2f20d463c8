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
}
