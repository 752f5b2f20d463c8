package dev.talkshelf.ui.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void aNoteStartingWithATimeIsPinnedThere() {
        Durations.TimedText note = Durations.splitNote("12:34 the GIL detach trick");
        assertEquals(Optional.of(Duration.ofSeconds(12 * 60 + 34)), note.at());
        assertEquals("the GIL detach trick", note.text());
    }

    @Test
    void hoursAreRead() {
        assertEquals(Optional.of(Duration.ofSeconds(3723)), Durations.splitNote("1:02:03 end").at());
    }

    @Test
    void aNoteWithoutATimeIsAboutTheWholeTalk() {
        Durations.TimedText note = Durations.splitNote("great talk, see 3:00 later");
        assertEquals(Optional.empty(), note.at());
        assertEquals("great talk, see 3:00 later", note.text());
    }

    @Test
    void clockShowsHoursOnlyWhenNeeded() {
        assertEquals("4:05", Durations.clock(Duration.ofSeconds(245)));
        assertEquals("1:02:03", Durations.clock(Duration.ofSeconds(3723)));
    }

    @Test
    void spanReadsLikeAPerson() {
        assertEquals("45 min", Durations.span(Duration.ofMinutes(45)));
        assertEquals("3 h 20 min", Durations.span(Duration.ofMinutes(200)));
        assertEquals("4 days 2 h", Durations.span(Duration.ofHours(98)));
    }
}
