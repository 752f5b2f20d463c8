package dev.talkshelf.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A PyVideo-shaped tree of {@link GeneratedTalks}: what an import of the real data set meets, which the sample repeated
 * ({@code PyVideoReadBenchmark.writeTree}: 284 talks, 313 speakers, 25 events, the same descriptions over and over)
 * does not — about one speaker per two talks with a Zipf spread (22,855 at 100,000 talks), ~575 events, titles and
 * descriptions recombined from the sample's words, a video, a thumbnail and one to three related links per talk. The
 * same seed writes the same tree. Each event is a folder with its {@code category.json}, as in the data set.
 */
public final class GeneratedPyVideoTree {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GeneratedPyVideoTree() {
    }

    /** Writes {@code count} talks into {@code root} (an empty or new folder). */
    public static void write(Path root, int count, long seed) throws IOException {
        write(root, count, seed, 1);
    }

    /**
     * Writes {@code count} talks into {@code root} as the same {@code count / copies} talks {@code copies} times over,
     * each copy in a folder of its own with its own links and video ids (as issue #14 measured the data set five times
     * over): each talk's title, speakers and event then come {@code copies} times, and only their videos tell them apart.
     */
    public static void write(Path root, int count, long seed, int copies) throws IOException {
        int perCopy = (count + copies - 1) / copies;
        List<Talk> talks = new ArrayList<>(perCopy);
        GeneratedTalks source = new GeneratedTalks(perCopy, seed);
        while (source.hasNext()) {
            source.nextBatch().talks().forEach(t -> talks.add(t.talk()));
        }
        int index = 0;
        for (int copy = 0; copy < copies && index < count; copy++) {
            Path copyRoot = copies == 1 ? root : root.resolve("copy-" + copy);
            Map<String, Path> events = new HashMap<>();
            for (int i = 0; i < perCopy && index < count; i++, index++) {
                Talk talk = talks.get(i);
                String event = talk.event() == null ? "Unsorted talks" : talk.event();
                Path videos = events.computeIfAbsent(event, name -> eventFolder(copyRoot, name));
                Files.writeString(videos.resolve(String.format(Locale.ROOT, "talk-%07d.json", index)),
                        pyVideoJson(talk, index, copies == 1 ? "" : "c" + copy));
            }
        }
    }

    private static Path eventFolder(Path root, String name) {
        try {
            Path event = Files.createDirectories(root.resolve(slug(name, "-")).resolve("videos")).getParent();
            Files.writeString(event.resolve("category.json"), JSON.writeValueAsString(JSON.createObjectNode().put("title", name)));
            return event.resolve("videos");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fields the data set's files have, as its files spell them. */
    private static String pyVideoJson(Talk talk, int index, String copyMark) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("description", talk.description() == null ? "" : talk.description());
        if (talk.duration() != null) {
            o.put("duration", talk.duration().toSeconds());
        }
        o.put("language", "eng");
        if (talk.recorded() != null) {
            o.put("recorded", talk.recorded().toString());
        }
        ArrayNode related = o.putArray("related_urls");
        String site = "https://" + slug(talk.event() == null ? "talks" : talk.event(), "") + ".example.org/";
        related.addObject().put("label", "Conference Website").put("url", site);
        if (index % 2 == 0) {
            related.addObject().put("label", "slides").put("url", site + "slides/" + index + ".pdf");
        }
        if (index % 5 == 0) {
            related.addObject().put("label", "code").put("url", "https://github.com/example/talk-" + index);
        }
        ArrayNode speakers = o.putArray("speakers");
        talk.speakers().forEach(speakers::add);
        ArrayNode tags = o.putArray("tags");
        talk.tags().forEach(tags::add);
        String media = talk.media();
        String videoId = media != null && media.contains("watch?v=")
                ? copyMark + media.substring(media.indexOf("watch?v=") + 8) : null;
        if (videoId != null) {
            o.put("thumbnail_url", "https://i.ytimg.com/vi/" + videoId + "/maxresdefault.jpg");
        }
        o.put("title", talk.title());
        ArrayNode videos = o.putArray("videos");
        if (videoId != null) {
            videos.addObject().put("type", "youtube").put("url", "https://www.youtube.com/watch?v=" + videoId);
        } else if (media != null) {
            videos.addObject().put("type", "mp4").put("url", "https://archive.example.org/" + index + ".mp4");
        }
        return JSON.writeValueAsString(o);
    }

    /** A name in lower case with each run of other characters than letters and digits as {@code between}. */
    private static String slug(String name, String between) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", between);
    }
}
