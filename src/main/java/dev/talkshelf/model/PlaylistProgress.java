package dev.talkshelf.model;

/**
 * How far the user is through a playlist.
 *
 * @param watched          talks whose status is watched (skipped talks are not counted here)
 * @param total            every talk in the playlist
 * @param remainingSeconds the known length still to watch: the full duration of unwatched talks, duration
 *                         minus position of in-progress ones; watched, skipped and talks of unknown length
 *                         add nothing. Summed in milliseconds, then rounded down to whole seconds.
 */
public record PlaylistProgress(int watched, int total, long remainingSeconds) {

    public static final PlaylistProgress EMPTY = new PlaylistProgress(0, 0, 0);

    public PlaylistProgress {
        if (watched < 0 || total < 0 || watched > total || remainingSeconds < 0) {
            throw new IllegalArgumentException("inconsistent progress " + watched + "/" + total + ", " + remainingSeconds + " s");
        }
    }
}
