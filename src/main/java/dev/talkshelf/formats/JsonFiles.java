package dev.talkshelf.formats;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON files for the readers with one shared, thread-safe mapper, and turns Jackson's parse errors into
 * {@link FormatException}s a person can act on ("talks.json line 3 column 17: unexpected character '}'").
 */
final class JsonFiles {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.{1,40}?)'");

    private JsonFiles() {
    }

    static JsonNode read(Path file) throws FormatException, IOException {
        return parse(file, Files.readAllBytes(file));
    }

    static JsonNode parse(Path file, byte[] content) throws FormatException {
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new FormatException(file, 1, "the file is empty, expected JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw problem(file, e);
        } catch (IOException e) {
            throw new FormatException(file, 0, "could not be read as JSON");
        }
    }

    /** Every top-level value in the file, for files with one JSON object per line (yt-dlp -j, FreeTube). */
    static List<Located> readAll(Path file) throws FormatException, IOException {
        byte[] content = Files.readAllBytes(file);
        List<Located> values = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(content);
             MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(parser)) {
            while (it.hasNextValue()) {
                int line = Math.max(1, parser.currentTokenLocation().getLineNr());
                values.add(new Located(it.nextValue(), line));
            }
        } catch (JsonProcessingException e) {
            throw problem(file, e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof JsonProcessingException jpe) {
                throw problem(file, jpe);
            }
            throw e;
        }
        return values;
    }

    /** The line where {@code "field"} first appears, for errors found after parsing; 0 if it does not. */
    static int lineOfField(byte[] content, String field) {
        String text = new String(content, StandardCharsets.UTF_8);
        int at = text.indexOf('"' + field + '"');
        return at < 0 ? 0 : (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static FormatException problem(Path file, JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        int line = where == null ? 0 : Math.max(0, where.getLineNr());
        int column = where == null ? 0 : Math.max(0, where.getColumnNr());
        return new FormatException(file, line, column, describe(e));
    }

    // Jackson's messages quote source snippets and name internal types; keep only what tells the user the fix.
    private static String describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return JsonErrors.limitReason(message);
        }
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            return "the JSON ends too early (a missing '}', ']' or '\"')";
        }
        Matcher unexpected = UNEXPECTED_CHAR.matcher(message);
        if (unexpected.find()) {
            return "unexpected character '" + unexpected.group(1) + "'";
        }
        Matcher close = CLOSE_MARKER.matcher(message);
        if (close.find()) {
            return "unexpected character '" + close.group(1) + "', expected '" + close.group(2) + "'";
        }
        if (message.startsWith("Illegal unquoted character") || message.contains("CTRL-CHAR")) {
            return "a control character where text was expected";
        }
        Matcher unrecognized = UNRECOGNIZED_TOKEN.matcher(message);
        if (unrecognized.find()) {
            return "unexpected word '" + unrecognized.group(1) + "'";
        }
        if (message.startsWith("Invalid UTF-8")) {
            return "not UTF-8 text";
        }
        if (message.startsWith("Duplicate field")) {
            return "a field appears twice in one object";
        }
        return "not valid JSON";
    }

    /** A JSON value and the line it starts on. */
    record Located(JsonNode node, int line) {
    }
}
