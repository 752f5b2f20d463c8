package dev.talkshelf.player;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.util.Objects;

/** One talk to play: its id, for the reports, and its media string as stored in the catalog. */
public record PlayItem(TalkId talk, String media) {

    public PlayItem {
        Objects.requireNonNull(talk, "talk");
    }

    /** @throws IllegalArgumentException for a talk that has not been stored yet */
    public static PlayItem of(Talk talk) {
        if (talk.id() == null) {
            throw new IllegalArgumentException("\"" + talk.title() + "\" is not in the library yet");
        }
        return new PlayItem(talk.id(), talk.media());
    }
}
