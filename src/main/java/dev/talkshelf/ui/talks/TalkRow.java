package dev.talkshelf.ui.talks;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.ui.shared.Durations;
import java.time.Duration;

/** A talk as the table shows it: display strings computed once, off the FX thread. */
public record TalkRow(Talk talk, String speakers, String event, String year, String duration, String topics,
                      String status, double progress, String rating) {

    public static TalkRow of(Talk t) {
        String event = t.event() != null ? t.event() : "";
        String year = t.year() != null ? t.year().toString() : "";
        String duration = t.duration() != null ? Durations.clock(t.duration()) : "";
        return new TalkRow(t, String.join(", ", t.speakers()), event, year, duration, String.join("  ", t.tags()),
                t.status().label(), progress(t), stars(t.rating()));
    }

    public String title() {
        return talk.title();
    }

    /**
     * The line under the title in the comfortable list: "speakers · event · year · length", blanks left out, and the
     * year left out when the event's name already says it ("YOW! 2024", not "YOW! 2024 · 2024").
     */
    public String byline() {
        StringBuilder out = new StringBuilder();
        boolean eventSaysYear = event != null && year != null && !year.isEmpty() && event.contains(year);
        for (String part : new String[] {speakers, event, eventSaysYear ? "" : year, duration}) {
            if (part != null && !part.isEmpty()) {
                out.append(out.isEmpty() ? "" : " · ").append(part);
            }
        }
        return out.toString();
    }

    /** How far into an in-progress talk playback got, 0 to 1; -1 when that is unknown or not in progress. */
    static double progress(Talk t) {
        Duration at = t.watch().position();
        if (t.status() != WatchStatus.IN_PROGRESS || at == null || t.duration() == null || t.duration().isZero()) {
            return -1;
        }
        return Math.min(1.0, (double) at.toMillis() / t.duration().toMillis());
    }

    static String stars(Integer rating) {
        if (rating == null) {
            return "";
        }
        return "★".repeat(rating) + "☆".repeat(5 - rating);
    }
}
