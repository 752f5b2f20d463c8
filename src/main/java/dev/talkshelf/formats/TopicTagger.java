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
    record Topic(String path, Pattern pattern, List<String> implies) {
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
            topics.add(new Topic(path, compile(phrases), JsonValues.strings(node, "implies")));
        }
        return new TopicTagger(topics);
    }

    public List<String> suggest(Talk talk) {
        return suggest(talk.title(), talk.description(), talk.event());
    }

    /** Topic paths in taxonomy order, parents included; any argument may be null. */
    public List<String> suggest(String title, String description, String event) {
        String headline = (title == null ? "" : title) + "\n" + (event == null ? "" : event);
        Set<String> found = new LinkedHashSet<>();
        for (Topic topic : topics) {
            if (topic.pattern.matcher(headline).find() || hits(topic.pattern, description) >= DESCRIPTION_HITS) {
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

    /** Phrases to one case-insensitive pattern bounded by non-word characters (so "c++" and ".net" work). */
    static Pattern compile(List<String> phrases) {
        List<String> alternatives = new ArrayList<>();
        for (String phrase : phrases) {
            List<String> words = new ArrayList<>();
            for (String word : phrase.strip().split("[\\s\\-]+")) {
                boolean stem = word.endsWith("*");
                String literal = stem ? word.substring(0, word.length() - 1) : word;
                words.add(Pattern.quote(literal) + (stem ? "[\\p{L}\\p{N}]*" : ""));
            }
            alternatives.add(String.join("[\\s\\-]?", words));
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
