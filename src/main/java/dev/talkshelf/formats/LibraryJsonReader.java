package dev.talkshelf.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the native {@code talkshelf-library} format. Parsed as a stream, one talk at a time, so every
 * problem is reported at the line and column of the talk (or character) that has it.
 */
public final class LibraryJsonReader implements TalkReader {
    private final ObjectMapper mapper;
    private final TalkJson talkJson;

    public LibraryJsonReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.talkJson = new TalkJson(mapper);
    }

    @Override
    public String formatName() {
        return "json";
    }

    @Override
    public boolean tagsFromElsewhere() {
        return false; // TalkShelf's own topics, as the user left them
    }

    @Override
    public ImportBatch read(Path source, ImportContext context) throws FormatException, IOException {
        try (InputStream in = Files.newInputStream(source); JsonParser p = mapper.getFactory().createParser(in)) {
            return read(source, p, context);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new FormatException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    "not valid JSON (" + JsonErrors.shortReason(e) + ")");
        }
    }

    private ImportBatch read(Path source, JsonParser p, ImportContext context) throws IOException, FormatException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw problem(source, p, "a TalkShelf library starts with '{'");
        }
        String format = null;
        Integer version = null;
        List<ImportedTalk> talks = new ArrayList<>();
        Map<Long, Integer> indexById = new HashMap<>();
        List<PlaylistDraft> playlists = new ArrayList<>();
        List<JsonNode> playlistNodes = new ArrayList<>();
        List<JsonLocation> playlistLocations = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "format" -> format = p.getValueAsString();
                case "version" -> {
                    if (value != JsonToken.VALUE_NUMBER_INT) {
                        throw problem(source, p, "\"version\" must be a whole number");
                    }
                    version = p.getIntValue();
                }
                case "talks" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw problem(source, p, "\"talks\" must be an array");
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        JsonLocation at = p.currentTokenLocation();
                        JsonNode node = mapper.readTree(p);
                        String where = "talks[" + talks.size() + "]";
                        try {
                            Talk talk = talkJson.readTalk(node, where);
                            if (talk.id() != null && indexById.putIfAbsent(talk.id().value(), talks.size()) != null) {
                                throw new IllegalArgumentException(where + ".id " + talk.id() + " appears twice");
                            }
                            talks.add(new ImportedTalk(talk.withId(null), null, node.has("tags"),
                                    talkJson.readNotes(node, where), talkJson.readHistory(node, where)));
                        } catch (IllegalArgumentException e) {
                            throw new FormatException(source, at.getLineNr(), at.getColumnNr(), e.getMessage());
                        }
                        context.progress().advanced(talks.size(), -1);
                    }
                }
                case "playlists" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw problem(source, p, "\"playlists\" must be an array");
                    }
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        playlistLocations.add(p.currentTokenLocation());
                        playlistNodes.add(mapper.readTree(p));
                    }
                }
                default -> p.skipChildren();
            }
        }
        if (!LibraryJsonWriter.FORMAT.equals(format)) {
            throw new FormatException(source, 1, 1, "not a TalkShelf library: \"format\" must be \"talkshelf-library\"");
        }
        if (version == null || version > LibraryJsonWriter.VERSION) {
            throw new FormatException(source, 1, 1, version == null ? "\"version\" is missing"
                    : "written by a newer TalkShelf (library format version " + version + "; this one reads up to "
                    + LibraryJsonWriter.VERSION + ")");
        }
        for (int i = 0; i < playlistNodes.size(); i++) {
            try {
                playlists.add(readPlaylist(playlistNodes.get(i), "playlists[" + i + "]", indexById));
            } catch (IllegalArgumentException e) {
                JsonLocation at = playlistLocations.get(i);
                throw new FormatException(source, at.getLineNr(), at.getColumnNr(), e.getMessage());
            }
        }
        return new ImportBatch(talks, playlists);
    }

    private static PlaylistDraft readPlaylist(JsonNode node, String where, Map<Long, Integer> indexById) {
        if (!node.isObject() || !node.path("name").isTextual() || PlainText.oneLine(node.path("name").asText()).isEmpty()) {
            throw new IllegalArgumentException(where + " needs a \"name\"");
        }
        String query = node.hasNonNull("query") ? node.get("query").asText() : null;
        List<Integer> indexes = new ArrayList<>();
        JsonNode items = node.get("talks");
        if (items != null && !items.isNull()) {
            if (!items.isArray()) {
                throw new IllegalArgumentException(where + ".talks must be an array of talk ids");
            }
            for (JsonNode item : items) {
                Integer index = item.canConvertToLong() ? indexById.get(item.asLong()) : null;
                if (index == null) {
                    throw new IllegalArgumentException(where + ".talks refers to talk " + item + ", which is not in this file");
                }
                indexes.add(index);
            }
        }
        return new PlaylistDraft(node.get("name").asText(), query, indexes);
    }

    private static FormatException problem(Path source, JsonParser p, String message) {
        JsonLocation at = p.currentTokenLocation();
        return new FormatException(source, at.getLineNr(), at.getColumnNr(), message);
    }
}
