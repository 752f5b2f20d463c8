package dev.talkshelf.formats;

import dev.talkshelf.formats.BatchLayout.Slot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a raw talk title as channels and people write it ("Title - Speaker", "Speaker – Title – Event 2025",
 * "Title | Speaker | Event", "Title by Speaker", "Event 2023: Title", ...) into title, speakers and event.
 * When a part could be a name or a subtitle, it stays in the title: a wrong speaker is worse than none.
 * Lines read together ({@link #parseBatch}) lend their shared layout to the lines the parser is unsure of.
 * The rules are written up in docs/title-parser.md.
 */
public final class TitleParser {
    // Tried in this order; the first kind of separator whose parts hold a speaker or an event wins, so a
    // dash inside "Title – Subtitle • Speaker • Event" stays in the title.
    private static final List<String> SEPARATORS = List.of(" • ", " · ", " | ", " ｜ ", " — ", " – ", " - ", " -- ");
    private static final Pattern TRAILING_BRACKET = Pattern.compile("^(.+?)\\s*[(\\[]([^()\\[\\]]+)[)\\]]$");
    private static final Pattern LEADING_BRACKET = Pattern.compile("^[(\\[]([^()\\[\\]]+)[)\\]]\\s*(?:[-–—|:]\\s+)?(.+)$");
    private static final Pattern COLON_PREFIX = Pattern.compile("^([^:]+?)\\s*:\\s+(.+)$");
    // "Talk - Speaker: Title", "Keynote | Title - Speaker": a format word before the line proper.
    private static final Pattern FORMAT_PREFIX = Pattern.compile(
            "^((?:Talk|Keynote|Tutorial|Workshop|Panel|Lightning [Tt]alk|Presentation|Session|Webinar|Interview)"
                    + "\\s*(?:[-–—|:]|::)\\s+)(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("\\s(?:[Pp]resented\\s+)?[Bb]y\\s+");
    private static final Pattern PRESENTED_BY = Pattern.compile("(?i)^presented\\s+by\\s+(.+)$");
    private static final Pattern PARTICIPLE_BEFORE_BY = Pattern.compile(
            "(?i)\\b(?:inspired|powered|driven|made|built|backed|sponsored|brought|hosted|organi[sz]ed|followed|written"
                    + "|created|designed|influenced|funded|supported|replaced|used|generated|caused|owned|run|done|taught)$");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*(?:[-–—|•·,:]|--)\\s*$");
    private static final int BATCH_MIN_LINES = 5;
    private static final double BATCH_MIN_SHARE = 0.6;

    /** Titles are short (YouTube allows 100 characters); the patterns are not run on longer lines. */
    static final int MAX_PARSED_LENGTH = 500;

    private final NameShape names;

    /** @param knownSpeaker true for a name already in the library; such names count as people in any shape */
    public TitleParser(Predicate<String> knownSpeaker) {
        this.names = new NameShape(knownSpeaker);
    }

    public TitleParser() {
        this(name -> false);
    }

    public ParsedTitle parse(String raw) {
        return read(clean(raw), null).parsed();
    }

    /**
     * Each line as {@link #parse} reads it; then, when at least five lines and 60% of them share a layout in
     * which the parser was sure of the speakers, the lines without speakers are read again with that layout's
     * speaker part taken as names in a looser sense (one word, lower case; still no title words or digits).
     */
    public TitleBatch parseBatch(List<String> lines) {
        List<String> cleaned = lines.stream().map(TitleParser::clean).toList();
        List<Reading> readings = new ArrayList<>();
        Map<Key, Integer> counts = new HashMap<>();
        for (String line : cleaned) {
            Reading r = read(line, null);
            readings.add(r);
            if (r.layout != null && !r.speakers.isEmpty()) {
                counts.merge(r.layout, 1, Integer::sum);
            }
        }
        long nonEmpty = cleaned.stream().filter(l -> !l.isEmpty()).count();
        Key best = null;
        int bestCount = 0;
        for (Map.Entry<Key, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && best != null && e.getKey().shape.compareTo(best.shape) < 0)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        if (best == null || bestCount < BATCH_MIN_LINES || bestCount < BATCH_MIN_SHARE * nonEmpty) {
            return new TitleBatch(readings.stream().map(Reading::parsed).toList(), null);
        }
        List<ParsedTitle> titles = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            Reading r = readings.get(i);
            if (r.speakers.isEmpty() && !cleaned.get(i).isEmpty()) {
                Reading again = read(cleaned.get(i), best);
                r = again.speakers.isEmpty() ? r : again;
            }
            titles.add(r.parsed());
        }
        return new TitleBatch(titles, new BatchLayout(best.shape, best.slot, best.separator, bestCount, (int) nonEmpty));
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
        String line = clean(raw);
        int dash = line.indexOf(" - ");
        if (dash > 0 && line.length() <= MAX_PARSED_LENGTH) {
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

    private static String clean(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s+", " ").strip();
    }

    /** The line, read with {@code hint}'s speaker part loosened when a batch gave one. */
    private Reading read(String line, Key hint) {
        if (line.length() > MAX_PARSED_LENGTH) {
            return new Reading(line, List.of(), null, null); // no title is this long: no pattern work on a damaged line
        }
        Matcher format = FORMAT_PREFIX.matcher(line);
        if (format.matches()) {
            // "Keynote - presented by Carol Willing": nothing but the format and its speaker; the format is the title.
            Matcher presentedOnly = PRESENTED_BY.matcher(format.group(2).strip());
            if (presentedOnly.matches()) {
                Optional<List<String>> people = names.speakersInSlot(presentedOnly.group(1).strip());
                if (people.isPresent()) {
                    String formatWord = format.group(1).replaceFirst("\\s*(?:[-–—|:]|::)\\s+$", "").strip();
                    return new Reading(formatWord, people.get(), null, new Key(Slot.BY, " by ", "Format - presented by Speaker"));
                }
            }
            // "Talk - Ann Lee: Title": the format word goes only when what follows names a speaker.
            Reading inner = readLine(format.group(2), hint);
            if (!inner.speakers.isEmpty() && !inner.title.isEmpty()) {
                Key layout = inner.layout == null ? null
                        : new Key(inner.layout.slot, inner.layout.separator, "Format - " + inner.layout.shape);
                return new Reading(inner.title, inner.speakers, inner.event, layout);
            }
        }
        return readLine(line, hint);
    }

    private Reading readLine(String line, Key hint) {
        String body = line;
        String event = null;
        String lead = "";
        String tail = "";
        Matcher leading = LEADING_BRACKET.matcher(body);
        if (leading.matches() && EventShape.isEvent(leading.group(1))) {
            event = leading.group(1).strip();
            body = leading.group(2);
            lead = "[Event] ";
        }
        Matcher trailing = TRAILING_BRACKET.matcher(body);
        if (trailing.matches()) {
            String inner = trailing.group(2).strip();
            if (event == null && EventShape.isEvent(inner)) {
                event = inner;
                body = trailing.group(1);
                tail = " (Event)";
            } else if (event == null) {
                Optional<Reading> paren = speakersWithEvent(trailing.group(1), inner, hint);
                if (paren.isPresent()) {
                    return paren.get();
                }
            }
        }
        for (String separator : SEPARATORS) {
            if (body.contains(separator)) {
                Optional<Reading> found = bySeparator(body, separator, event, lead, tail, hint);
                if (found.isPresent()) {
                    Reading r = found.get();
                    if (!r.speakers.isEmpty()) {
                        return r;
                    }
                    // Only an event: "Title - Speaker | Event" goes on with the other separators inside.
                    body = r.title;
                    event = r.event;
                    tail = r.eventFirst ? tail : " " + separator.strip() + " Event";
                    lead = r.eventFirst ? "Event " + separator.strip() + " " : lead;
                }
            }
        }
        if (event == null) {
            Matcher m = COLON_PREFIX.matcher(body);
            if (m.matches() && EventShape.isEvent(m.group(1))) {
                event = m.group(1);
                body = m.group(2);
                lead = "Event: ";
            }
        }
        Optional<Reading> by = speakerAfterBy(body, event, lead, tail, hint);
        if (by.isPresent()) {
            return by.get();
        }
        Optional<Reading> colon = speakerBeforeColon(body, event, lead, tail, hint);
        if (colon.isPresent()) {
            return colon.get();
        }
        return new Reading(body, List.of(), event, null);
    }

    private Optional<Reading> bySeparator(String line, String separator, String knownEvent, String lead, String tail, Key hint) {
        List<String> segments = List.of(line.split(Pattern.quote(separator))).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (segments.size() < 2) {
            return Optional.empty();
        }
        String event = knownEvent;
        List<String> rest = segments;
        String before = lead;
        String after = tail;
        boolean eventFirst = false;
        String sep = separator.strip();
        if (event == null && EventShape.isEvent(segments.get(segments.size() - 1))) {
            event = segments.get(segments.size() - 1);
            rest = segments.subList(0, segments.size() - 1);
            after = " " + sep + " Event";
        } else if (event == null && EventShape.isEvent(segments.get(0))) {
            event = segments.get(0);
            rest = segments.subList(1, segments.size());
            before = "Event " + sep + " ";
            eventFirst = true;
        }
        boolean hinted = hint != null && hint.separator.equals(separator);
        if (rest.size() >= 2) {
            String last = rest.get(rest.size() - 1);
            String first = rest.get(0);
            Optional<List<String>> people = lastPart(last, hinted && hint.slot == Slot.LAST, event != null);
            // "Alisa Dammer - Quantify Self - Event": both ends have a name's shape; the sure one is the speaker.
            boolean firstIsSurer = people.isPresent() && event != null && !(hinted && hint.slot == Slot.LAST)
                    && names.surelySpeakers(last).isEmpty() && names.surelySpeakers(first).isPresent();
            if (people.isPresent() && !firstIsSurer) {
                String shape = before + "Title " + sep + " Speaker" + after;
                return Optional.of(new Reading(join(rest.subList(0, rest.size() - 1), separator), people.get(), event,
                        new Key(Slot.LAST, separator, shape)));
            }
            // Speaker first only with more evidence: an event in the same line or a name we can vouch for.
            Optional<List<String>> leading = event != null ? names.speakers(first) : names.surelySpeakers(first);
            if (leading.isEmpty() && hinted && hint.slot == Slot.FIRST) {
                leading = names.speakersInSlot(first);
            }
            if (leading.isPresent()) {
                String shape = before + "Speaker " + sep + " Title" + after;
                return Optional.of(new Reading(join(rest.subList(1, rest.size()), separator), leading.get(), event,
                        new Key(Slot.FIRST, separator, shape)));
            }
        }
        boolean foundEvent = event != null && knownEvent == null;
        return foundEvent ? Optional.of(new Reading(join(rest, separator), List.of(), event, null, eventFirst)) : Optional.empty();
    }

    /**
     * The last part of a split line as speakers: a name's shape, "presented by ...", and a common given name alone
     * between the title and an event ("Title | Lilian | Event"; "Distributed Python - Ray" is about the framework).
     */
    private Optional<List<String>> lastPart(String part, boolean slotHinted, boolean eventFollows) {
        Matcher presented = PRESENTED_BY.matcher(part);
        if (presented.matches()) {
            return names.speakersInSlot(presented.group(1));
        }
        Optional<List<String>> people = names.speakers(part);
        if (people.isEmpty() && eventFollows && NameShape.isGivenNameAlone(part)) {
            people = Optional.of(List.of(part));
        }
        return people.isEmpty() && slotHinted ? names.speakersInSlot(part) : people;
    }

    /** "Title (Ann Lee, PyCon US 2023)", "Title (Ann Lee and Bo Park, PyCon US 2023)" */
    private Optional<Reading> speakersWithEvent(String title, String inner, Key hint) {
        int comma = inner.lastIndexOf(',');
        if (comma <= 0 || !EventShape.isEvent(inner.substring(comma + 1))) {
            return Optional.empty();
        }
        String head = inner.substring(0, comma);
        Optional<List<String>> people = names.speakers(head);
        if (people.isEmpty() && NameShape.isOneWordName(head)) {
            people = Optional.of(List.of(head.strip())); // "Title (Tibs, EuroPython 2023)"
        }
        if (people.isEmpty() && hint != null && hint.slot == Slot.PAREN) {
            people = names.speakersInSlot(head);
        }
        return people.map(p -> new Reading(title.strip(), p, inner.substring(comma + 1).strip(),
                new Key(Slot.PAREN, ", ", "Title (Speaker, Event)")));
    }

    /**
     * "Title by Speaker", "Title - presented by Speaker". After a bare "by" the name must be sure, since
     * "Event streaming powered by Apache Kafka" reads the same way; "presented by" vouches for what follows.
     */
    private Optional<Reading> speakerAfterBy(String body, String event, String lead, String tail, Key hint) {
        Matcher m = BY.matcher(body);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (start <= 0) {
            return Optional.empty();
        }
        boolean presented = body.substring(start, end).toLowerCase(Locale.ROOT).contains("presented");
        String title = TRAILING_SEPARATOR.matcher(body.substring(0, start)).replaceFirst("").strip();
        String who = body.substring(end).strip();
        if (title.isEmpty() || (!presented && PARTICIPLE_BEFORE_BY.matcher(title).find())) {
            return Optional.empty(); // "Inspired by Ada Lovelace", "Powered by ..."
        }
        Optional<List<String>> people = presented ? names.speakersInSlot(who) : names.surelySpeakers(who);
        if (people.isEmpty() && hint != null && hint.slot == Slot.BY) {
            people = names.speakersInSlot(who);
        }
        String shape = lead + "Title " + (presented ? "- presented by" : "by") + " Speaker" + tail;
        return people.map(p -> new Reading(title, p, event, new Key(Slot.BY, " by ", shape)));
    }

    /**
     * "Speaker: Title". "Founder Video: Interface Enhancements" has the same shape, so the name must be sure;
     * a list of two or more surnames ("Lee, Park, Novak: Title") is taken when the line also names its event.
     */
    private Optional<Reading> speakerBeforeColon(String body, String event, String lead, String tail, Key hint) {
        Matcher m = COLON_PREFIX.matcher(body);
        if (!m.matches()) {
            return Optional.empty();
        }
        String who = m.group(1);
        Optional<List<String>> people = names.surelySpeakers(who);
        if (people.isEmpty() && event != null) {
            people = names.surnames(who);
        }
        if (people.isEmpty() && hint != null && hint.slot == Slot.COLON) {
            people = names.speakersInSlot(who).or(() -> names.surnames(who));
        }
        String shape = lead + "Speaker: Title" + tail;
        return people.map(p -> new Reading(m.group(2), p, event, new Key(Slot.COLON, ": ", shape)));
    }

    private static String join(List<String> segments, String separator) {
        return String.join(separator, segments);
    }

    /** A layout as a batch counts it: the slot, its separator, and the shape shown to the user. */
    private record Key(Slot slot, String separator, String shape) {
    }

    private record Reading(String title, List<String> speakers, String event, Key layout, boolean eventFirst) {
        Reading(String title, List<String> speakers, String event, Key layout) {
            this(title, speakers, event, layout, false);
        }

        ParsedTitle parsed() {
            return new ParsedTitle(title, speakers, event);
        }
    }
}
