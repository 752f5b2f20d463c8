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
     * The one list of file name extensions a local media file may have: video and audio only. Anything else
     * (a program, a script, a {@code .command}, a shortcut, a document) is never handed to a player or the system.
     */
    Set<String> MEDIA_FILE_EXTENSIONS = Set.of(
            // video
            "mp4", "m4v", "mkv", "webm", "mov", "avi", "mpg", "mpeg", "mpe", "ts", "m2ts", "mts", "ogv", "flv", "wmv",
            "3gp", "3g2", "vob", "divx", "asf", "f4v",
            // audio
            "mp3", "m4a", "m4b", "ogg", "oga", "opus", "flac", "wav", "aac", "wma", "mka", "aif", "aiff", "alac", "ac3");

    /** URL schemes of network shares; their media is refused as a network path, never fetched by TalkShelf. */
    Set<String> NETWORK_SCHEMES = Set.of("smb", "nfs", "cifs", "afp", "webdav", "webdavs", "dav", "davs", "sftp", "ssh");

    /** Whether {@code name} (a file name or path) ends in one of {@link #MEDIA_FILE_EXTENSIONS}, in any case. */
    static boolean hasMediaExtension(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        String last = name.substring(slash + 1);
        int dot = last.lastIndexOf('.');
        return dot > 0 && MEDIA_FILE_EXTENSIONS.contains(last.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a media string names a file on another machine: a UNC path ({@code \\host\share}, also written
     * {@code //host/share}, and the {@code \\?\} and {@code \\.\} device forms), a {@code file://host/} URL, or an
     * {@code smb:}/{@code nfs:}/... URL. Decided on the text alone, so the check itself never reaches the network
     * (on Windows, merely looking at {@code \\host\share} makes the system log in to that host).
     */
    static boolean isNetworkPath(String text) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        if (s.length() >= 2 && isSlash(s.charAt(0)) && isSlash(s.charAt(1))) {
            return true;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        if (colon > 1 && lower.substring(0, colon).matches("[a-z][a-z0-9+.-]*")) {
            String scheme = lower.substring(0, colon);
            if (NETWORK_SCHEMES.contains(scheme)) {
                return true;
            }
            if (scheme.equals("file")) {
                String rest = s.substring(colon + 1);
                if (rest.length() >= 2 && isSlash(rest.charAt(0)) && isSlash(rest.charAt(1))) {
                    String afterSlashes = rest.substring(2);
                    int end = 0;
                    while (end < afterSlashes.length() && !isSlash(afterSlashes.charAt(end))) {
                        end++;
                    }
                    String host = afterSlashes.substring(0, end);
                    // file:///x has an empty host; file:////host/share is a UNC path in URL clothing.
                    return !(host.isEmpty() || host.equalsIgnoreCase("localhost"))
                            || isNetworkPath(afterSlashes.substring(end));
                }
            }
        }
        return false;
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '\\';
    }

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
