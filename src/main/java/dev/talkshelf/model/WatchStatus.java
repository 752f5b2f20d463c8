package dev.talkshelf.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where the user stands with a talk. The lower-case, dashed names are what users type and JSON carries. */
public enum WatchStatus {
    UNWATCHED("unwatched"),
    IN_PROGRESS("in-progress"),
    WATCHED("watched"),
    SKIPPED("skipped");

    private final String label;

    WatchStatus(String label) {
        this.label = label;
    }

    /** The name users see and type: {@code unwatched}, {@code in-progress}, {@code watched}, {@code skipped}. */
    public String label() {
        return label;
    }

    public static Optional<WatchStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (wanted.equals("inprogress") || wanted.equals("started")) {
            wanted = "in-progress";
        }
        String key = wanted;
        return Arrays.stream(values()).filter(s -> s.label.equals(key)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }
}
