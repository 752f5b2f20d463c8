package dev.talkshelf.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.talkshelf.formats.TalkJson;
import java.io.PrintWriter;

/** JSON output of the CLI: one pretty-printed document per command. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        // Jackson escapes C0 controls itself; DEL and C1 (U+009B is a terminal's CSI) are escaped too, so the
        // output carries the exact text and the terminal sees no control character.
        MAPPER.getFactory().setCharacterEscapes(new ControlEscapes());
    }
    static final TalkJson TALKS = new TalkJson(MAPPER);

    private Json() {
    }

    private static final class ControlEscapes extends CharacterEscapes {
        private final int[] escapes;

        ControlEscapes() {
            escapes = CharacterEscapes.standardAsciiEscapesForJSON();
            escapes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch >= 0x80 && ch <= 0x9F ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }

    static void print(PrintWriter out, JsonNode node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("JSON output failed", e);
        }
        out.flush();
    }
}
