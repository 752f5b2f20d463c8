package dev.talkshelf.ui.talks;

import dev.talkshelf.model.Talk;

/** A talk as the table shows it: display strings computed once, off the FX thread. */
public record TalkRow(Talk talk, String speakers, String event, String topics, String status) {

    public static TalkRow of(Talk t) {
        String event = t.event() != null ? t.event() : t.year() != null ? t.year().toString() : "";
        return new TalkRow(t, String.join(", ", t.speakers()), event, String.join("  ", t.tags()), t.status().label());
    }

    public String title() {
        return talk.title();
    }
}
