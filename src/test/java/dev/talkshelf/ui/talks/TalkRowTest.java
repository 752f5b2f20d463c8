package dev.talkshelf.ui.talks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Talk;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalkRowTest {
    @Test
    void theBylineNamesSpeakersEventYearAndLength() {
        Talk talk = Talk.titled("Async in practice").withSpeakers(List.of("Ana Pérez", "Bo Li")).withEvent("PyCon US")
                .withYear(2023).withDuration(Duration.ofMinutes(42));

        assertEquals("Ana Pérez, Bo Li · PyCon US · 2023 · 42:00", TalkRow.of(talk).byline());
    }

    @Test
    void theYearIsNotRepeatedWhenTheEventSaysIt() {
        Talk talk = Talk.titled("Understanding Rust").withSpeakers(List.of("Steve Smith")).withEvent("YOW! 2024").withYear(2024);

        assertEquals("Steve Smith · YOW! 2024", TalkRow.of(talk).byline());
    }

    @Test
    void blanksAreLeftOut() {
        assertEquals("", TalkRow.of(Talk.titled("Founder Video: Interface Enhancements")).byline());
    }
}
