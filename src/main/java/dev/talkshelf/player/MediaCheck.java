package dev.talkshelf.player;

import dev.talkshelf.model.MediaLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The one gate media passes before TalkShelf hands it to a player or to the system: an http(s) link, or a local
 * file that exists, is a regular file (a symlink counts when what it finally points at is one) and has a video or
 * audio extension ({@link MediaLocation#MEDIA_FILE_EXTENSIONS}), and is not on a network share unless the user
 * allows network paths. Network paths are recognised on the text before the file system is asked anything.
 */
public final class MediaCheck {
    private MediaCheck() {
    }

    /**
     * The media as it may be handed on: an http(s) URL, or a local file as its real path (absolute, symlinks
     * resolved, so no name can start with {@code -} and pass for an option, and what is opened is what was checked).
     *
     * @throws MediaRefusedException for anything else, with the reason in words
     * @throws MediaMissingException for a local file that is not there
     */
    public static MediaLocation check(String media, boolean allowNetworkPaths) throws MediaRefusedException, MediaMissingException {
        if (media == null || media.isBlank()) {
            throw new MediaRefusedException("", "This talk has no media to play; add a file or a link first");
        }
        String shown = shown(media);
        if (!allowNetworkPaths && MediaLocation.isNetworkPath(media)) {
            throw new MediaRefusedException(media, shown + " is on a network share; to open network paths, allow them in"
                    + " Preferences");
        }
        MediaLocation location = MediaLocation.parse(media).orElseThrow(() ->
                new MediaRefusedException(media, shown + " is not a local file or an http(s) link"));
        if (location instanceof MediaLocation.LocalFile file) {
            return new MediaLocation.LocalFile(checkFile(media, file.path().toAbsolutePath().normalize()));
        }
        return location;
    }

    /**
     * An http(s) link for the browser; everything else (a local file, {@code javascript:}, {@code file:},
     * {@code ftp:}) is refused.
     */
    public static MediaLocation link(String text) throws MediaRefusedException {
        if (text == null || text.isBlank()) {
            throw new MediaRefusedException("", "This talk has no link to open");
        }
        MediaLocation location = MediaLocation.parse(text).orElse(null);
        if (location instanceof MediaLocation.VideoUrl || location instanceof MediaLocation.WebPage) {
            return location;
        }
        throw new MediaRefusedException(text, shown(text) + " is not a web link; only http(s) links open in the browser");
    }

    private static Path checkFile(String media, Path path) throws MediaRefusedException, MediaMissingException {
        String shown = shown(path.toString());
        if (!Files.exists(path)) {
            throw new MediaMissingException(path); // also a symlink whose target is gone
        }
        if (Files.isDirectory(path)) {
            throw new MediaRefusedException(media, shown + " is a folder, not a video or audio file");
        }
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new MediaRefusedException(media, shown + " cannot be read (" + e.getMessage() + ")");
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new MediaRefusedException(media, shown + " is not a regular file (a device, a pipe or a socket)");
        }
        if (!MediaLocation.hasMediaExtension(path.getFileName().toString())) {
            throw new MediaRefusedException(media, shown + " is not a video or audio file");
        }
        if (!MediaLocation.hasMediaExtension(real.getFileName().toString())) {
            // A link named talk.mp4 that points at a program would be opened as that program by the system.
            throw new MediaRefusedException(media, shown + " points to " + shown(real.toString())
                    + ", which is not a video or audio file");
        }
        return real;
    }

    /** The media as a message shows it: control characters (a newline, a terminal escape) replaced with '?'. */
    static String shown(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), 300));
        text.codePoints().limit(300).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > 300 ? out + "…" : out.toString();
    }
}
