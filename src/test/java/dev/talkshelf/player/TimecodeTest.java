package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TimecodeTest {

    @Test
    void minutesAndSecondsAreRead() {
        assertEquals(Duration.ofSeconds(754), Timecode.parse("12:34"));
    }

    @Test
    void hoursMinutesAndSecondsAreRead() {
        assertEquals(Duration.ofSeconds(3723), Timecode.parse("1:02:03"));
    }

    @Test
    void plainSecondsWithFractionAreRead() {
        assertEquals(Duration.ofMillis(90_500), Timecode.parse("90.5"));
    }

    @Test
    void sixtySecondsInAMinuteFieldIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Timecode.parse("12:60"));
        assertEquals("\"12:60\" is not a position; write it as 754, 12:34 or 1:02:03", e.getMessage());
    }

    @Test
    void wordsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Timecode.parse("soon"));
        assertThrows(IllegalArgumentException.class, () -> Timecode.parse("-5"));
        assertThrows(IllegalArgumentException.class, () -> Timecode.parse(""));
    }

    @Test
    void formatShowsHoursOnlyWhenThereAreAny() {
        assertEquals("12:34", Timecode.format(Duration.ofSeconds(754)));
        assertEquals("1:02:03", Timecode.format(Duration.ofSeconds(3723)));
    }

    @Test
    void secondsForPlayersDropTrailingZeros() {
        assertEquals("754", Timecode.seconds(Duration.ofSeconds(754)));
        assertEquals("1.25", Timecode.seconds(Duration.ofMillis(1250)));
    }
}
