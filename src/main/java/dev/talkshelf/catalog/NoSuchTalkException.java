package dev.talkshelf.catalog;

import dev.talkshelf.model.TalkId;

/** A talk id that is not (or no longer) in the library. */
public class NoSuchTalkException extends CatalogException {
    private final transient TalkId id;

    public NoSuchTalkException(TalkId id) {
        super("no talk with id " + id + " in this library");
        this.id = id;
    }

    public TalkId id() {
        return id;
    }
}
