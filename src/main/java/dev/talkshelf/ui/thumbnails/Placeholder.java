package dev.talkshelf.ui.thumbnails;

import dev.talkshelf.model.Talk;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.paint.Color;

/**
 * What stands in for a talk's picture while there is none (offline, no source, a failed fetch): the talk's
 * initials on its first topic's colour, so that neighbouring talks look different and talks of a topic alike.
 * A talk without topics gets a quiet grey.
 */
public final class Placeholder {
    /** Calm, mid-dark colours that white initials read well on, in light and dark themes alike. */
    private static final List<Color> PALETTE = List.of(
            Color.web("#3f6fb5"), Color.web("#2f8a7a"), Color.web("#8a5cb8"), Color.web("#b5643f"),
            Color.web("#5b7f2e"), Color.web("#b0476b"), Color.web("#3d7f9f"), Color.web("#7a6a2f"),
            Color.web("#6057b0"), Color.web("#9a4f3a"), Color.web("#2f7f52"), Color.web("#85577f"));
    private static final Color NO_TOPIC = Color.web("#6b7280");
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "to",
            "for", "with", "at", "by", "from", "is", "vs", "how", "why", "what", "your", "my", "our");

    private Placeholder() {
    }

    /**
     * Up to two letters: the first letters of the first two words that are not small words ("Using Rust in
     * Free-Threaded Python" gives "UR"), in capitals; the first letter of the title when only one word counts;
     * "?" for a title with no letter or digit.
     */
    public static String initials(String title) {
        StringBuilder out = new StringBuilder();
        String fallback = null;
        for (String word : (title == null ? "" : title).split("[\\s\\p{Punct}&&[^'’]]+")) {
            int first = firstLetterOrDigit(word);
            if (first < 0) {
                continue;
            }
            String letter = new String(Character.toChars(first)).toUpperCase(Locale.ROOT);
            if (fallback == null) {
                fallback = letter;
            }
            if (!SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                out.append(letter);
                if (out.codePointCount(0, out.length()) == 2) {
                    break;
                }
            }
        }
        if (out.length() == 0) {
            return fallback == null ? "?" : fallback;
        }
        return out.toString();
    }

    /** The colour of {@code talk}'s first topic (the same topic always the same colour), grey without topics. */
    public static Color colour(Talk talk) {
        List<String> topics = talk.tags();
        if (topics == null || topics.isEmpty()) {
            return NO_TOPIC;
        }
        return topicColour(topics.get(0));
    }

    /** One of a dozen colours, chosen by the topic's name; stable across runs (String.hashCode is specified). */
    public static Color topicColour(String topic) {
        int hash = topic.toLowerCase(Locale.ROOT).hashCode();
        return PALETTE.get(Math.floorMod(hash, PALETTE.size()));
    }

    /** The colour as CSS text, for a node's style. */
    public static String css(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }

    private static int firstLetterOrDigit(String word) {
        return word.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(-1);
    }
}
