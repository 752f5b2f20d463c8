package dev.talkshelf.formats;

import dev.talkshelf.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides whether a piece of a title is a list of people. Names the library already knows always count;
 * otherwise a name must look like one: two to four capitalized words, initials and particles allowed, and
 * none of the words that make up talk titles.
 */
final class NameShape {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+&\\s+|\\s+and\\s+");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di", "da",
            "du", "la", "le", "dos", "das", "do", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu");
    // Suffixes of the words titles are made of ("Demystified", "Threading", "Performance") and names rarely are.
    private static final Pattern TITLE_WORD_SUFFIX = Pattern.compile(
            ".{3,}(?:tion|tions|sion|ment|ments|ness|ity|ics|ism|isms|able|ible|ful|less|ous|ive|ized|ised)"
                    + "|.{5,}ing|.{5,}ed");
    private static final Set<String> GIVEN_NAMES = WordList.load("given-names.txt");
    private static final Set<String> TITLE_WORDS = WordList.load("title-words.txt");

    private final Predicate<String> knownSpeaker;

    NameShape(Predicate<String> knownSpeaker) {
        this.knownSpeaker = knownSpeaker;
    }

    /** The people in {@code text} ("A & B", "A, B and C"), or empty if any part is not a person. */
    Optional<List<String>> speakers(String text) {
        String whole = text.strip();
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        if (knownSpeaker.test(whole)) {
            return Optional.of(List.of(whole));
        }
        List<String> result = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(whole, -1)) {
            String name = part.strip();
            if (!isKnown(name) && !looksLikePerson(name)) {
                return Optional.empty();
            }
            result.add(name);
        }
        return Optional.of(result);
    }

    /**
     * Stronger evidence than {@link #speakers}, for places where a title is as likely as a name (before a
     * colon, first of two parts): every person is known to the library or starts with a common given name.
     */
    Optional<List<String>> surelySpeakers(String text) {
        return speakers(text).filter(people -> people.stream().allMatch(p -> isKnown(p) || hasGivenName(p)));
    }

    private boolean isKnown(String name) {
        return !name.isEmpty() && knownSpeaker.test(name);
    }

    private static boolean hasGivenName(String name) {
        String first = name.split("\\s+")[0];
        return GIVEN_NAMES.contains(Names.key(first));
    }

    static boolean looksLikePerson(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int nameWords = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(word)) {
                continue;
            }
            if (isInitial(word)) {
                nameWords++;
                continue;
            }
            if (!isCapitalizedWord(word)) {
                return false;
            }
            String lower = Names.key(word);
            if (TITLE_WORDS.contains(lower) || (TITLE_WORD_SUFFIX.matcher(lower).matches() && !GIVEN_NAMES.contains(lower))) {
                return false;
            }
            nameWords++;
        }
        return nameWords >= 2 && nameWords <= 4 && !isInitial(words[words.length - 1]);
    }

    /** "C." or "J.R." */
    private static boolean isInitial(String word) {
        return word.matches("(?:\\p{Lu}\\.){1,2}");
    }

    /**
     * "McDonald", "O'Brien", "Jean-Luc", "Nikolaou": a capital, then mostly small letters; never two capitals
     * in a row ("GIL", "ABCs"), no digits or punctuation other than an apostrophe or hyphen between letters.
     */
    private static boolean isCapitalizedWord(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        boolean previousUpper = false;
        boolean anyLower = false;
        int[] cps = word.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (Character.isLetter(c)) {
                boolean upper = Character.isUpperCase(c);
                if (upper && previousUpper) {
                    return false;
                }
                anyLower |= Character.isLowerCase(c);
                previousUpper = upper;
            } else if ((c == '\'' || c == '’' || c == '-') && i > 0 && i < cps.length - 1) {
                if (c == '-' && !Character.isUpperCase(cps[i + 1])) {
                    return false; // "Thirty-five-year" is a word, "Jean-Luc" a name
                }
                previousUpper = false;
            } else {
                return false;
            }
        }
        return anyLower;
    }
}
