package dev.talkshelf.service;

import dev.talkshelf.model.Names;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Titles every conference reuses ("Lightning Talks", "Keynote", "Opening remarks", "Lightning talks day 2"): two
 * talks sharing one are not the same talk, so an import never merges them on the title. Compared on
 * {@link Names#key} with day, part and session numbers, weekdays and years left out.
 */
final class GenericTitles {
    private static final Set<String> GENERIC = Set.of(
            "lightning talks", "lightning talk", "lightning talks session", "lightnings", "keynote", "keynotes",
            "keynote address", "keynote talk", "opening keynote", "closing keynote", "opening", "opening remarks",
            "opening session", "opening words", "welcome", "welcome remarks", "welcome and opening",
            "welcome and opening remarks", "welcome and introduction", "opening and welcome", "introduction", "intro",
            "closing", "closing remarks", "closing session", "closing words", "closing and farewell", "farewell",
            "panel", "panel discussion", "discussion panel", "q a", "qa", "q and a", "questions and answers",
            "ask me anything", "ama", "announcements", "plenary", "plenary session", "sponsor talk", "sponsor talks",
            "sponsored talk", "town hall", "fireside chat", "unconference", "open space", "open spaces", "poster session",
            "wrap up", "wrapup", "morning announcements", "day opening", "day closing");
    /** Words that only say which one of the series it is. */
    private static final Set<String> ORDINALS = Arrays.stream("""
            day days part session track room morning afternoon evening and of the
            monday tuesday wednesday thursday friday saturday sunday first second third fourth last final
            i ii iii iv v vi""".split("\\s+")).collect(Collectors.toUnmodifiableSet());

    private GenericTitles() {
    }

    static boolean isGeneric(String title) {
        if (title == null) {
            return false;
        }
        String key = Names.key(title);
        if (GENERIC.contains(key)) {
            return true;
        }
        String core = Arrays.stream(key.split(" "))
                .filter(w -> !w.isEmpty() && !ORDINALS.contains(w) && !w.chars().allMatch(Character::isDigit))
                .collect(Collectors.joining(" "));
        return GENERIC.contains(core);
    }
}
