package dev.talkshelf.ui.shared;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times as people read and type them in the window: "12:34", "1:02:03", "3 h 20 min". */
public final class Durations {
    private static final Pattern CLOCK = Pattern.compile("^(?:(\\d+):)?(\\d{1,2}):(\\d{2})\\b\\s*(.*)$", Pattern.DOTALL);

    private Durations() {
    }

    /** "4:05" under an hour, "1:02:03" from an hour on; a negative time shows as 0:00. */
    public static String clock(Duration d) {
        return dev.talkshelf.model.DurationText.clock(d.isNegative() ? Duration.ZERO : d);
    }

    /** "45 min", "3 h 20 min", "12 days 4 h": a total of time for a status line. */
    public static String span(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return hours + " h " + (minutes % 60) + " min";
        }
        return (hours / 24) + " days " + (hours % 24) + " h";
    }

    /** A note typed as "12:34 the trick" splits into the time and the text; without a leading time, no time. */
    public static TimedText splitNote(String typed) {
        String text = typed == null ? "" : typed.strip();
        Matcher m = CLOCK.matcher(text);
        if (!m.matches()) {
            return new TimedText(Optional.empty(), text);
        }
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long min = Long.parseLong(m.group(2));
        long sec = Long.parseLong(m.group(3));
        if (sec >= 60 || (m.group(1) != null && min >= 60)) {
            return new TimedText(Optional.empty(), text);
        }
        return new TimedText(Optional.of(Duration.ofSeconds(h * 3600 + min * 60 + sec)), m.group(4).strip());
    }

    /** A note's text and, when it began with one, the time in the talk it points at. */
    public record TimedText(Optional<Duration> at, String text) {
    }
}
