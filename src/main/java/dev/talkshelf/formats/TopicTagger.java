package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TopicPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests hierarchical topics for a talk from a taxonomy of keyword patterns (see taxonomy.json). The title
 * and event count on one hit; a description, being long and chatty, needs two hits of the same topic. A child
 * topic brings its parents, and a topic may imply related ones (free-threading implies concurrency).
 */
public final class TopicTagger {
    private static final String DEFAULT_TAXONOMY = "taxonomy.json";
    private static final int DESCRIPTION_HITS = 2;
    /** Shorter words are too close to other words (rust/rest, data/date) for a letter off to mean a typo. */
    private static final int FUZZY_MIN_LENGTH = 6;

    private final List<Topic> topics;
    private final AnchorIndex anchors;
    /** Every name a source tag may use for a topic: its path, its leaf, its aliases (all normalized). */
    private final Map<String, String> names;
    private final List<String> fuzzyNames;
    /** Every topic path of the taxonomy and each of its parents ({@code python} for {@code python/django}). */
    private final Set<String> knownPaths;
    private final SourceTags sourceTags;
    /** Tags repeat across thousands of talks: each is worked out once. */
    private final Map<String, Meaning> meanings = new ConcurrentHashMap<>();

    /**
     * One topic of the taxonomy: its path, its phrases as one pattern with the first word of each, and what it implies.
     *
     * @param plainWords true when every phrase is one plain word (the anchors are then the phrases), so
     *                   counting words equals counting pattern matches
     */
    record Topic(String path, Phrases phrases, List<String> implies, boolean plainWords) {
        /**
         * How many times the topic's phrases occur in a description, counting up to {@link #DESCRIPTION_HITS}.
         * Every match starts at an occurrence of an anchor word, so the pattern is tried only there instead
         * of at every position of the text (which made tagging the PyVideo set take seconds).
         */
        int bodyHits(Words body) {
            List<Integer> starts = anchorPositions(body);
            if (plainWords || starts.size() < DESCRIPTION_HITS) {
                return starts.size();
            }
            Matcher m = phrases.pattern().matcher(body.text()).useTransparentBounds(true);
            starts.sort(null);
            int n = 0;
            int end = 0;
            for (int start : starts) {
                if (start < end) {
                    continue; // inside the previous match ("no gil" also holds the anchor "gil"), as find() would
                }
                m.region(start, body.text().length());
                if (m.lookingAt()) {
                    end = m.end();
                    if (++n >= DESCRIPTION_HITS) {
                        break;
                    }
                }
            }
            return n;
        }

        /**
         * Where the anchor words start in the text. An anchor with punctuation ("c++", ".net") is not a word
         * of the index, so every place its text occurs is a start; the pattern's own boundaries then decide.
         */
        private List<Integer> anchorPositions(Words body) {
            List<Integer> positions = new ArrayList<>();
            for (Anchor anchor : phrases.anchors()) {
                switch (anchor.kind()) {
                    case PUNCTUATED -> {
                        String text = body.text();
                        for (int at = text.indexOf(anchor.literal()); at >= 0; at = text.indexOf(anchor.literal(), at + 1)) {
                            positions.add(at);
                        }
                    }
                    case STEM -> positions.addAll(body.stemPositions().getOrDefault(anchor.literal(), List.of()));
                    case WORD -> positions.addAll(body.positions().getOrDefault(anchor.literal(), List.of()));
                }
            }
            return positions;
        }
    }

    /**
     * The first word of a phrase, lower case, which every match of the phrase starts with: a plain word, the stem
     * of a word ("thread*" gives "thread"), or text with punctuation ("c++", "ci/cd"), which is not a word of
     * {@link Words} and is found by searching the text for it.
     */
    record Anchor(String literal, Kind kind) {
        enum Kind { WORD, STEM, PUNCTUATED }

        static Anchor of(String firstWord) {
            String lower = firstWord.toLowerCase(Locale.ROOT);
            boolean stem = lower.endsWith("*");
            String literal = stem ? lower.substring(0, lower.length() - 1) : lower;
            Kind kind = !literal.chars().allMatch(Character::isLetterOrDigit) ? Kind.PUNCTUATED : stem ? Kind.STEM : Kind.WORD;
            return new Anchor(literal, kind);
        }
    }

    /**
     * Lower-cased text, where the taxonomy's anchor words start in it, and where words start that begin with
     * one of its stems ("thread*"), computed in one pass per text. Other words are not kept: only anchors
     * are ever asked about.
     */
    record Words(String text, Map<String, List<Integer>> positions, Map<String, List<Integer>> stemPositions) {
        static Words of(String raw, AnchorIndex index) {
            String text = raw.toLowerCase(Locale.ROOT);
            Map<String, List<Integer>> positions = new HashMap<>();
            Map<String, List<Integer>> stems = new HashMap<>();
            int start = -1;
            int hash = 0;
            int nextStem = 0; // index into stemLengths of the next prefix length to look up
            for (int i = 0; i <= text.length(); i++) {
                char ch = i < text.length() ? text.charAt(i) : ' ';
                boolean inWord = i < text.length() && Character.isLetterOrDigit(ch);
                if (inWord) {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                        nextStem = 0;
                    }
                    hash = WordTable.extendHash(hash, ch);
                    // Each prefix that has a stem's length is looked up as the word is read, reusing its hash; a
                    // word that begins as no stem does ("the", "talk") is not looked up again at longer lengths.
                    if (nextStem < index.stemLengths.length && i + 1 - start == index.stemLengths[nextStem]) {
                        if (nextStem == 0 && index.stemBeginnings.find(text, start, i + 1, hash) == null) {
                            nextStem = index.stemLengths.length;
                        } else {
                            nextStem++;
                            String stem = index.stemWords.find(text, start, i + 1, hash);
                            if (stem != null) {
                                stems.computeIfAbsent(stem, k -> new ArrayList<>(2)).add(start);
                            }
                        }
                    }
                } else if (start >= 0) {
                    String anchor = index.exactWords.find(text, start, i, hash);
                    if (anchor != null) {
                        positions.computeIfAbsent(anchor, k -> new ArrayList<>(2)).add(start);
                    }
                    start = -1;
                }
            }
            return new Words(text, positions, stems);
        }
    }

    /**
     * Which topics a text may match, from the first word of each phrase: a hash lookup per word (and per
     * prefix, for stems) instead of a regex scan per topic. Only the candidates then run their pattern;
     * tagging the 21,700 PyVideo descriptions by regex alone took 20 s.
     */
    static final class AnchorIndex {
        private final Map<String, BitSet> exact = new HashMap<>();
        private final Map<String, BitSet> stems = new HashMap<>();
        private final Map<String, BitSet> punctuated = new HashMap<>();
        private final int[] stemLengths;
        private final WordTable exactWords;
        private final WordTable stemWords;
        /** The stems cut to the shortest stem's length: a word that begins with none of them has no stem. */
        private final WordTable stemBeginnings;

        AnchorIndex(List<Topic> topics) {
            for (int i = 0; i < topics.size(); i++) {
                for (Anchor anchor : topics.get(i).phrases().anchors()) {
                    Map<String, BitSet> target = switch (anchor.kind()) {
                        case WORD -> exact;
                        case STEM -> stems;
                        case PUNCTUATED -> punctuated;
                    };
                    target.computeIfAbsent(anchor.literal(), k -> new BitSet()).set(i);
                }
            }
            stemLengths = stems.keySet().stream().mapToInt(String::length).distinct().sorted().toArray();
            exactWords = new WordTable(exact.keySet());
            stemWords = new WordTable(stems.keySet());
            int shortest = stemLengths.length == 0 ? 0 : stemLengths[0];
            stemBeginnings = new WordTable(stems.keySet().stream().map(stem -> stem.substring(0, shortest)).toList());
        }

        BitSet candidates(Words text) {
            BitSet found = new BitSet();
            for (String w : text.positions().keySet()) {
                BitSet hit = exact.get(w);
                if (hit != null) {
                    found.or(hit);
                }
            }
            for (String stem : text.stemPositions().keySet()) {
                found.or(stems.get(stem));
            }
            punctuated.forEach((anchor, topics) -> {
                if (text.text().contains(anchor)) {
                    found.or(topics);
                }
            });
            return found;
        }
    }

    /**
     * What one source tag means: topics, a format (a path under format/), an event name, or nothing (a place or a
     * word that says nothing about a talk).
     */
    record Meaning(List<String> topics, String format, String event) {
        static final Meaning NOTHING = new Meaning(List.of(), null, null);

        static Meaning topic(String path) {
            return new Meaning(List.of(path), null, null);
        }
    }

    private TopicTagger(List<Topic> topics, Map<String, String> names, SourceTags sourceTags) {
        this.topics = List.copyOf(topics);
        this.anchors = new AnchorIndex(this.topics);
        this.names = Map.copyOf(names);
        this.fuzzyNames = names.keySet().stream().filter(n -> n.length() >= FUZZY_MIN_LENGTH).sorted().toList();
        Set<String> paths = new HashSet<>();
        for (Topic topic : topics) {
            paths.addAll(TopicPath.selfAndAncestors(topic.path()));
        }
        this.knownPaths = Set.copyOf(paths);
        this.sourceTags = sourceTags;
    }

    /** The taxonomy shipped with TalkShelf. */
    public static TopicTagger withDefaultTaxonomy() {
        try (InputStream in = TopicTagger.class.getResourceAsStream(DEFAULT_TAXONOMY)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_TAXONOMY + " is missing from the classpath");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A taxonomy in the shape of taxonomy.json: {"topics": [{"path", "patterns": [...], "implies": [...]}]}. */
    public static TopicTagger fromJson(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        List<Topic> topics = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (JsonNode node : root.path("topics")) {
            String path = TopicPath.normalize(node.path("path").asText())
                    .orElseThrow(() -> new IllegalArgumentException("a taxonomy topic has no path"));
            names.put(path, path);
            names.putIfAbsent(TopicPath.leaf(path), path);
            for (String alias : JsonValues.strings(node, "aliases")) {
                String key = SourceTags.key(alias);
                String earlier = names.putIfAbsent(key, path);
                if (earlier != null && !earlier.equals(path) && !key.equals(TopicPath.leaf(earlier))) {
                    throw new IllegalArgumentException("taxonomy alias '" + alias + "' is given to both " + earlier + " and " + path);
                }
            }
            List<String> phrases = JsonValues.strings(node, "patterns");
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("taxonomy topic '" + path + "' has no patterns");
            }
            boolean plain = phrases.stream().allMatch(p -> p.strip().toLowerCase(Locale.ROOT).chars().allMatch(Character::isLetterOrDigit));
            topics.add(new Topic(path, Phrases.of(phrases), JsonValues.strings(node, "implies"), plain));
        }
        return new TopicTagger(topics, names, SourceTags.shipped());
    }

    /** True for a topic of the taxonomy (or a parent of one) and for a format ({@code format/keynote}). */
    public boolean knows(String path) {
        return knownPaths.contains(path) || TopicPath.isFormat(path);
    }

    /**
     * A talk as read from an outside source, with its tags put through the taxonomy: aliases and misspellings
     * become the known topic in its one place (django is python/django), a tag naming an event becomes the talk's
     * event when it has none, a format becomes format/NAME, places and empty words go. When no topic is left, topics
     * are suggested from the title, description and event as for an untagged talk. The title may name a format too.
     */
    public Talk tidy(Talk talk) {
        List<String> found = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        String event = talk.event();
        List<Meaning> read = new ArrayList<>(talk.tags().size());
        for (String raw : talk.tags()) {
            Meaning meaning = meanings.computeIfAbsent(SourceTags.key(raw), this::meaningOf);
            read.add(meaning);
            if (meaning.event() != null && (event == null || event.isBlank())) {
                event = raw.strip();
            }
        }
        String eventLetters = lettersOf(event);
        for (int i = 0; i < read.size(); i++) {
            Meaning meaning = read.get(i);
            if (namesTheEvent(SourceTags.key(talk.tags().get(i)), meaning, eventLetters)) {
                continue;
            }
            found.addAll(meaning.topics());
            if (meaning.format() != null) {
                formats.add(meaning.format());
            }
        }
        if (found.isEmpty()) {
            found.addAll(suggest(talk.title(), talk.description(), event));
        }
        formats.addAll(sourceTags.formatsInTitle(talk.title()));
        LinkedHashSet<String> tags = new LinkedHashSet<>(found);
        tags.addAll(formats);
        return talk.withEvent(event).withTags(List.copyOf(tags));
    }

    /**
     * True for a tag the taxonomy does not know that is part of the talk's own event name: a series the event patterns
     * miss ({@code pytennessee} at "PyTennessee 2019") or the event's place ({@code belarus} at "PyCon Belarus").
     */
    private boolean namesTheEvent(String tag, Meaning meaning, String eventLetters) {
        if (eventLetters.isEmpty() || meaning.topics().size() != 1 || !meaning.topics().get(0).equals(tag) || names.containsKey(tag)) {
            return false;
        }
        String letters = lettersOf(tag);
        return letters.length() >= 4 && eventLetters.contains(letters);
    }

    /** The letters and digits of a text, lower case ("PyCon AU 2019" is "pyconau2019"). */
    private static String lettersOf(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** What one normalized tag means; see {@link #tidy}. */
    Meaning meaningOf(String tag) {
        int slash = tag.lastIndexOf('/');
        if (slash >= 0) {
            if (names.containsKey(tag)) {
                return Meaning.topic(names.get(tag));
            }
            // A source's own hierarchy (async/concurrency): its leaf decides, unless the leaf means nothing known.
            Meaning leaf = meaningOf(tag.substring(slash + 1));
            return leaf.topics().isEmpty() && leaf.format() == null && !isKnownNonTopic(tag.substring(slash + 1)) ? Meaning.topic(tag) : leaf;
        }
        Optional<SourceTags.Kind> kind = sourceTags.classify(tag);
        if (kind.isPresent()) {
            return kind.get() instanceof SourceTags.Format f ? new Meaning(List.of(), f.path(), null) : Meaning.NOTHING;
        }
        String known = knownName(tag);
        if (known != null) {
            return Meaning.topic(known);
        }
        if (sourceTags.isEvent(tag)) {
            return new Meaning(List.of(), null, tag);
        }
        if (tag.length() >= FUZZY_MIN_LENGTH) {
            for (String name : fuzzyNames) {
                if (withinOneEdit(tag, name)) {
                    return Meaning.topic(names.get(name));
                }
            }
            for (String word : sourceTags.formatWords().stream().sorted().toList()) {
                if (word.length() >= FUZZY_MIN_LENGTH && withinOneEdit(tag, word)) {
                    return new Meaning(List.of(), sourceTags.formatOf(word), null);
                }
            }
        }
        List<String> suggested = suggest(tag.replace('-', ' '), null, null);
        return suggested.isEmpty() ? Meaning.topic(tag) : new Meaning(mostSpecific(suggested), null, null);
    }

    private boolean isKnownNonTopic(String tag) {
        return sourceTags.classify(tag).isPresent() || sourceTags.isEvent(tag);
    }

    /** A topic's path, leaf or alias, also in the singular or plural and without hyphens. */
    private String knownName(String tag) {
        String known = names.get(tag);
        if (known == null && tag.endsWith("s") && tag.length() > 3) {
            known = names.get(tag.substring(0, tag.length() - 1));
        }
        if (known == null) {
            known = names.get(tag + "s");
        }
        if (known == null && tag.indexOf('-') >= 0) {
            known = names.get(tag.replace("-", ""));
        }
        return known;
    }

    /** Suggested topics without the parents a child brings (closure adds them back when stored). */
    private static List<String> mostSpecific(List<String> paths) {
        return paths.stream().filter(p -> paths.stream().noneMatch(other -> other.startsWith(p + "/"))).toList();
    }

    /** Edit distance (insert, delete, replace, swap of neighbours) of at most one. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // one replaced
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // neighbours swapped
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
    }

    public List<String> suggest(Talk talk) {
        return suggest(talk.title(), talk.description(), talk.event());
    }

    /** Topic paths in taxonomy order, parents included; any argument may be null. */
    public List<String> suggest(String title, String description, String event) {
        // Lower-cased once here so the patterns can match case-sensitively: Unicode case-insensitive
        // matching made tagging the whole PyVideo set take 20 s.
        Words headline = Words.of((title == null ? "" : title) + "\n" + (event == null ? "" : event), anchors);
        Words body = description == null || description.isBlank() ? null : Words.of(description, anchors);
        BitSet inHeadline = anchors.candidates(headline);
        BitSet inBody = body == null ? new BitSet() : anchors.candidates(body);
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < topics.size(); i++) {
            Topic topic = topics.get(i);
            if ((inHeadline.get(i) && topic.phrases().foundIn(headline.text()))
                    || (inBody.get(i) && topic.bodyHits(body) >= DESCRIPTION_HITS)) {
                add(found, topic.path);
                topic.implies.forEach(implied -> add(found, implied));
            }
        }
        List<String> ordered = new ArrayList<>();
        for (Topic topic : topics) {
            if (found.remove(topic.path)) {
                ordered.add(topic.path);
            }
        }
        ordered.addAll(found); // parents or implied topics the taxonomy does not list itself
        return ordered;
    }

    private static void add(Set<String> found, String path) {
        found.addAll(TopicPath.selfAndAncestors(path));
    }

    /** The anchor of each phrase: text without any of them cannot match. */
    static List<Anchor> anchors(List<String> phrases) {
        List<Anchor> anchors = new ArrayList<>();
        for (String phrase : phrases) {
            anchors.add(Anchor.of(phrase.strip().split("[\\s\\-]+")[0]));
        }
        return anchors;
    }

    /** Phrases to one case-insensitive pattern bounded by non-word characters (so "c++" and ".net" work). */
    static Pattern compile(List<String> phrases) {
        List<String> alternatives = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> words = new ArrayList<>();
            for (String word : phrase.strip().split("[\\s\\-]+")) {
                boolean stem = word.endsWith("*");
                String literal = (stem ? word.substring(0, word.length() - 1) : word).toLowerCase(Locale.ROOT);
                words.add(Pattern.quote(literal) + (stem ? "[\\p{L}\\p{N}]*" : ""));
            }
            alternatives.add(String.join("[\\s\\-]?", words));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])");
    }
}
