package dev.talkshelf.model;

import java.util.Objects;

/**
 * A title with its {@link Names#key}, made once. An import makes them beside the reading, off its storing thread,
 * which asked for each new talk's key five times (duplicate checks, the talk row, the import's journal).
 */
public record TitleKey(String title, String key) {
    public static TitleKey of(String title) {
        return new TitleKey(title, Names.key(title));
    }

    /** The key of {@code other}: this one's when it is this title, else made now. */
    public String keyOf(String other) {
        return Objects.equals(title, other) ? key : Names.key(other);
    }
}
