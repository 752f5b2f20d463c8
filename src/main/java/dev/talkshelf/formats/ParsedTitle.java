package dev.talkshelf.formats;

import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import java.util.List;
import java.util.Objects;

/**
 * What {@link TitleParser} found in one raw title line.
 *
 * @param speakers in the order the line names them; empty when none could be told apart with confidence
 * @param event    a conference name with its year such as "PyCon US 2024"; null when the line names none
 */
public record ParsedTitle(String title, List<String> speakers, String event) {
    public ParsedTitle {
        Objects.requireNonNull(title, "title");
        speakers = List.copyOf(speakers == null ? List.of() : speakers);
    }

    /** The year in the event's name, if the event has one. */
    public Integer eventYear() {
        return yearOf(event);
    }

    /** The year in an event's name such as "PyCon US 2024"; null when it has none (or there is no event). */
    public static Integer yearOf(String event) {
        return EventShape.yearOf(event);
    }

    /**
     * This, or when the parser left no readable title (only a video id, only speakers, only control
     * characters), the same with {@code fallback} as its title.
     */
    public ParsedTitle orTitle(String fallback) {
        String clean = PlainText.oneLine(title);
        return clean.isEmpty() ? new ParsedTitle(fallback, speakers, event) : this;
    }

    /** A talk with this title, these speakers, this event and the event's year. */
    public Talk toTalk() {
        return Talk.titled(title).withSpeakers(speakers).withEvent(event).withYear(eventYear());
    }
}
