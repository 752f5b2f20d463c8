package dev.talkshelf.ui.thumbnails;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The video id in a YouTube link, and the address of the picture YouTube publishes for every video under that id
 * ({@code https://i.ytimg.com/vi/ID/hqdefault.jpg}): no API, no key, nothing asked of YouTube but the picture.
 */
public final class YouTubeVideos {
    /** Where YouTube serves its video pictures. */
    public static final String PICTURES = "https://i.ytimg.com/vi/";
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{11}");

    private YouTubeVideos() {
    }

    /**
     * The 11-character id of {@code link}: {@code youtube.com/watch?v=ID}, {@code youtu.be/ID}, and the
     * {@code /embed/}, {@code /shorts/}, {@code /live/} and {@code /v/} paths, on youtube.com, its m. and www.
     * hosts and youtube-nocookie.com. Empty for anything else, or an id of the wrong shape.
     */
    public static Optional<String> id(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String candidate = null;
        if (host.equals("youtu.be") || host.equals("www.youtu.be")) {
            candidate = firstSegment(path);
        } else if (isYouTube(host)) {
            if (path.equals("/watch") || path.equals("/watch/")) {
                candidate = parameter(uri.getRawQuery(), "v");
            } else {
                for (String prefix : new String[] {"/embed/", "/shorts/", "/live/", "/v/"}) {
                    if (path.startsWith(prefix)) {
                        candidate = firstSegment(path.substring(prefix.length() - 1));
                    }
                }
            }
        }
        return Optional.ofNullable(candidate).filter(id -> ID.matcher(id).matches());
    }

    /** The picture YouTube publishes for {@code link}'s video under {@code pictures} (normally {@link #PICTURES}). */
    public static Optional<String> pictureOf(String link, String pictures) {
        return id(link).map(id -> pictures + id + "/hqdefault.jpg");
    }

    private static boolean isYouTube(String host) {
        return host.equals("youtube.com") || host.endsWith(".youtube.com")
                || host.equals("youtube-nocookie.com") || host.endsWith(".youtube-nocookie.com");
    }

    private static String firstSegment(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}
