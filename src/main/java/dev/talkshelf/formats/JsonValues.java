package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
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

    /** A whole number of seconds or similar; fractions are cut. Null if absent or not a number. */
    static Long number(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value != null && value.isNumber()) {
            return value.asLong();
        }
        if (value != null && value.isTextual() && value.asText().strip().matches("\\d+(\\.\\d+)?")) {
            return (long) Double.parseDouble(value.asText().strip());
        }
        return null;
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
