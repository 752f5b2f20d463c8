package dev.talkshelf.formats;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Source keys for duplicate detection: "youtube:ID" for any form of YouTube link, else the http(s) URL. */
final class SourceKeys {
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern WATCH_PARAM = Pattern.compile("(?:^|&)v=([A-Za-z0-9_-]{11})(?:&|$)");
    // Compiled once: an import asks for every talk's links (a pattern compiled per call was ~2 % of its CPU).
    private static final Pattern WEB_LINK = Pattern.compile("^https?://.*");
    private static final Pattern VIDEO_PATH = Pattern.compile("/(?:embed|live|shorts|v)/[^/]+/?");

    private SourceKeys() {
    }

    static String youtube(String videoId) {
        return "youtube:" + videoId;
    }

    /** The key of a media URL; null for local files and anything that is not http(s). */
    static String forMedia(String media) {
        if (media == null) {
            return null;
        }
        return youtubeId(media).map(SourceKeys::youtube)
                .orElseGet(() -> WEB_LINK.matcher(media.toLowerCase(Locale.ROOT)).matches() ? media.strip() : null);
    }

    static Optional<String> youtubeId(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String candidate = null;
        if (host.equals("youtu.be")) {
            candidate = path.startsWith("/") ? path.substring(1) : path;
        } else if (host.equals("youtube.com") || host.endsWith(".youtube.com") || host.equals("youtube-nocookie.com")
                || host.endsWith(".youtube-nocookie.com")) {
            if (path.equals("/watch") && uri.getRawQuery() != null) {
                Matcher m = WATCH_PARAM.matcher(uri.getRawQuery());
                candidate = m.find() ? m.group(1) : null;
            } else if (VIDEO_PATH.matcher(path).matches()) {
                candidate = path.split("/")[2];
            }
        }
        return Optional.ofNullable(candidate).filter(id -> YOUTUBE_ID.matcher(id).matches());
    }
}
