package dev.talkshelf.player;

import dev.talkshelf.model.MediaLocation;

/** The three kinds of talk media a player is chosen for, mirroring {@link MediaLocation}'s cases. */
public enum MediaKind {
    LOCAL_FILE,
    VIDEO_URL,
    WEB_PAGE;

    public static MediaKind of(MediaLocation location) {
        // Java 17 has no pattern switch over sealed types yet; the chain ends in WEB_PAGE, the last case.
        if (location instanceof MediaLocation.LocalFile) {
            return LOCAL_FILE;
        }
        if (location instanceof MediaLocation.VideoUrl) {
            return VIDEO_URL;
        }
        return WEB_PAGE;
    }
}
