package dev.talkshelf.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Hierarchical topic names such as {@code python/free-threading}: normalization and ancestry. */
public final class TopicPath {
    /** The reserved root under which a talk's format is kept (format/keynote): a facet, not a subject (decision 0012). */
    public static final String FORMAT_ROOT = "format";

    private TopicPath() {
    }

    /** True for the format root and the paths under it. */
    public static boolean isFormat(String path) {
        return path.equals(FORMAT_ROOT) || path.startsWith(FORMAT_ROOT + "/");
    }

    /**
     * The canonical form of a topic: lower case, segments separated by '/', words joined by '-'.
     * "Python / Free Threading" becomes "python/free-threading". Empty when nothing usable remains.
     */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        if (alreadyNormal(raw)) {
            return Optional.of(raw); // most paths are (imports store thousands of them): skip the regexes
        }
        List<String> segments = new ArrayList<>();
        for (String part : raw.split("/")) {
            String seg = part.strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[\\s_]+", "-")
                    .replaceAll("[^\\p{L}\\p{N}+#.\\-]", "")
                    .replaceAll("-{2,}", "-")
                    .replaceAll("^-|-$", "");
            if (!seg.isEmpty()) {
                segments.add(seg);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    /**
     * True when {@link #normalize} would give the text back unchanged: non-empty segments of a-z, 0-9, '+', '#',
     * '.' and '-', none starting or ending with '-' or holding "--".
     */
    static boolean alreadyNormal(String raw) {
        if (raw.isEmpty()) {
            return false;
        }
        char previous = '/';
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            boolean allowed = (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '+' || ch == '#' || ch == '.';
            if (ch == '-') {
                if (previous == '/' || previous == '-') {
                    return false;
                }
            } else if (ch == '/') {
                if (previous == '/' || previous == '-') {
                    return false;
                }
            } else if (!allowed) {
                return false;
            }
            previous = ch;
        }
        return previous != '/' && previous != '-';
    }

    /** "python/free-threading" -> ["python", "python/free-threading"]. */
    public static List<String> selfAndAncestors(String path) {
        List<String> result = new ArrayList<>();
        int slash = path.indexOf('/');
        while (slash >= 0) {
            result.add(path.substring(0, slash));
            slash = path.indexOf('/', slash + 1);
        }
        result.add(path);
        return result;
    }

    public static Optional<String> parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(path.substring(0, slash));
    }

    /** The last segment, for display in a tree. */
    public static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
