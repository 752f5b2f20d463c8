package dev.talkshelf.model;

/** The orders a result list can be sorted in. */
public enum SortKey {
    RELEVANCE,
    TITLE,
    ADDED,
    YEAR,
    DURATION,
    LAST_WATCHED,
    PLAYLIST
}
