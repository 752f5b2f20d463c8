package dev.talkshelf.formats;

import java.time.Duration;
import java.util.List;

/** A cue as a caption file holds it, before its text is read and rolling repeats are dropped. */
record RawCue(Duration start, Duration end, List<String> lines, int timingLine) {
}
