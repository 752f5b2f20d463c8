package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TopicPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    private final List<Topic> topics;

    /** One topic of the taxonomy: its path, one pattern for all its phrases, and what it implies. */
    record Topic(String path, Pattern pattern, List<String> implies, List<String> anchors) {
        /** A cheap first check: every match starts with the first word of one of the phrases. */
        boolean mayMatch(Words text) {
            for (String anchor : anchors) {
                if (text.mayContain(anchor)) {
                    return true;
                }
            }
            return false;
        }

        boolean matchesHeadline(Words headline) {
            return mayMatch(headline) && pattern.matcher(headline.text()).find();
        }

        boolean matchesBody(Words body) {
            return body != null && mayMatch(body) && hits(pattern, body.text()) >= DESCRIPTION_HITS;
        }
    }

    /**
     * Lower-cased text with the set of its words, so most topics are ruled out by a hash lookup instead of a
     * regex scan (tagging 21,700 PyVideo descriptions by regex alone took 20 s).
     */
    record Words(String text, Set<String> words) {
        static Words of(String raw) {
            String text = raw.toLowerCase(Locale.ROOT);
            Set<String> words = new java.util.HashSet<>();
            for (String w : text.split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            return new Words(text, words);
        }

        /** False only when no word starts with the anchor (anchors with punctuation fall back to a substring test). */
        boolean mayContain(String anchor) {
            if (!anchor.chars().allMatch(Character::isLetterOrDigit)) {
                return text.contains(anchor);
            }
            if (words.contains(anchor)) {
                return true;
            }
            for (String w : words) {
                if (w.startsWith(anchor)) {
                    return true;
                }
            }
            return false;
        }
    }

    private TopicTagger(List<Topic> topics) {
        this.topics = List.copyOf(topics);
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
        for (JsonNode node : root.path("topics")) {
            String path = TopicPath.normalize(node.path("path").asText())
                    .orElseThrow(() -> new IllegalArgumentException("a taxonomy topic has no path"));
            List<String> phrases = JsonValues.strings(node, "patterns");
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("taxonomy topic '" + path + "' has no patterns");
            }
            topics.add(new Topic(path, compile(phrases), JsonValues.strings(node, "implies"), anchors(phrases)));
        }
        return new TopicTagger(topics);
    }

    public List<String> suggest(Talk talk) {
        return suggest(talk.title(), talk.description(), talk.event());
    }

    /** Topic paths in taxonomy order, parents included; any argument may be null. */
    public List<String> suggest(String title, String description, String event) {
        // Lower-cased once here so the patterns can match case-sensitively: Unicode case-insensitive
        // matching made tagging the whole PyVideo set take 20 s.
        Words headline = Words.of((title == null ? "" : title) + "\n" + (event == null ? "" : event));
        Words body = description == null ? null : Words.of(description);
        Set<String> found = new LinkedHashSet<>();
        for (Topic topic : topics) {
            if (topic.matchesHeadline(headline) || topic.matchesBody(body)) {
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

    private static int hits(Pattern pattern, String text) {
        if (text == null) {
            return 0;
        }
        Matcher m = pattern.matcher(text);
        int count = 0;
        while (count < DESCRIPTION_HITS && m.find()) {
            count++;
        }
        return count;
    }

    /** The first literal word of each phrase, lower case: text without any of them cannot match. */
    static List<String> anchors(List<String> phrases) {
        List<String> anchors = new ArrayList<>();
        for (String phrase : phrases) {
            String first = phrase.strip().split("[\\s\\-]+")[0];
            anchors.add((first.endsWith("*") ? first.substring(0, first.length() - 1) : first).toLowerCase(Locale.ROOT));
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
