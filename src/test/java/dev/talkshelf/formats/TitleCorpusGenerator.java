package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds the title-parser corpus (src/test/resources/formats/titles/pyvideo-corpus.tsv) from PyVideo talk files:
 * each real talk (title, speakers, and the event of its folder) rendered in the layouts conference channels use,
 * each line with its truth. Not a test; re-run it when the layouts change:
 * {@code java ... TitleCorpusGenerator ../shared/pyvideo-sample src/test/resources/formats/titles/pyvideo-corpus.tsv}.
 * The first conference (EuroPython 2023) is the one the parser was tuned on; PyCon US 2023 is held out.
 */
public final class TitleCorpusGenerator {
    static final String TUNE = "europython-2023";
    static final String HELD_OUT = "pycon-us-2023";
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "di", "da",
            "du", "la", "le", "dos", "das", "do", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu", "las", "los");
    private static final String[] EMOJI = {"🐍", "🚀", "✨", "🔥", "🦀", "📊"};
    private static final String[] FORMATS = {"Talk", "Keynote", "Tutorial", "Workshop"};
    private static final String[] HONORIFICS = {"Dr.", "Prof.", "Dr"};

    static final String NO_SPEAKER = "no-speaker";
    static final String NO_SPEAKER_RESOURCE = "no-speaker-titles.tsv";

    /** A talk as the data set has it, with the speaker removed from titles such as "Carol Willing | Keynote". */
    record Talk(int index, String title, List<String> speakers, String event) {
    }

    /** One rendered line and its truth; {@code speakers} empty when the line names none. */
    record Line(String raw, String title, List<String> speakers, String event) {
    }

    /** A channel layout: renders a talk, or returns null when the layout cannot show it. */
    record Layout(String name, String shape, Function<Talk, Line> render) {
    }

    static final List<Layout> LAYOUTS = List.of(
            new Layout("bare", "Title (the data set's own titles, no speaker)", t -> null),
            new Layout("title-event", "Title | Event Year (no speaker)",
                    t -> new Line(t.title + (t.index % 2 == 0 ? " | " : " - ") + t.event, t.title, List.of(), t.event)),
            new Layout("dash", "Title - Speaker", t -> withSpeakers(t, t.title + " - " + names(t, t.speakers), false)),
            new Layout("dash-pipe", "Title - Speaker | Event Year",
                    t -> withSpeakers(t, t.title + " - " + names(t, t.speakers) + " | " + t.event, true)),
            new Layout("pipe", "Title | Speaker | Event Year",
                    t -> withSpeakers(t, t.title + " | " + names(t, t.speakers) + " | " + t.event, true)),
            new Layout("colon-pipe", "Speaker: Title | Event Year (lists of surnames)",
                    t -> withSpeakers(t, surnameList(t) + ": " + t.title + " | " + t.event, surnames(t), true)),
            new Layout("colon", "Speaker: Title", t -> withSpeakers(t, names(t, t.speakers) + ": " + t.title, false)),
            new Layout("speaker-dash", "Speaker - Title - Event Year",
                    t -> withSpeakers(t, names(t, t.speakers) + " - " + t.title + " - " + t.event, true)),
            new Layout("speaker-en-dash", "Speaker – Title – Event Year",
                    t -> withSpeakers(t, names(t, t.speakers) + " – " + t.title + " – " + t.event, true)),
            new Layout("bullet", "Title • Speaker • Event Year",
                    t -> withSpeakers(t, t.title + " • " + names(t, t.speakers) + " • " + t.event, true)),
            new Layout("by-paren", "Title by Speaker (Event Year)",
                    t -> withSpeakers(t, t.title + " by " + andList(t.speakers) + " (" + t.event + ")", true)),
            new Layout("paren", "Title (Speaker, Event Year)",
                    t -> withSpeakers(t, t.title + " (" + andList(t.speakers) + ", " + t.event + ")", true)),
            new Layout("bracket-event", "[Event Year] Title - Speaker",
                    t -> withSpeakers(t, "[" + t.event + "] " + t.title + " - " + names(t, t.speakers), true)),
            new Layout("event-first", "Event Year - Title - Speaker",
                    t -> withSpeakers(t, t.event + " - " + t.title + " - " + names(t, t.speakers), true)),
            new Layout("em-dash", "Title — Speaker", t -> withSpeakers(t, t.title + " — " + names(t, t.speakers), false)),
            new Layout("lower-case", "Title - speaker (names in lower case)", t -> withSpeakers(t, t.title + " - "
                    + names(t, lower(t.speakers)), lower(t.speakers), false)),
            new Layout("emoji", "Title 🐍 - Speaker (title ends in an emoji)", t -> {
                String title = t.title + " " + EMOJI[t.index % EMOJI.length];
                return t.speakers.isEmpty() ? null : new Line(title + " - " + names(t, t.speakers), title, t.speakers, null);
            }),
            new Layout("format-prefix", "Talk - Speaker: Title (Talk, Keynote, Tutorial, Workshop)", t -> t.speakers.isEmpty() ? null
                    : new Line(FORMATS[t.index % FORMATS.length] + " - " + names(t, t.speakers) + ": " + t.title,
                    t.title, t.speakers, null)),
            new Layout("presented-by", "Title - presented by Speaker", t -> t.speakers.isEmpty() ? null
                    : new Line(t.title + " - presented by " + andList(t.speakers), t.title, t.speakers, null)),
            new Layout("honorific", "Title | Dr. Speaker | Event Year", t -> withSpeakers(t, t.title + " | "
                    + names(t, honored(t)) + " | " + t.event, true)),
            new Layout("initials", "Title | J. Surname | Event Year", t -> withSpeakers(t, t.title + " | "
                    + names(t, initials(t.speakers)) + " | " + t.event, initials(t.speakers), true)),
            new Layout(NO_SPEAKER, "Channel titles without a speaker (hand-written, " + NO_SPEAKER_RESOURCE + ")", t -> null));

    public static void main(String[] args) throws IOException {
        Path sample = Path.of(args.length > 0 ? args[0] : "../shared/pyvideo-sample");
        Path out = Path.of(args.length > 1 ? args[1] : "src/test/resources/formats/titles/pyvideo-corpus.tsv");
        List<String> rows = new ArrayList<>();
        rows.add("# Generated by TitleCorpusGenerator from the PyVideo data (CC0): real titles, speakers and events,");
        rows.add("# rendered in channel layouts. split: tune = used while writing the rules, held-out = never looked at.");
        rows.add("split\tlayout\traw\ttitle\tspeakers\tevent");
        for (String conference : List.of(TUNE, HELD_OUT)) {
            List<Talk> talks = talks(sample.resolve(conference));
            String split = conference.equals(TUNE) ? "tune" : "held-out";
            for (Layout layout : LAYOUTS) {
                if (layout.name.equals(NO_SPEAKER)) {
                    continue;
                }
                for (Talk talk : talks) {
                    Line line = layout.name.equals("bare") ? bare(sample.resolve(conference), talk) : renderable(talk) ? layout.render.apply(talk) : null;
                    if (line != null) {
                        rows.add(String.join("\t", split, layout.name, line.raw, line.title, String.join(";", line.speakers),
                                line.event == null ? "" : line.event));
                    }
                }
            }
        }
        // Real-shaped channel titles without speakers, for precision: every other one held out.
        List<String> noSpeaker = Files.readAllLines(out.resolveSibling(NO_SPEAKER_RESOURCE), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("raw\t") && !l.isBlank()).toList();
        for (int i = 0; i < noSpeaker.size(); i++) {
            String[] c = noSpeaker.get(i).split("\t", -1);
            rows.add(String.join("\t", i % 2 == 0 ? "tune" : "held-out", NO_SPEAKER, c[0], c[1], "", c[2]));
        }
        Files.write(out, rows, StandardCharsets.UTF_8);
        System.out.println(out + ": " + (rows.size() - 3) + " lines");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> RAW_TITLES = new HashMap<>();

    static List<Talk> talks(Path conference) throws IOException {
        String event = JSON.readTree(conference.resolve("category.json").toFile()).path("title").asText();
        List<Path> files;
        try (Stream<Path> s = Files.list(conference.resolve("videos"))) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Talk> talks = new ArrayList<>();
        for (Path file : files) {
            JsonNode node = JSON.readTree(file.toFile());
            String raw = node.path("title").asText().replaceAll("\\s+", " ").strip();
            List<String> speakers = new ArrayList<>();
            node.path("speakers").forEach(s -> speakers.add(s.asText().replaceAll("\\s+", " ").strip()));
            Talk talk = new Talk(talks.size(), withoutSpeakerSegment(raw, speakers), List.copyOf(speakers), event);
            RAW_TITLES.put(conference + "/" + talk.index, raw);
            talks.add(talk);
        }
        return talks;
    }

    /** The data set's title as the line, as a channel without speakers in its titles would show it. */
    private static Line bare(Path conference, Talk talk) {
        String raw = RAW_TITLES.get(conference + "/" + talk.index);
        boolean speakerInTitle = !raw.equals(talk.title) && !talk.title.isEmpty();
        return new Line(raw, speakerInTitle ? talk.title : raw, speakerInTitle ? talk.speakers : List.of(), null);
    }

    /** "Carol Willing | Keynote" with speaker Carol Willing is the talk "Keynote"; "Guido van Rossum" alone stays. */
    static String withoutSpeakerSegment(String title, List<String> speakers) {
        List<String> parts = new ArrayList<>(List.of(title.split(" \\| ")));
        if (parts.size() > 1 && parts.removeIf(speakers::contains)) {
            return String.join(" | ", parts);
        }
        return title;
    }

    /** A talk whose title is only its speaker's name cannot be rendered with the speaker beside it. */
    private static boolean renderable(Talk t) {
        return !t.speakers.contains(t.title);
    }

    private static Line withSpeakers(Talk t, String raw, boolean event) {
        return withSpeakers(t, raw, t.speakers, event);
    }

    /** Speakerless talks (lightning talks) show as "Title | Event": the layout without its speaker part. */
    private static Line withSpeakers(Talk t, String raw, List<String> truth, boolean event) {
        if (t.speakers.isEmpty()) {
            return event ? new Line(t.title + " | " + t.event, t.title, List.of(), t.event) : new Line(t.title, t.title, List.of(), null);
        }
        return new Line(raw, t.title, truth, event ? t.event : null);
    }

    /** Alternates the two ways channels join names: "A & B" / "A, B & C" and "A and B" / "A, B and C". */
    private static String names(Talk t, List<String> people) {
        String last = t.index % 2 == 0 ? " & " : " and ";
        if (people.size() <= 1) {
            return String.join("", people);
        }
        return String.join(", ", people.subList(0, people.size() - 1)) + last + people.get(people.size() - 1);
    }

    private static String andList(List<String> people) {
        if (people.size() <= 1) {
            return String.join("", people);
        }
        return String.join(", ", people.subList(0, people.size() - 1)) + " and " + people.get(people.size() - 1);
    }

    /** "Lee, Park, Novak" for two or more speakers; a single speaker keeps the whole name. */
    private static String surnameList(Talk t) {
        return String.join(", ", surnames(t));
    }

    private static List<String> surnames(Talk t) {
        return t.speakers.size() < 2 ? t.speakers : t.speakers.stream().map(TitleCorpusGenerator::surname).toList();
    }

    static String surname(String name) {
        String[] words = name.split(" ");
        int start = words.length - 1;
        while (start > 1 && PARTICLES.contains(words[start - 1])) {
            start--;
        }
        return String.join(" ", List.of(words).subList(start, words.length));
    }

    private static List<String> lower(List<String> people) {
        return people.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> honored(Talk t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.speakers.size(); i++) {
            out.add(HONORIFICS[(t.index + i) % HONORIFICS.length] + " " + t.speakers.get(i));
        }
        return out;
    }

    private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{Lu})\\p{Ll}+ (?=\\S+)");

    /** "Ada Lovelace" -> "A. Lovelace"; names that already start with an initial or are one word stay. */
    private static List<String> initials(List<String> people) {
        return people.stream().map(p -> FIRST_WORD.matcher(p).replaceFirst("$1. ")).toList();
    }

    private TitleCorpusGenerator() {
    }
}
