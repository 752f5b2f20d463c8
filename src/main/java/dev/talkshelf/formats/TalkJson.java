package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.model.Limits;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shape of a talk, shared by the CLI's {@code --json} output and the native library format
 * (docs/library-format.md). Durations and positions are seconds (numbers), times ISO-8601 strings.
 */
public final class TalkJson {
    private final ObjectMapper mapper;

    public TalkJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The CLI's talk object: id, title, speakers, event, year, tags, status, position, duration, media, rating. */
    public ObjectNode summary(Talk talk) {
        ObjectNode o = mapper.createObjectNode();
        if (talk.id() == null) {
            o.putNull("id");
        } else {
            o.put("id", talk.id().value());
        }
        o.put("title", talk.title());
        ArrayNode speakers = o.putArray("speakers");
        talk.speakers().forEach(speakers::add);
        o.put("event", talk.event());
        putInt(o, "year", talk.year());
        ArrayNode tags = o.putArray("tags");
        talk.tags().forEach(tags::add);
        o.put("status", talk.status().label());
        putSeconds(o, "position", talk.watch().position());
        putSeconds(o, "duration", talk.duration());
        o.put("media", talk.media());
        putInt(o, "rating", talk.rating());
        return o;
    }

    /** {@link #summary} plus description, notes and history, as {@code show --json} prints it. */
    public ObjectNode details(Talk talk, List<Note> notes, List<WatchSession> history) {
        ObjectNode o = summary(talk);
        o.put("description", talk.description());
        o.set("notes", notes(notes));
        o.set("history", history(history));
        return o;
    }

    /** {@link #details} plus everything else the library knows, so export then import loses nothing. */
    public ObjectNode full(Talk talk, List<Note> notes, List<WatchSession> history) {
        ObjectNode o = details(talk, notes, history);
        o.put("recorded", talk.recorded() == null ? null : talk.recorded().toString());
        o.put("added", text(talk.added()));
        o.put("thumbnail", talk.thumbnail());
        ArrayNode links = o.putArray("links");
        talk.links().forEach(links::add);
        WatchState w = talk.watch();
        o.put("watched_at", text(w.watchedAt()));
        o.put("times_watched", w.timesWatched());
        o.put("last_played", text(w.lastPlayedAt()));
        return o;
    }

    public ArrayNode notes(List<Note> notes) {
        ArrayNode array = mapper.createArrayNode();
        for (Note n : notes) {
            ObjectNode no = array.addObject();
            putSeconds(no, "at", n.at());
            no.put("text", n.text());
            no.put("created", text(n.created()));
        }
        return array;
    }

    public ArrayNode history(List<WatchSession> history) {
        ArrayNode array = mapper.createArrayNode();
        for (WatchSession s : history) {
            ObjectNode so = array.addObject();
            so.put("started", text(s.started()));
            putSeconds(so, "from", s.from());
            putSeconds(so, "to", s.to());
        }
        return array;
    }

    /** Reads a talk object; {@code where} prefixes messages ("talks[3]"). Throws {@link IllegalArgumentException} with a user-facing message. */
    public Talk readTalk(JsonNode o, String where) {
        if (!o.isObject()) {
            throw new IllegalArgumentException(where + " must be an object");
        }
        String title = string(o, "title", where);
        if (title == null || PlainText.oneLine(title).isEmpty()) {
            throw new IllegalArgumentException(where + ".title is missing or empty");
        }
        WatchStatus status = WatchStatus.UNWATCHED;
        String statusText = string(o, "status", where);
        if (statusText != null) {
            status = WatchStatus.parse(statusText).orElseThrow(() -> new IllegalArgumentException(where
                    + ".status \"" + quoted(statusText) + "\" is not one of unwatched, in-progress, watched, skipped"));
        }
        Integer rating = integer(o, "rating", where);
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new IllegalArgumentException(where + ".rating must be between 1 and 5, was " + rating);
        }
        Integer times = integer(o, "times_watched", where);
        if (times != null && (times < 0 || times > Limits.MAX_TIMES_WATCHED)) {
            throw new IllegalArgumentException(where + ".times_watched must be between 0 and " + Limits.MAX_TIMES_WATCHED + ", was " + times);
        }
        Integer year = integer(o, "year", where);
        if (year != null && !Limits.isYear(year)) {
            throw new IllegalArgumentException(where + ".year must be between " + Limits.MIN_YEAR + " and " + Limits.MAX_YEAR + ", was " + year);
        }
        WatchState watch = new WatchState(status, seconds(o, "position", where), instant(o, "watched_at", where),
                times == null ? (status == WatchStatus.WATCHED ? 1 : 0) : times, instant(o, "last_played", where));
        Long id = o.hasNonNull("id") && o.get("id").canConvertToLong() ? o.get("id").asLong() : null;
        return new Talk(id == null ? null : TalkId.of(id), title.strip(), strings(o, "speakers", where), string(o, "event", where),
                year, date(o, "recorded", where), seconds(o, "duration", where), string(o, "media", where),
                string(o, "thumbnail", where), strings(o, "links", where), instant(o, "added", where), rating,
                strings(o, "tags", where), watch, string(o, "description", where));
    }

    public List<Note> readNotes(JsonNode o, String where) {
        List<Note> notes = new ArrayList<>();
        JsonNode array = o.get("notes");
        if (array == null || array.isNull()) {
            return notes;
        }
        requireArray(array, where + ".notes");
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            String at = where + ".notes[" + i + "]";
            String text = n.isTextual() ? n.asText() : string(n, "text", at);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException(at + ".text is missing or empty");
            }
            notes.add(new Note(0, null, n.isTextual() ? null : seconds(n, "at", at), text,
                    n.isTextual() ? null : instant(n, "created", at)));
        }
        return notes;
    }

    public List<WatchSession> readHistory(JsonNode o, String where) {
        List<WatchSession> sessions = new ArrayList<>();
        JsonNode array = o.get("history");
        if (array == null || array.isNull()) {
            return sessions;
        }
        requireArray(array, where + ".history");
        for (int i = 0; i < array.size(); i++) {
            JsonNode s = array.get(i);
            String at = where + ".history[" + i + "]";
            Instant started = instant(s, "started", at);
            Duration from = seconds(s, "from", at);
            Duration to = seconds(s, "to", at);
            if (started == null || from == null || to == null) {
                throw new IllegalArgumentException(at + " needs started, from and to");
            }
            sessions.add(new WatchSession(started, from, to));
        }
        return sessions;
    }

    private static void putInt(ObjectNode o, String field, Integer value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }

    /** Whole seconds stay integers in the JSON; fractions keep millisecond precision. */
    private static void putSeconds(ObjectNode o, String field, Duration value) {
        if (value == null) {
            o.putNull(field);
        } else if (value.toMillis() % 1000 == 0) {
            o.put(field, value.toSeconds());
        } else {
            o.put(field, value.toMillis() / 1000.0);
        }
    }

    private static String text(Instant i) {
        return i == null ? null : i.toString();
    }

    private static void requireArray(JsonNode node, String where) {
        if (!node.isArray()) {
            throw new IllegalArgumentException(where + " must be an array");
        }
    }

    private static String string(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + " must be a string");
        }
        return v.asText();
    }

    private static Integer integer(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw new IllegalArgumentException(where + "." + field + " must be a whole number");
        }
        if (!v.canConvertToInt()) {
            throw new IllegalArgumentException(where + "." + field + " is out of range, was " + v.asText());
        }
        return v.asInt();
    }

    private static Duration seconds(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException(where + "." + field + " must be a number of seconds");
        }
        if (!Limits.isSeconds(v.asDouble())) {
            throw new IllegalArgumentException(where + "." + field + " must be between 0 and " + Limits.MAX_DURATION.toSeconds()
                    + " seconds (7 days), was " + v.asText());
        }
        return Duration.ofMillis(Math.round(v.asDouble() * 1000));
    }

    private static Instant instant(JsonNode o, String field, String where) {
        String s = string(o, field, where);
        if (s == null) {
            return null;
        }
        Instant time;
        try {
            time = Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "." + field + " \"" + quoted(s) + "\" is not a time like 2024-05-01T12:00:00Z");
        }
        if (!Limits.isTime(time)) {
            throw new IllegalArgumentException(where + "." + field + " must be in the years " + Limits.MIN_YEAR + " to "
                    + Limits.MAX_YEAR + ", was " + quoted(s));
        }
        return time;
    }

    private static LocalDate date(JsonNode o, String field, String where) {
        String s = string(o, field, where);
        if (s == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "." + field + " \"" + quoted(s) + "\" is not a date like 2024-05-01");
        }
        if (!Limits.isDate(date)) {
            throw new IllegalArgumentException(where + "." + field + " must be in the years " + Limits.MIN_YEAR + " to "
                    + Limits.MAX_YEAR + ", was " + quoted(s));
        }
        return date;
    }

    /** A value from the file as a message quotes it: one line, and short. */
    private static String quoted(String value) {
        String line = PlainText.oneLine(value);
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }

    private static List<String> strings(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        List<String> list = new ArrayList<>();
        if (v == null || v.isNull()) {
            return list;
        }
        requireArray(v, where + "." + field);
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new IllegalArgumentException(where + "." + field + "[" + i + "] must be a string");
            }
            list.add(v.get(i).asText());
        }
        return list;
    }
}
