package dev.talkshelf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTextTest {

    @ParameterizedTest(name = "\"{0}\" is {1} s")
    @CsvSource({
            "90m, 5400",
            "1h30m, 5400",
            "1h, 3600",
            "45s, 45",
            "2h15m30s, 8130",
            "90min, 5400",
            "'1h 30m', 5400",
            "1H30M, 5400",
            "45:00, 2700",
            "12:34, 754",
            "0:59, 59",
            "90:00, 5400",
            "1:02:03, 3723",
            "5400, 5400",
            "0, 0",
            "' 754 ', 754",
    })
    void acceptedFormsParse(String text, long seconds) {
        assertEquals(Optional.of(Duration.ofSeconds(seconds)), DurationText.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" is not a duration")
    @ValueSource(strings = {"", " ", "abc", "12:60", "1:60:00", "1:2", "90x", "h", "1h30", "-5", "1.5h", "12:34:56:78",
            "99999999999999999999"})
    void otherTextIsRefused(String text) {
        assertEquals(Optional.empty(), DurationText.parse(text));
    }

    @Test
    void nullIsRefused() {
        assertEquals(Optional.empty(), DurationText.parse(null));
    }

    @Test
    void clockReadsMinutesBelowAnHourAndHoursFromOne() {
        assertEquals("1:15", DurationText.clock(Duration.ofSeconds(75)));
        assertEquals("1:01:40", DurationText.clock(Duration.ofSeconds(3700)));
    }
}
