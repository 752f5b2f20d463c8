package dev.talkshelf.formats;

import dev.talkshelf.formats.TopicTagger.Anchor;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases of the taxonomy or of the title formats as one pattern ({@link TopicTagger#compile}), with the text every
 * match begins with: the pattern is tried only where that text occurs instead of at every position of the text, as
 * {@code find()} would (on titles, trying every position was about a seventh of an import's reading thread).
 */
record Phrases(Pattern pattern, List<Anchor> anchors) {
    static Phrases of(List<String> phrases) {
        return new Phrases(TopicTagger.compile(phrases), TopicTagger.anchors(phrases));
    }

    /** True when the pattern matches somewhere in {@code lowerText} (lower case, as the patterns are). */
    boolean foundIn(String lowerText) {
        Matcher m = null;
        for (Anchor anchor : anchors) {
            String literal = anchor.literal();
            for (int at = lowerText.indexOf(literal); at >= 0; at = lowerText.indexOf(literal, at + 1)) {
                if (m == null) {
                    m = pattern.matcher(lowerText).useTransparentBounds(true); // the look-behind sees before the start
                }
                m.region(at, lowerText.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
