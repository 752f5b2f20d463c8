package dev.talkshelf.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file name as yt-dlp writes it by default ({@code Title [videoid].ext}): the title part back in readable
 * form and the video id, if the name carries one.
 */
record YtDlpFileName(String title, String videoId) {
    private static final Pattern ID_SUFFIX = Pattern.compile("^(.*?)\\s*\\[([A-Za-z0-9_-]{11})]$");
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    static YtDlpFileName parse(String fileName) {
        String stem = EXTENSION.matcher(fileName.strip()).replaceFirst("");
        String id = null;
        Matcher m = ID_SUFFIX.matcher(stem);
        if (m.matches()) {
            stem = m.group(1);
            id = m.group(2);
        }
        return new YtDlpFileName(readable(stem), id);
    }

    /** Drops only a trailing {@code [videoid]}, for titles that are not file names. */
    static String withoutVideoId(String title) {
        Matcher m = ID_SUFFIX.matcher(title.strip());
        return m.matches() ? m.group(1) : title.strip();
    }

    // yt-dlp swaps characters that file systems refuse for full-width look-alikes; file names use '_' for spaces.
    private static String readable(String stem) {
        StringBuilder out = new StringBuilder(stem.length());
        stem.codePoints().forEach(c -> out.appendCodePoint(switch (c) {
            case '_' -> ' ';
            case '｜' -> '|';
            case '：' -> ':';
            case '⧸' -> '/';
            case '⧹' -> '\\';
            case '？' -> '?';
            case '＂' -> '"';
            case '＊' -> '*';
            case '＜' -> '<';
            case '＞' -> '>';
            default -> c;
        }));
        return out.toString().replaceAll("\\s+", " ").strip();
    }
}
