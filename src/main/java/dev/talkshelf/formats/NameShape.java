package dev.talkshelf.formats;

import dev.talkshelf.model.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Decides whether a piece of a title is a list of people. Names the library already knows always count;
 * otherwise a name must look like one: two to four capitalized words, initials and particles allowed, and
 * none of the words that make up talk titles. Three strengths: {@link #speakers} (the shape of a name),
 * {@link #surelySpeakers} (a known given name too) and {@link #speakersInSlot} (for a slot that the batch's
 * layout says holds the speakers: lower case and single words allowed, title words still not).
 */
final class NameShape {
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+|&\\s*)?|\\s+&\\s+|\\s+and\\s+");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di", "da",
            "du", "la", "las", "los", "le", "dos", "das", "do", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu");
    // "Dr. Jane Doe" is Jane Doe: the title is dropped, and it vouches for a person.
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Dr|Prof|Professor|Dra)\\.?\\s+(?=\\S)");
    // Suffixes of the words titles are made of ("Demystified", "Threading", "Performance") and names rarely are.
    private static final Pattern TITLE_WORD_SUFFIX = Pattern.compile(
            ".{3,}(?:tion|tions|sion|ment|ments|ness|ity|ics|ism|isms|able|ible|ful|less|ous|ive|ized|ised)"
                    + "|.{5,}ing|.{5,}ed");
    // "San Francisco:", "Hong Kong:", "Buenos Aires:": places whose words are names or no English words.
    private static final Set<String> PLACE_STARTS = Set.of("san", "santa", "sao", "saint", "st", "hong", "kuala", "buenos",
            "port", "fort", "mount", "lake", "porto", "puerto", "tel", "abu", "addis", "sri");
    private static final Set<String> GIVEN_NAMES = keyed(WordList.load("given-names.txt"));
    private static final Set<String> TITLE_WORDS = keyed(WordList.load("title-words.txt"));
    // A capitalized word that is no English word ("Donchev", "Nagpal") is a hint of a name; one that is an
    // English word too counts only when it is also a person name somewhere ("Max", "Roman", "Hopper").
    private static final Set<String> ENGLISH_WORDS = WordList.load("english-words.txt");
    private static final Set<String> PERSON_NAMES = WordList.load("person-names.txt");
    // "McDonald", "DeMarco", "LeBlanc": the capitals inside a name; "PyTorch", "FastAPI" are products.
    private static final Pattern NAME_PREFIX_CAPITAL = Pattern.compile("(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von)\\p{Lu}\\p{Ll}+");
    // "Pyodide", "Taipy", "Pymoo": the Python world names its projects this way, never its people.
    private static final Pattern PROJECT_NAME = Pattern.compile("(?i)py\\p{L}{2,}|\\p{L}{2,}py");

    private final Predicate<String> knownSpeaker;

    NameShape(Predicate<String> knownSpeaker) {
        this.knownSpeaker = knownSpeaker;
    }

    /** The people in {@code text} ("A & B", "A, B and C"), or empty if any part is not a person. */
    Optional<List<String>> speakers(String text) {
        Optional<List<String>> people = list(text, name -> isKnown(name) || honored(name) || looksLikePerson(name)
                || lowerCaseName(name) || isGivenNameAlone(name));
        // A given name alone passes only beside a whole name: "Leah Berg & Ray", never "Ray" or "Ray & Ann".
        return people.filter(p -> p.stream().anyMatch(name -> !isGivenNameAlone(name))
                || LIST_SEPARATOR.splitAsStream(text).anyMatch(part -> honored(part.strip())));
    }

    /**
     * Stronger evidence than {@link #speakers}, for places where a title is as likely as a name (before a
     * colon, first of two parts): every person is known to the library, has a title, or starts with a common
     * given name (or an initial).
     */
    Optional<List<String>> surelySpeakers(String text) {
        // In a list of two or more names, one common given name vouches for the others' shape.
        return speakers(text).filter(people -> people.stream().allMatch(p -> isKnown(p) || honored(p) || looksLikePerson(p))
                && people.stream().filter(p -> isKnown(p) || honored(p) || hasGivenName(p) || hasNameWords(p)).count()
                        >= (people.size() == 1 ? 1 : Math.max(1, people.size() / 2)));
    }

    /** Two or more surnames alone, "Lee, Park, Novak" or "Lee & Park", in a slot already known to hold names. */
    Optional<List<String>> surnames(String text) {
        Optional<List<String>> people = list(text, name -> isKnown(name) || looksLikePerson(name) || isSurname(name));
        // "Lists, Tuples and Sets: ..." is a list of plurals, not of people.
        return people.filter(p -> p.size() >= 2 && p.stream().filter(NameShape::isEnglishPlural).count() * 2 < p.size());
    }

    /**
     * For a slot that most lines of the batch fill with speakers: a name may be one word ("Glyph") or in lower
     * case ("natalie serebryakova"), but still no title word, digit or title-word ending.
     */
    Optional<List<String>> speakersInSlot(String text) {
        return list(text, name -> isKnown(name) || honored(name) || looksLikePerson(name) || slotName(name));
    }

    private Optional<List<String>> list(String text, Predicate<String> person) {
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
            if (name.isEmpty() || !person.test(name)) {
                return Optional.empty();
            }
            result.add(withoutHonorific(name));
        }
        return Optional.of(result);
    }

    private boolean isKnown(String name) {
        return !name.isEmpty() && knownSpeaker.test(name);
    }

    /** "Dr. Jane Doe", "Prof Ada Lovelace": a title, then the shape of a name or a single capitalized word. */
    private static boolean honored(String name) {
        String rest = withoutHonorific(name);
        return !rest.equals(name) && (looksLikePerson(rest) || isSurname(rest));
    }

    static String withoutHonorific(String name) {
        return HONORIFIC.matcher(name).replaceFirst("");
    }

    static boolean hasGivenName(String name) {
        String first = name.split("\\s+")[0];
        if (first.length() > 1 && isInitial(first)) {
            return true;
        }
        String key = Names.key(first);
        return GIVEN_NAMES.contains(key) || GIVEN_NAMES.contains(key.split("[-\\s]")[0]);
    }

    /**
     * "Ivaylo Donchev", "Max Kahan", "Kesia Mary Joies": a name's shape whose words read as names, not as English.
     * Every word is either no English word at all or a known person name, and at least one is no English word
     * (or a common given name): "Grace Hopper" is left to the given-names list, "Founder Video" never passes.
     * No word with capitals inside other than a name's ("McDonald"), none shaped like a Python project ("Pyodide").
     */
    static boolean hasNameWords(String name) {
        if (!looksLikePerson(name)) {
            return false;
        }
        String[] words = name.split("\\s+");
        boolean anyForeign = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if ((i > 0 && PARTICLES.contains(word)) || isInitial(word) || isCapitals(word) || word.matches("\\(\\S+\\)")) {
                continue;
            }
            if (hasInnerCapital(word) || PROJECT_NAME.matcher(word).matches() && !PERSON_NAMES.contains(Names.key(word))) {
                return false;
            }
            for (String part : Names.key(isGluedInitial(word) ? word.substring(2) : word).split(" ")) {
                boolean foreign = !ENGLISH_WORDS.contains(part) || GIVEN_NAMES.contains(part);
                if (!foreign && !PERSON_NAMES.contains(part)) {
                    return false;
                }
                anyForeign |= foreign;
            }
        }
        return anyForeign;
    }

    /** "Tuples", "Sets": a plural of an English word; "Joies", "Jones" are not plurals of anything. */
    private static boolean isEnglishPlural(String word) {
        String key = Names.key(word);
        return key.endsWith("s") && !key.endsWith("ss")
                && (ENGLISH_WORDS.contains(key.substring(0, key.length() - 1)) || ENGLISH_WORDS.contains(key) && !PERSON_NAMES.contains(key));
    }

    /** A capital after the first letter that is not where names put one ("McDonald", "O'Brien", "Jean-Luc"). */
    private static boolean hasInnerCapital(String word) {
        for (String piece : word.split("[-'’]")) {
            if (piece.length() > 1 && !piece.substring(1).equals(piece.substring(1).toLowerCase(Locale.ROOT))
                    && !NAME_PREFIX_CAPITAL.matcher(piece).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A lower-case word that reads as a name: no English word, or a common given name. */
    private static boolean isForeignKey(String key) {
        return !ENGLISH_WORDS.contains(key) || GIVEN_NAMES.contains(key);
    }

    /**
     * "Lilian", "Tibs": one capitalized word that is a common given name, or no English word, no title word and
     * not shaped like a project's name; for slots between a title and an event, where little else stands.
     */
    static boolean isOneWordName(String word) {
        String w = word.strip();
        return isGivenNameAlone(w) || (w.length() >= 3 && !w.contains(" ") && isCapitalizedWord(w) && !hasInnerCapital(w)
                && !PROJECT_NAME.matcher(w).matches() && !ENGLISH_WORDS.contains(Names.key(w)) && !isTitleWord(w, false));
    }

    /** "Lilian": one capitalized word that is a common given name and no title word. */
    static boolean isGivenNameAlone(String word) {
        String w = word.strip();
        return w.length() >= 3 && !w.contains(" ") && isCapitalizedWord(w) && GIVEN_NAMES.contains(Names.key(w))
                && !isTitleWord(w, false);
    }

    static boolean looksLikePerson(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 5 || (words.length == 2 && PLACE_STARTS.contains(Names.key(words[0])))) {
            return false;
        }
        boolean givenFirst = hasGivenName(name);
        int nameWords = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(word)) {
                continue;
            }
            if ((isInitial(word) && (i > 0 || word.length() > 1)) || (i > 0 && i < words.length - 1 && isCapitals(word))) {
                nameWords++;
                continue;
            }
            if (i > 0 && i < words.length - 1 && word.matches("\\(\\S+\\)")) {
                continue; // "Tim (文昌) Hsu": a name in another script beside the Latin one
            }
            if (!isCapitalizedWord(word) && !isGluedInitial(word) && !isHyphenatedGivenName(word)) {
                return false;
            }
            if (isTitleWord(word, givenFirst && i == words.length - 1)) {
                return false;
            }
            nameWords++;
        }
        boolean lastIsInitial = isInitial(words[words.length - 1]);
        // "Abhinand C": a bare last initial only after a given name, or a first word that is no English word.
        boolean nameFirst = givenFirst || (!hasInnerCapital(words[0]) && !PROJECT_NAME.matcher(words[0]).matches()
                && isForeignKey(Names.key(words[0])));
        return nameWords >= 2 && nameWords <= 4 && (!lastIsInitial || (nameFirst && words.length == 2));
    }

    /**
     * "natalie serebryakova", "ivaylo donchev": lower case, two to four words, no title word; the first a given
     * name, or else every word reads as a name (no English word, or a person name with one that is none).
     */
    private static boolean lowerCaseName(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        boolean givenFirst = GIVEN_NAMES.contains(Names.key(words[0]).split(" ")[0]); // "jean-luc stevens"
        boolean anyForeign = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0 && word.matches("\\p{Ll}\\.?")) {
                continue; // "oscar l. garcell", "abhinand c"
            }
            if (!isLowerCaseWord(word) || TITLE_WORDS.contains(Names.key(word))) {
                return false;
            }
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(word)) {
                continue;
            }
            for (String part : Names.key(word).split(" ")) {
                boolean foreign = isForeignKey(part) && !PROJECT_NAME.matcher(part).matches();
                if (!givenFirst && !foreign && !PERSON_NAMES.contains(part)) {
                    return false;
                }
                anyForeign |= foreign;
            }
        }
        return givenFirst || anyForeign;
    }

    /** "Lee", "van Rossum", "O'Brien": one surname, perhaps after particles. */
    private static boolean isSurname(String name) {
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length - 1; i++) {
            if (!PARTICLES.contains(words[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        String last = words[words.length - 1];
        return isCapitalizedWord(last) && !isTitleWord(last, false);
    }

    /** A name in the speakers' slot: one to five words of letters, any case, none of them a title word. */
    private static boolean slotName(String name) {
        String[] words = name.split("\\s+");
        if (words.length > 5) {
            return false;
        }
        boolean givenFirst = hasGivenName(name);
        for (String word : words) {
            if (PARTICLES.contains(word) || isInitial(word)) {
                continue;
            }
            if (!(isCapitalizedWord(word) || isLowerCaseWord(word) || isGluedInitial(word) || isCapitals(word))
                    || isTitleWord(word, givenFirst)) {
                return false;
            }
        }
        return !PARTICLES.contains(words[0]) || words.length > 1;
    }

    private static boolean isTitleWord(String word, boolean givenFirst) {
        String lower = Names.key(word);
        return TITLE_WORDS.contains(lower)
                || (TITLE_WORD_SUFFIX.matcher(lower).matches() && !GIVEN_NAMES.contains(lower) && !givenFirst);
    }

    /** "C." or "J.R." or "C.A.M.", and "M" alone */
    private static boolean isInitial(String word) {
        return word.matches("(?:\\p{Lu}\\.){1,3}|\\p{Lu}");
    }

    /** "CS" in "Alexander CS Hendorf": two capitals standing for initials. */
    private static boolean isCapitals(String word) {
        return word.matches("\\p{Lu}{2}");
    }

    /** "Sin-seok", "Min-ji": a capitalized syllable, a hyphen, a short lower-case one that is no title word. */
    private static boolean isHyphenatedGivenName(String word) {
        return word.matches("\\p{Lu}\\p{Ll}{1,5}-\\p{Ll}{2,4}") && !TITLE_WORDS.contains(Names.key(word.substring(word.indexOf('-') + 1)));
    }

    /** "H.Tollervey": an initial written against the surname. */
    private static boolean isGluedInitial(String word) {
        return word.matches("\\p{Lu}\\.\\p{Lu}\\p{Ll}+");
    }

    private static boolean isLowerCaseWord(String word) {
        return word.matches("\\p{Ll}+(?:[-'’]\\p{Ll}+)*");
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

    private static Set<String> keyed(Set<String> words) {
        Set<String> keys = new HashSet<>();
        for (String w : words) {
            keys.add(Names.key(w));
        }
        return Set.copyOf(keys);
    }
}
