package dev.talkshelf.formats;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a raw talk title as channels and people write it ("Title - Speaker", "Speaker – Title – Event 2025",
 * "Title | Speaker | Event", "Title by Speaker", "Event 2023: Title", ...) into title, speakers and event.
 * When a part could be a name or a subtitle, it stays in the title: a wrong speaker is worse than none.
 * The rules are written up in docs/title-parser.md.
 */
public final class TitleParser {
    // Tried in this order; the first kind of separator whose parts hold a speaker or an event wins, so a
    // dash inside "Title – Subtitle • Speaker • Event" stays in the title.
    private static final List<String> SEPARATORS = List.of(" • ", " · ", " | ", " ｜ ", " — ", " – ", " - ", " -- ");
    private static final Pattern TRAILING_EVENT = Pattern.compile("^(.+?)\\s*[(\\[]([^()\\[\\]]+)[)\\]]$");
    private static final Pattern COLON_PREFIX = Pattern.compile("^([^:]+?)\\s*:\\s+(.+)$");
    private static final Pattern BY_SPEAKER = Pattern.compile("^(.+)\\s+[Bb]y\\s+(.+)$");

    private final NameShape names;

    /** @param knownSpeaker true for a name already in the library; such names count as people in any shape */
    public TitleParser(Predicate<String> knownSpeaker) {
        this.names = new NameShape(knownSpeaker);
    }

    public TitleParser() {
        this(name -> false);
    }

    public ParsedTitle parse(String raw) {
        String line = raw == null ? "" : raw.replaceAll("\\s+", " ").strip();
        Parts whole = new Parts(line, List.of(), null);
        Parts split = bySeparators(orElse(trailingEvent(whole), whole));
        Parts withEvent = split.event != null ? split : orElse(eventPrefix(split), split);
        Parts parts = !withEvent.speakers.isEmpty() ? withEvent
                : orElse(speakerAfterBy(withEvent).or(() -> speakerPrefix(withEvent)), withEvent);
        return new ParsedTitle(parts.title, parts.speakers, parts.event);
    }

    /** Each line as {@link #parse} reads it, the unsure ones in the light of the layout most lines share. */
    public TitleBatch parseBatch(List<String> lines) {
        return new TitleBatch(lines.stream().map(this::parse).toList(), null);
    }

    /** A video file name: drops the extension and yt-dlp's {@code [videoid]}, reads '_' as a space. */
    public ParsedTitle parseFileName(String fileName) {
        return parse(YtDlpFileName.parse(fileName).title());
    }

    /** The title without a trailing yt-dlp {@code [videoid]}, for titles taken from file-like sources. */
    public static String stripVideoId(String title) {
        return YtDlpFileName.withoutVideoId(title);
    }

    /**
     * Reads "Speakers - Title", the order of M3U's {@code #EXTINF} (artist first), falling back to
     * {@link #parse} when the part before the first dash is not a list of people.
     */
    public ParsedTitle parseArtistFirst(String raw) {
        String line = raw == null ? "" : raw.replaceAll("\\s+", " ").strip();
        int dash = line.indexOf(" - ");
        if (dash > 0) {
            Optional<List<String>> people = names.speakers(line.substring(0, dash));
            String rest = line.substring(dash + 3).strip();
            if (people.isPresent() && !rest.isEmpty()) {
                ParsedTitle inner = parse(rest);
                return inner.speakers().isEmpty() ? new ParsedTitle(inner.title(), people.get(), inner.event())
                        : new ParsedTitle(rest, people.get(), null);
            }
        }
        return parse(line);
    }

    private Parts bySeparators(Parts parts) {
        for (String separator : SEPARATORS) {
            if (parts.title.contains(separator)) {
                Optional<Parts> found = bySeparator(parts.title, separator, parts.event);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return parts;
    }

    private Optional<Parts> bySeparator(String line, String separator, String knownEvent) {
        List<String> segments = List.of(line.split(Pattern.quote(separator))).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (segments.size() < 2) {
            return Optional.empty();
        }
        String event = knownEvent;
        List<String> rest = segments;
        if (event == null && EventShape.isEvent(segments.get(segments.size() - 1))) {
            event = segments.get(segments.size() - 1);
            rest = segments.subList(0, segments.size() - 1);
        } else if (event == null && EventShape.isEvent(segments.get(0))) {
            event = segments.get(0);
            rest = segments.subList(1, segments.size());
        }
        if (rest.size() >= 2) {
            String last = rest.get(rest.size() - 1);
            Optional<List<String>> after = names.speakers(last);
            if (after.isPresent()) {
                return Optional.of(new Parts(join(rest.subList(0, rest.size() - 1), separator), after.get(), event));
            }
            // Speaker first only with more evidence: an event in the same line or a name we can vouch for.
            Optional<List<String>> before = event != null ? names.speakers(rest.get(0)) : names.surelySpeakers(rest.get(0));
            if (before.isPresent()) {
                return Optional.of(new Parts(join(rest.subList(1, rest.size()), separator), before.get(), event));
            }
        }
        boolean foundEvent = event != null && knownEvent == null;
        return foundEvent ? Optional.of(new Parts(join(rest, separator), List.of(), event)) : Optional.empty();
    }

    /** "Title (PyCon US 2019)"; "(Sponsor: Meta)" and other asides stay. */
    private static Optional<Parts> trailingEvent(Parts parts) {
        Matcher m = TRAILING_EVENT.matcher(parts.title);
        if (m.matches() && EventShape.isEvent(m.group(2))) {
            return Optional.of(new Parts(m.group(1), parts.speakers, m.group(2).strip()));
        }
        return Optional.empty();
    }

    /** "EuroPython 2023: Title" */
    private static Optional<Parts> eventPrefix(Parts parts) {
        Matcher m = COLON_PREFIX.matcher(parts.title);
        if (m.matches() && EventShape.isEvent(m.group(1))) {
            return Optional.of(new Parts(m.group(2), parts.speakers, m.group(1)));
        }
        return Optional.empty();
    }

    /** "Title by Speaker"; the name must be sure, since "Powered by Apache Kafka" reads the same way. */
    private Optional<Parts> speakerAfterBy(Parts parts) {
        Matcher m = BY_SPEAKER.matcher(parts.title);
        if (m.matches()) {
            return names.surelySpeakers(m.group(2))
                    .map(people -> new Parts(m.group(1), people, parts.event));
        }
        return Optional.empty();
    }

    /** "Speaker: Title"; "Founder Video: Interface Enhancements" has the same shape, so the name must be sure. */
    private Optional<Parts> speakerPrefix(Parts parts) {
        Matcher m = COLON_PREFIX.matcher(parts.title);
        if (m.matches()) {
            return names.surelySpeakers(m.group(1))
                    .map(people -> new Parts(m.group(2), people, parts.event));
        }
        return Optional.empty();
    }

    private static Parts orElse(Optional<Parts> found, Parts fallback) {
        return found.orElse(fallback);
    }

    private static String join(List<String> segments, String separator) {
        return String.join(separator, segments);
    }

    private record Parts(String title, List<String> speakers, String event) {
    }
}
