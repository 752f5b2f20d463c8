package dev.talkshelf.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/** Turns Jackson's parse errors into a short reason a user can read. */
final class JsonErrors {
    private JsonErrors() {
    }

    /**
     * Jackson's read limits (StreamReadConstraints: nesting deeper than 1,000, a number longer than 1,000
     * digits, a text longer than 20 million characters, a name longer than 50,000) guard against damaged and
     * hostile files; they are said in words.
     */
    static String limitReason(String message) {
        String m = message == null ? "" : message;
        if (m.contains("nesting depth")) {
            return "nested too deeply (more than 1,000 levels)";
        }
        if (m.startsWith("Number value length")) {
            return "a number with too many digits";
        }
        if (m.startsWith("String value length") || m.startsWith("Name length") || m.startsWith("Document length")) {
            return "a text too long to be part of a talk";
        }
        return "beyond what TalkShelf reads (a limit against damaged files)";
    }

    /** The first sentence of Jackson's message without its location and source dump. */
    static String shortReason(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limitReason(m);
        }
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
