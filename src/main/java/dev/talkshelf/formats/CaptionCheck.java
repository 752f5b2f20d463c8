package dev.talkshelf.formats;

import dev.talkshelf.model.Limits;
import java.nio.file.Path;
import java.time.Duration;

/** The checks both caption formats make on a cue's times. */
final class CaptionCheck {
    private CaptionCheck() {
    }

    static Duration[] ends(Path file, int line, Duration start, Duration end) throws FormatException {
        if (!Limits.isDuration(start) || !Limits.isDuration(end)) {
            throw new FormatException(file, line, "a cue's time must lie within 7 days of the start");
        }
        if (end.compareTo(start) < 0) {
            throw new FormatException(file, line, "the cue ends (" + CaptionTime.show(end) + ") before it starts ("
                    + CaptionTime.show(start) + ")");
        }
        return new Duration[] {start, end};
    }
}
