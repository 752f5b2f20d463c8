package dev.talkshelf.model;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Names that sources put where a speaker goes but that are no person: "Various Speakers", "Unknown", "TBA",
 * "Multiple speakers", "N/A", "Staff", "Anonymous", their spellings in a few languages, and a name with no letter
 * or digit at all ("?", "—"). PyVideo alone lists "Various Speakers" for 361 talks; kept as a speaker, it became
 * the largest one in the sidebar. A talk gets no speaker rather than one of these.
 * <p>
 * The rule is a finite set of normalized keys ({@link Names#key}), so the migration that cleans existing libraries
 * can match the very same names in SQL: single words, a vague word before a word for speakers ("various
 * presenters"), and a word for speakers before a not-yet ("speaker tba", "speakers to be announced").
 */
public final class SpeakerPlaceholders {
    /** Words that alone stand for no one in particular. */
    private static final List<String> ALONE = List.of(
            "various", "various speakers", "various artists", "various authors", "unknown", "unknown speaker", "unknown author",
            "tba", "tbd", "tbc", "t b a", "t b d", "t b c", "to be announced", "to be determined", "to be confirmed", "n a", "na", "none", "null", "nil",
            "nobody", "no one", "no speaker", "no speakers", "not applicable", "not available", "staff", "anonymous", "anon",
            "multiple", "several", "many", "others", "other", "misc", "miscellaneous", "guest", "guests", "speaker", "speakers",
            "presenter", "presenters", "panel", "panelists", "panellists", "et al", "and others", "someone", "somebody",
            "undefined", "unnamed", "untitled", "organizers", "organisers", "the organizers", "the organisers",
            "conference staff", "event staff", "volunteers",
            // German, French, Spanish, Portuguese, Italian, Dutch, Polish, Russian, Japanese, Chinese
            "unbekannt", "verschiedene", "verschiedene sprecher", "diverse", "diverse sprecher", "anonym", "mehrere sprecher",
            "inconnu", "anonyme", "divers", "plusieurs intervenants", "intervenants divers", "desconocido", "anonimo",
            "varios", "varios ponentes", "desconhecido", "varios palestrantes", "sconosciuto", "vari", "vari relatori",
            "onbekend", "diversen", "nieznany", "anonim", "rozni", "неизвестно", "неизвестен", "аноним", "разные",
            "разные спикеры", "不明", "匿名", "未定");

    /** Vague words that make a placeholder of a word for speakers after them. */
    private static final List<String> VAGUE = List.of("various", "multiple", "several", "many", "unknown", "anonymous",
            "other", "guest", "mystery", "surprise", "special", "invited", "all", "more", "additional", "tba", "tbd");

    /** Words for the people who give talks. */
    private static final List<String> PEOPLE = List.of("speaker", "speakers", "presenter", "presenters", "author", "authors",
            "artist", "artists", "guest", "guests", "panelist", "panelists", "panellists", "contributors", "people", "hosts");

    /** Words that say the speaker is not known yet. */
    private static final List<String> NOT_YET = List.of("tba", "tbd", "tbc", "unknown", "to be announced", "to be determined",
            "to be confirmed", "n a", "na", "none", "pending");

    private static final Set<String> KEYS = keys();

    private SpeakerPlaceholders() {
    }

    /** True when {@code name} stands for no one: a placeholder such as "Various Speakers" or a name with no letter. */
    public static boolean isPlaceholder(String name) {
        String key = Names.key(name);
        return key.isEmpty() || KEYS.contains(key);
    }

    /** The speakers of a list that are people, in their order. */
    public static List<String> people(List<String> speakers) {
        if (speakers.stream().noneMatch(SpeakerPlaceholders::isPlaceholder)) {
            return speakers;
        }
        return speakers.stream().filter(s -> !isPlaceholder(s)).toList();
    }

    /** Every normalized key of a placeholder (the empty key aside), sorted. */
    public static Set<String> placeholderKeys() {
        return KEYS;
    }

    private static Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        ALONE.forEach(k -> keys.add(Names.key(k)));
        for (String people : PEOPLE) {
            for (String vague : VAGUE) {
                keys.add(vague + " " + people);
            }
            for (String notYet : NOT_YET) {
                keys.add(people + " " + notYet);
                keys.add(notYet + " " + people);
            }
        }
        return Collections.unmodifiableSet(keys);
    }
}
