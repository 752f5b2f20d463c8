package dev.talkshelf.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognizes conference names the way channels write them: a short capitalized name ending in a year. */
final class EventShape {
    // Up to six name words, each starting with a capital or digit ("PyCon US", "YOW!", "NDC Oslo", "C++Now"),
    // then a plausible conference year. Lower-case words are refused so that "Python in 2024" stays a title.
    private static final Pattern EVENT = Pattern.compile(
            "(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}!.'’&+#\\-]*\\s+){1,6}((?:19[89]|20[0-9])\\d)");
    private static final Pattern YEAR_AT_END = Pattern.compile("\\b((?:19|20)\\d\\d)\\s*$");

    private EventShape() {
    }

    static boolean isEvent(String text) {
        return text != null && EVENT.matcher(text.strip()).matches();
    }

    static Integer yearOf(String event) {
        if (event == null) {
            return null;
        }
        Matcher m = YEAR_AT_END.matcher(event);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
