package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TopicNode;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.service.Services;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality gate of the topic tree after a PyVideo import (issue #13): among the 50 largest topics no duplicate and
 * no non-topic (an event, a place, a format), and at most 1% of talks without a topic. Measured on the PyVideo sample
 * (two conferences, CC0) as published, and with each talk given 1 to 3 tags drawn from the spellings PyVideo uses
 * (pyvideo-tags.txt). Prints the figures.
 */
class TopicTreeQualityTest {
    private static final int TOP = 50;
    private static final String RESOURCES = "/dev/talkshelf/formats/";

    @TempDir
    Path dir;

    record Figures(int talks, int untagged, int distinctTopics, List<String> top, List<String> nonTopics, List<String> duplicates) {
        double untaggedShare() {
            return talks == 0 ? 0 : (double) untagged / talks;
        }

        @Override
        public String toString() {
            return "talks %d, without a topic %d (%.1f%%), distinct topics %d, top-%d non-topics %s, duplicates %s%n  top: %s"
                    .formatted(talks, untagged, 100 * untaggedShare(), distinctTopics, TOP, nonTopics, duplicates, top);
        }
    }

    @Test
    void sampleAsPublishedGivesACleanTree() throws Exception {
        Figures f = importAndMeasure(sample());
        System.out.println("PyVideo sample as published: " + f);
        assertClean(f);
    }

    @Test
    void sampleWithPyVideoTagsGivesACleanTree() throws Exception {
        Figures f = importAndMeasure(sampleWithTags(lines("pyvideo-tags.txt")));
        System.out.println("PyVideo sample with PyVideo-style tags: " + f);
        assertClean(f);
    }

    private static void assertClean(Figures f) {
        assertEquals(List.of(), f.nonTopics(), f::toString);
        assertEquals(List.of(), f.duplicates(), f::toString);
        assertTrue(f.untaggedShare() <= 0.01, f::toString);
    }

    private Figures importAndMeasure(Path source) throws Exception {
        try (Services s = Library.open(dir.resolve("library.db"), Clock.systemUTC())) {
            s.imports().importPaths(List.of(source), null, false, ImportContext.Progress.SILENT);
            List<Talk> talks = s.search().search("", 0, 100_000).talks();
            int untagged = (int) talks.stream().filter(t -> t.tags().stream().allMatch(p -> p.equals("format") || p.startsWith("format/"))).count();
            List<TopicNode> nodes = new ArrayList<>();
            flatten(s.search().facets("").topics(), nodes);
            nodes.removeIf(n -> n.path().equals("format") || n.path().startsWith("format/")); // the format facet is shown apart
            nodes.sort(Comparator.comparingLong(TopicNode::count).reversed().thenComparing(TopicNode::path));
            List<String> top = nodes.stream().limit(TOP).map(TopicNode::path).toList();
            return new Figures(talks.size(), untagged, nodes.size(), top, nonTopics(top), duplicates(top));
        }
    }

    private static void flatten(List<TopicNode> nodes, List<TopicNode> into) {
        for (TopicNode n : nodes) {
            into.add(n);
            flatten(n.children(), into);
        }
    }

    static List<String> nonTopics(List<String> paths) throws IOException {
        Set<String> words = new HashSet<>(lines("non-topics.txt"));
        for (String code : Locale.getISOCountries()) {
            words.add(TopicPath.normalize(new Locale("", code).getDisplayCountry(Locale.ENGLISH)).orElseThrow());
        }
        return paths.stream().filter(p -> words.contains(TopicPath.leaf(p)) || p.matches(".*(19|20)\\d\\d.*")).toList();
    }

    /** Pairs of topics (neither inside the other) with one name: the same leaf, a variant spelling or a synonym. */
    static List<String> duplicates(List<String> paths) throws IOException {
        List<List<String>> synonyms = lines("synonyms.txt").stream().map(l -> List.of(l.split("\\s+"))).toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                String a = paths.get(i);
                String b = paths.get(j);
                if (a.startsWith(b + "/") || b.startsWith(a + "/")) {
                    continue;
                }
                String la = TopicPath.leaf(a);
                String lb = TopicPath.leaf(b);
                boolean same = squash(la).equals(squash(lb))
                        || (la.length() >= 6 && lb.length() >= 6 && distance(la, lb) <= 1)
                        || synonyms.stream().anyMatch(g -> g.contains(la) && g.contains(lb));
                if (same) {
                    found.add(a + " ~ " + b);
                }
            }
        }
        return found;
    }

    private static String squash(String leaf) {
        String s = leaf.replace("-", "");
        return s.endsWith("s") ? s.substring(0, s.length() - 1) : s;
    }

    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(TopicTreeQualityTest.class.getResource(RESOURCES + "pyvideo-sample").toURI());
    }

    /** A copy of the sample where each talk has 1 to 3 tags from the list (the same for every run). */
    private Path sampleWithTags(List<String> tags) throws Exception {
        Path source = sample();
        Path copy = dir.resolve("tagged");
        ObjectMapper mapper = new ObjectMapper();
        Random random = new Random(13);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Path target = copy.resolve(source.relativize(file).toString());
            Files.createDirectories(target.getParent());
            if (file.getParent().getFileName().toString().equals("videos")) {
                ObjectNode talk = (ObjectNode) mapper.readTree(file.toFile());
                ArrayNode given = talk.putArray("tags");
                for (int n = 1 + random.nextInt(3); n > 0; n--) {
                    given.add(tags.get(random.nextInt(tags.size())));
                }
                mapper.writeValue(target.toFile(), talk);
            } else {
                Files.copy(file, target);
            }
        }
        return copy;
    }

    static List<String> lines(String resource) throws IOException {
        try (InputStream in = TopicTreeQualityTest.class.getResourceAsStream(RESOURCES + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
