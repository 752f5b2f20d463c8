package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkshelf.model.Limits;
import dev.talkshelf.model.PlainText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Lenient reading of optional JSON fields: absent, null and blank all mean "not given". */
final class JsonValues {
    private JsonValues() {
    }

    static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** One-line text (a title, a name) without control characters; null when nothing readable is left. */
    static String line(JsonNode object, String field) {
        String text = PlainText.oneLine(text(object, field));
        return text == null || text.isEmpty() ? null : text;
    }

    /** A whole number; fractions are cut. Null if absent, not a number or beyond a long. */
    static Long number(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value != null && value.isNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        if (value != null && value.isTextual() && value.asText().strip().matches("\\d{1,15}(\\.\\d+)?")) {
            return (long) Double.parseDouble(value.asText().strip());
        }
        return null;
    }

    /**
     * A length in seconds (fractions kept to the millisecond) when it is one a talk can have ({@link Limits});
     * null when absent, zero, not a number or out of range: web dumps carry bogus lengths, and a talk without
     * its length is better than no talk.
     */
    static Duration seconds(JsonNode object, String field) {
        JsonNode value = object.get(field);
        double seconds;
        if (value != null && value.isNumber()) {
            seconds = value.asDouble();
        } else if (value != null && value.isTextual() && value.asText().strip().matches("\\d{1,12}(\\.\\d{1,9})?")) {
            seconds = Double.parseDouble(value.asText().strip());
        } else {
            return null;
        }
        return seconds > 0 && Limits.isSeconds(seconds) ? Duration.ofMillis(Math.round(seconds * 1000)) : null;
    }

    /** A year within {@link Limits}; null when absent, not a whole number or out of range. */
    static Integer year(JsonNode object, String field) {
        Long year = number(object, field);
        return year != null && Limits.isYear(year) ? year.intValue() : null;
    }

    /** A time given as milliseconds since 1970, within {@link Limits}; null when absent or out of range. */
    static Instant epochMillis(JsonNode object, String field) {
        Long millis = number(object, field);
        return millis != null && Limits.isEpochMilli(millis) ? Instant.ofEpochMilli(millis) : null;
    }

    /** The non-blank strings of an array field; a single string counts as a one-element list. */
    static List<String> strings(JsonNode object, String field) {
        JsonNode value = object.get(field);
        List<String> result = new ArrayList<>();
        if (value == null || value.isNull()) {
            return result;
        }
        if (value.isTextual()) {
            addIfPresent(result, value.asText());
        }
        for (JsonNode item : value) {
            if (item.isValueNode()) {
                addIfPresent(result, item.asText());
            }
        }
        return result;
    }

    private static void addIfPresent(List<String> list, String text) {
        if (text != null && !text.isBlank()) {
            list.add(text.strip());
        }
    }
}
