package dev.talkshelf.service;

/** A change already made to the library that knows how to take itself back. */
public interface Edit {

    /** What the edit did, in words for an "Undo ..." menu item, e.g. "mark 3 talks watched". */
    String description();

    void undo();
}
