package dev.talkshelf.formats;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns Jackson's parse errors into a short reason a user can read. */
final class JsonErrors {
    private JsonErrors() {
    }

    /** The first sentence of Jackson's message without its location and source dump. */
    static String shortReason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null || m.isBlank()) {
            return "unreadable";
        }
        int cut = m.indexOf('\n');
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        int paren = m.indexOf(" (for ");
        if (paren > 0) {
            m = m.substring(0, paren);
        }
        m = m.replaceAll("\\('(.+?)' \\(code \\d+\\)\\)", "'$1'")
                .replace("Unexpected character ", "unexpected character ")
                .replace("Unexpected end-of-input", "the file ends too early");
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }
}
