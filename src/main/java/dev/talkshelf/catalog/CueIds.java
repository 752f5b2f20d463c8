package dev.talkshelf.catalog;

import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.Transcript;

/** A cue's row in {@code cue_fts}: its talk's id times {@link #PER_TALK}, plus its place in the transcript. */
final class CueIds {
    /** The first power of two above {@link Transcript#MAX_CUES}. */
    static final long PER_TALK = 131_072;

    static {
        if (PER_TALK <= Transcript.MAX_CUES) {
            throw new AssertionError("cue ids would overlap");
        }
    }

    private CueIds() {
    }

    static long of(TalkId talk, int place) {
        return talk.value() * PER_TALK + place;
    }

    static TalkId talk(long cueId) {
        return new TalkId(cueId / PER_TALK);
    }

    static int place(long cueId) {
        return (int) (cueId % PER_TALK);
    }
}
