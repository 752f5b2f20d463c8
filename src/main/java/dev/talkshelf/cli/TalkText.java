package dev.talkshelf.cli;

import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchStatus;

/** How a talk reads on one line of a terminal. */
final class TalkText {
    private TalkText() {
    }

    static String line(Talk t) {
        StringBuilder s = new StringBuilder();
        s.append(String.format("%6d  %-11s  ", t.id().value(), status(t)));
        s.append(t.title());
        if (!t.speakers().isEmpty()) {
            s.append(" — ").append(String.join(", ", t.speakers()));
        }
        if (t.event() != null) {
            s.append(" (").append(t.event()).append(')');
        } else if (t.year() != null) {
            s.append(" (").append(t.year()).append(')');
        }
        if (t.duration() != null) {
            s.append("  ").append(DurationText.clock(t.duration()));
        }
        if (!t.tags().isEmpty()) {
            s.append("  [").append(String.join(", ", t.tags())).append(']');
        }
        return s.toString();
    }

    static String status(Talk t) {
        if (t.status() == WatchStatus.IN_PROGRESS && t.watch().position() != null) {
            return "@" + DurationText.clock(t.watch().position());
        }
        return t.status().label();
    }

}
