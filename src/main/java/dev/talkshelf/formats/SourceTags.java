package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.model.TopicPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a tag from a source is when it is not a topic (source-tags.json): a format (keynote, tutorial, lightning
 * talks), an event, a place, or a word that says nothing. Formats are kept as topics under the reserved root
 * {@code format} (decision 0012); the rest is not a topic.
 */
final class SourceTags {
    private static final String FORMAT_ROOT = TopicPath.FORMAT_ROOT;
    private static final String RESOURCE = "source-tags.json";

    /** What one tag is, besides a topic. */
    sealed interface Kind permits Format, Event, Place, Dropped {
    }

    record Format(String path) implements Kind {
    }

    record Event(String name) implements Kind {
    }

    record Place() implements Kind {
    }

    record Dropped() implements Kind {
    }

    private final Map<String, String> formats;
    private final Map<String, Phrases> titleFormats;
    private final Pattern events;
    private final Set<String> places;
    private final Set<String> dropped;

    private SourceTags(Map<String, String> formats, Map<String, Phrases> titleFormats, Pattern events, Set<String> places,
                       Set<String> dropped) {
        this.formats = formats;
        this.titleFormats = titleFormats;
        this.events = events;
        this.places = places;
        this.dropped = dropped;
    }

    static SourceTags shipped() {
        try (InputStream in = SourceTags.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SourceTags fromJson(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        Map<String, String> formats = new HashMap<>();
        root.path("formats").fields().forEachRemaining(e -> {
            String path = FORMAT_ROOT + "/" + key(e.getKey());
            JsonValues.strings(root.path("formats"), e.getKey()).forEach(tag -> formats.put(key(tag), path));
            formats.put(key(e.getKey()), path);
        });
        Map<String, Phrases> titleFormats = new LinkedHashMap<>();
        root.path("titleFormats").fields().forEachRemaining(e ->
                titleFormats.put(FORMAT_ROOT + "/" + key(e.getKey()), Phrases.of(JsonValues.strings(root.path("titleFormats"), e.getKey()))));
        List<String> eventPatterns = JsonValues.strings(root, "eventPatterns");
        Pattern events = Pattern.compile(eventPatterns.isEmpty() ? "(?!)" : "(?:" + String.join("|", eventPatterns) + ")");
        Set<String> places = new HashSet<>();
        JsonValues.strings(root, "places").forEach(p -> places.add(key(p)));
        for (String code : Locale.getISOCountries()) {
            places.add(key(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
        }
        places.addAll(timeZoneCities());
        Set<String> dropped = new HashSet<>();
        JsonValues.strings(root, "drop").forEach(d -> dropped.add(key(d)));
        dropped.add(FORMAT_ROOT);
        return new SourceTags(formats, titleFormats, events, places, dropped);
    }

    /**
     * The cities the JDK's time zones are named after (Europe/Minsk, America/Indiana/Indianapolis, Australia/Hobart): a
     * few hundred places a source may tag a talk with, known without a list of our own. Antarctic stations and the few
     * names that are also words (Phoenix, Easter, Center, North, Oral, Resolute) are left out.
     */
    private static Set<String> timeZoneCities() {
        Set<String> regions = Set.of("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific");
        Set<String> words = Set.of("phoenix", "easter", "christmas", "midway", "wake", "act", "center", "north", "south", "west",
                "oral", "knox", "victoria", "virgin", "resolute", "yap", "truk", "lhi", "stanley", "regina", "swift-current");
        Set<String> cities = new HashSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            String[] parts = id.split("/");
            if (parts.length >= 2 && regions.contains(parts[0])) {
                String city = key(parts[parts.length - 1].replace('_', ' '));
                if (!city.isEmpty() && !words.contains(city)) {
                    cities.add(city);
                }
            }
        }
        return cities;
    }

    /** A normalized tag, or "" when nothing is left of it. */
    static String key(String raw) {
        return TopicPath.normalize(raw).orElse("");
    }

    /** The tag's kind when it is a format, an event, a place or a word to drop; empty when it may be a topic. */
    Optional<Kind> classify(String tag) {
        if (tag.isEmpty() || dropped.contains(tag)) {
            return Optional.of(new Dropped());
        }
        String format = formats.get(tag);
        if (format == null && tag.endsWith("s")) {
            format = formats.get(tag.substring(0, tag.length() - 1));
        }
        if (format != null) {
            return Optional.of(new Format(format));
        }
        if (places.contains(tag)) {
            return Optional.of(new Place());
        }
        return Optional.empty();
    }

    boolean isEvent(String tag) {
        return events.matcher(tag).matches();
    }

    /** Format names a source may misspell: every format tag with a letter off is still a format tag. */
    Set<String> formatWords() {
        return formats.keySet();
    }

    String formatOf(String word) {
        return formats.get(word);
    }

    /** Formats the title names ("Keynote: ...", "Lightning talks, day 2"). */
    List<String> formatsInTitle(String title) {
        List<String> found = new ArrayList<>();
        if (title == null) {
            return found;
        }
        String lower = title.toLowerCase(Locale.ROOT);
        titleFormats.forEach((path, phrases) -> {
            if (phrases.foundIn(lower)) {
                found.add(path);
            }
        });
        return found;
    }
}
