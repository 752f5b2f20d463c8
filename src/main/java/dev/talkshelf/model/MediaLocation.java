package dev.talkshelf.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What a talk's media string points at: a local file, a video URL, or a web page. Anything else is refused. */
public sealed interface MediaLocation {

    String text();

    record LocalFile(Path path) implements MediaLocation {
        @Override
        public String text() {
            return path.toString();
        }
    }

    /** An http(s) URL a video player can open directly (a file or a known video site). */
    record VideoUrl(URI uri) implements MediaLocation {
        @Override
        public String text() {
            return uri.toString();
        }
    }

    /** An http(s) URL that is a page for a browser (a search, slides, a blog post). */
    record WebPage(URI uri) implements MediaLocation {
        @Override
        public String text() {
            return uri.toString();
        }
    }

    Set<String> VIDEO_HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be", "vimeo.com",
            "www.vimeo.com", "player.vimeo.com", "media.ccc.de", "www.dailymotion.com", "archive.org");
    Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mkv", "webm", "mov", "m4v", "avi", "mpg", "mpeg", "ogv", "flv",
            "wmv", "ts", "m3u8");

    /**
     * Classifies a media string. Returns empty for anything that is neither an http(s) URL nor a
     * plausible local path (javascript:, ftp:, data: and friends are refused).
     */
    static Optional<MediaLocation> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(s);
                if (uri.getHost() == null) {
                    return Optional.empty();
                }
                return Optional.of(isVideo(uri) ? new VideoUrl(uri) : new WebPage(uri));
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
        }
        if (lower.startsWith("file:")) {
            try {
                return Optional.of(new LocalFile(Path.of(new URI(s))));
            } catch (URISyntaxException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*:.*") && !lower.matches("^[a-z]:[\\\\/].*")) {
            return Optional.empty(); // another scheme (javascript:, ftp:, data:, ...), not a Windows drive
        }
        try {
            return Optional.of(new LocalFile(Path.of(s)));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static boolean isVideo(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        if (host.endsWith("youtube.com") || host.equals("youtu.be")) {
            return path.startsWith("/watch") || host.equals("youtu.be") || path.startsWith("/live/")
                    || path.startsWith("/embed/") || path.startsWith("/shorts/") || path.startsWith("/playlist");
        }
        if (VIDEO_HOSTS.contains(host)) {
            return true;
        }
        int dot = path.lastIndexOf('.');
        return dot >= 0 && VIDEO_EXTENSIONS.contains(path.substring(dot + 1));
    }
}
