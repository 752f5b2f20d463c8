package dev.talkshelf.model;

/** The catalog's identity of a talk; a record so it cannot be mixed up with positions or counts. */
public record TalkId(long value) {
    public static TalkId of(long value) {
        return new TalkId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
