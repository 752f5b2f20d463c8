package dev.talkshelf.catalog;

/** Where a talk sits in a manual playlist (0-based), so a deleted talk can be put back in its place. */
public record PlaylistMembership(long playlistId, int position) {
}
