package dev.talkshelf.model;

import java.time.Instant;
import java.util.Objects;

/** A talk's transcript as the library keeps it: where it came from (a file's name) and when it was attached. */
public record TalkTranscript(TalkId talk, Transcript transcript, String source, Instant added) {
    public TalkTranscript {
        Objects.requireNonNull(talk, "talk");
        Objects.requireNonNull(transcript, "transcript");
        Objects.requireNonNull(source, "source");
        Limits.requireTime(Objects.requireNonNull(added, "added"), "a transcript's time");
    }
}
