package dev.talkshelf.model;

import java.util.List;
import java.util.Objects;

/**
 * What was said in a talk, cue by cue in time order.
 *
 * @param language the language tag from the file (`en`, `pt-BR`), or "" when the file does not say
 */
public record Transcript(String language, List<Cue> cues) {
    /** A six-hour talk captioned line by line has ~6,000 cues; far more is not a transcript. */
    public static final int MAX_CUES = 100_000;

    public Transcript {
        Objects.requireNonNull(language, "language");
        cues = List.copyOf(cues);
        if (cues.size() > MAX_CUES) {
            throw new IllegalArgumentException("a transcript holds at most " + MAX_CUES + " cues");
        }
        for (int i = 1; i < cues.size(); i++) {
            if (cues.get(i).start().compareTo(cues.get(i - 1).start()) < 0) {
                throw new IllegalArgumentException("cues must be in time order");
            }
        }
    }

    /** All the text, one cue per line: what a reader or an index sees. */
    public int textLength() {
        int length = 0;
        for (Cue cue : cues) {
            length += cue.text().length() + 1;
        }
        return length;
    }
}
