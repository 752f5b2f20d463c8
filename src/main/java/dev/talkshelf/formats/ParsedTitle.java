package dev.talkshelf.formats;

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
        return EventShape.yearOf(event);
    }
}
