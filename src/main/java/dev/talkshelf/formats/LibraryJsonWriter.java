package dev.talkshelf.formats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes the native {@code talkshelf-library} format (docs/library-format.md), streaming talk by talk so a
 * 100,000-talk library never sits in memory as one tree.
 */
public final class LibraryJsonWriter {
    public static final String FORMAT = "talkshelf-library";
    public static final int VERSION = 1;

    private final ObjectMapper mapper;
    private final TalkJson talkJson;

    public LibraryJsonWriter(ObjectMapper mapper) {
        this.mapper = mapper;
        this.talkJson = new TalkJson(mapper);
    }

    /** A talk with what belongs to it. */
    public record Entry(Talk talk, List<Note> notes, List<WatchSession> history) {
    }

    /** A playlist as stored: manual ones list talk ids in order, smart ones carry their query. */
    public record PlaylistEntry(String name, String query, List<TalkId> talks) {
    }

    public void write(OutputStream out, Iterable<Entry> talks, List<PlaylistEntry> playlists) throws IOException {
        try (JsonGenerator g = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("talks");
            for (Entry e : talks) {
                mapper.writeTree(g, talkJson.full(e.talk(), e.notes(), e.history()));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("playlists");
            for (PlaylistEntry p : playlists) {
                g.writeStartObject();
                g.writeStringField("name", p.name());
                if (p.query() == null) {
                    g.writeNullField("query");
                } else {
                    g.writeStringField("query", p.query());
                }
                g.writeArrayFieldStart("talks");
                for (TalkId id : p.talks()) {
                    g.writeNumber(id.value());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
