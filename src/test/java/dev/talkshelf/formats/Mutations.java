package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a real file the ways files arrive damaged or hostile: cut short, bytes flipped, invalid UTF-8, a BOM,
 * NUL, CR LF, a 1 MB line, an empty file, deep nesting, and for JSON a value of the wrong type or a number or
 * date out of any range. Deterministic for a given {@link Random}.
 */
final class Mutations {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TOKENS = {"\u0000", "\uFEFF", "\r", "\r\n", "\n", "\u001b]0;pwned\u0007", "\u009b6n", "\"", "\"\"",
            ",", ";", "\t", "{", "[", "}", "]", ":", "1e400", "-", "1e16", "9223372036854775808", "-1", "NaN", "#EXTINF:",
            "#EXTINF:1e40,", "#PLAYLIST:", "http://", "https://exa mple.org/a b.mp4", "http://[::1", "file:///etc/passwd",
            "\\\\host\\share\\x.exe", "C:\\x.mp4", "%zz", "javascript:alert(1)", " - ", " | ", "  ", "title", "99999h",
            "9999999999:00:00", "+999999999-12-31", "\uD800", "\uDC00", "😀", "\u202E", "'=cmd|' /C calc'!A0"};
    private static final byte[][] BAD_BYTES = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
    private static final String[] NUMERIC_FIELDS = {"duration", "lengthSeconds", "timeAdded", "upload_date", "recorded", "year",
            "position", "added", "rating", "times_watched", "release_year", "at", "from", "to", "started", "version", "watched_at",
            "last_played", "created", "published", "id", "talks", "title", "status", "videos", "entries", "speakers", "tags"};

    private static final byte[] MEGABYTE_LINE = ("\n" + "a".repeat(1_000_000) + "\n").getBytes(StandardCharsets.UTF_8);
    private static final int[] DEPTHS = {999, 1_001, 5_000, 100_000};
    private static final byte[][] OPEN = new byte[DEPTHS.length * 2][];
    private static final byte[][] CLOSE = new byte[DEPTHS.length * 2][];

    static {
        for (int i = 0; i < DEPTHS.length; i++) {
            OPEN[2 * i] = "[".repeat(DEPTHS[i]).getBytes(StandardCharsets.UTF_8);
            CLOSE[2 * i] = "]".repeat(DEPTHS[i]).getBytes(StandardCharsets.UTF_8);
            OPEN[2 * i + 1] = "{\"a\":".repeat(DEPTHS[i]).getBytes(StandardCharsets.UTF_8);
            CLOSE[2 * i + 1] = "}".repeat(DEPTHS[i]).getBytes(StandardCharsets.UTF_8);
        }
    }

    private Mutations() {
    }

    /** One to three damages of {@code seed}; {@code json} adds structure-aware ones. */
    static byte[] mutate(byte[] seed, Random r, boolean json) {
        byte[] data = seed;
        int rounds = 1 + r.nextInt(3);
        for (int i = 0; i < rounds; i++) {
            data = once(data, r, json);
        }
        return data;
    }

    private static byte[] once(byte[] data, Random r, boolean json) {
        int kind = r.nextInt(json ? 100 : 80);
        if (kind == 56 && r.nextInt(10) != 0) {
            kind = 20; // megabyte lines are costly: one input in a few hundred gets one
        }
        if (kind < 10) {
            return Arrays.copyOf(data, data.length == 0 ? 0 : r.nextInt(data.length + 1)); // truncation
        } else if (kind < 22) {
            byte[] copy = data.clone();
            for (int n = 1 + r.nextInt(6); n > 0 && copy.length > 0; n--) {
                copy[r.nextInt(copy.length)] = (byte) r.nextInt(256); // byte flips
            }
            return copy;
        } else if (kind < 42) {
            return insert(data, r, TOKENS[r.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8));
        } else if (kind < 48) {
            return insert(data, r, BAD_BYTES[r.nextInt(BAD_BYTES.length)]); // invalid UTF-8
        } else if (kind < 51) {
            return concat("\uFEFF".getBytes(StandardCharsets.UTF_8), data);
        } else if (kind < 54) {
            return new String(data, StandardCharsets.ISO_8859_1).replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        } else if (kind < 56) {
            return new byte[0];
        } else if (kind < 57) {
            return insert(data, r, MEGABYTE_LINE); // a 1 MB line
        } else if (kind < 60) {
            int from = data.length == 0 ? 0 : r.nextInt(data.length);
            int to = Math.min(data.length, from + r.nextInt(200));
            return insert(data, r, Arrays.copyOfRange(data, from, to)); // a slice repeated
        } else if (kind < 64) {
            return outOfRangeNumbers(data, r);
        } else if (kind < 67) {
            int which = r.nextInt(OPEN.length);
            return concat(concat(OPEN[which], data), CLOSE[which]); // deep nesting
        } else if (kind < 80) {
            return lines(data, r);
        }
        return structured(data, r);
    }

    private static byte[] insert(byte[] data, Random r, byte[] what) {
        int at = data.length == 0 ? 0 : r.nextInt(data.length + 1);
        byte[] out = new byte[data.length + what.length];
        System.arraycopy(data, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(data, at, out, at + what.length, data.length - at);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static final String[] EXTREMES = {"1e16", "1e40", "9.2e15", "9200000000000000", "-1", "-0", "1e308", "1e-400",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999999", "0",
            "2147483648", "1" + "0".repeat(1_200), "NaN", "Infinity"};

    /** A run of digits replaced by a number no talk has. */
    private static byte[] outOfRangeNumbers(byte[] data, Random r) {
        String text = new String(data, StandardCharsets.UTF_8);
        List<int[]> runs = new ArrayList<>();
        Matcher m = Pattern.compile("-?\\d+(\\.\\d+)?").matcher(text);
        while (m.find()) {
            runs.add(new int[]{m.start(), m.end()});
        }
        if (runs.isEmpty()) {
            return data;
        }
        int[] run = runs.get(r.nextInt(runs.size()));
        return (text.substring(0, run[0]) + EXTREMES[r.nextInt(EXTREMES.length)] + text.substring(run[1])).getBytes(StandardCharsets.UTF_8);
    }

    /** Lines swapped, dropped, doubled or cut (CSV, M3U and title lists are line formats). */
    private static byte[] lines(byte[] data, Random r) {
        List<String> lines = new ArrayList<>(List.of(new String(data, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.isEmpty()) {
            return data;
        }
        int i = r.nextInt(lines.size());
        switch (r.nextInt(4)) {
            case 0 -> lines.remove(i);
            case 1 -> lines.add(i, lines.get(r.nextInt(lines.size())));
            case 2 -> Collections.swap(lines, i, r.nextInt(lines.size()));
            default -> lines.set(i, lines.get(i).substring(0, r.nextInt(lines.get(i).length() + 1)));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Parses JSON (or JSON lines), damages one value's type or range, and writes it back. */
    private static byte[] structured(byte[] data, Random r) {
        List<JsonNode> roots = new ArrayList<>();
        try (var it = JSON.readerFor(JsonNode.class).readValues(data)) {
            while (it.hasNextValue()) {
                roots.add((JsonNode) it.nextValue());
            }
        } catch (Exception e) {
            return data; // already damaged: nothing structured to do
        }
        if (roots.isEmpty()) {
            return data;
        }
        JsonNode root = roots.get(r.nextInt(roots.size()));
        List<Object[]> slots = new ArrayList<>(); // {container, key or index}
        collect(root, slots);
        if (slots.isEmpty()) {
            return data;
        }
        Object[] slot = slots.get(r.nextInt(slots.size()));
        if (r.nextInt(3) == 0) {
            List<Object[]> named = slots.stream().filter(s -> s[1] instanceof String k && List.of(NUMERIC_FIELDS).contains(k)).toList();
            if (!named.isEmpty()) {
                slot = named.get(r.nextInt(named.size()));
            }
        }
        JsonNode replacement = replacement(r);
        if (slot[0] instanceof ObjectNode o) {
            o.set((String) slot[1], replacement);
        } else {
            ((ArrayNode) slot[0]).set((Integer) slot[1], replacement);
        }
        StringBuilder out = new StringBuilder();
        try {
            for (JsonNode node : roots) {
                out.append(JSON.writeValueAsString(node)).append('\n');
            }
        } catch (Exception e) {
            return data;
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, List<Object[]> slots) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                slots.add(new Object[]{node, e.getKey()});
                collect(e.getValue(), slots);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                slots.add(new Object[]{node, i});
                collect(node.get(i), slots);
            }
        }
    }

    private static JsonNode replacement(Random r) {
        return switch (r.nextInt(22)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(r.nextBoolean());
            case 2 -> NODES.arrayNode();
            case 3 -> NODES.objectNode();
            case 4 -> NODES.numberNode(1e16);
            case 5 -> NODES.numberNode(1e40);
            case 6 -> NODES.numberNode(-1);
            case 7 -> NODES.numberNode(Long.MAX_VALUE);
            case 8 -> new BigIntegerNode(BigInteger.TEN.pow(30));
            case 9 -> new DecimalNode(new BigDecimal("1e400"));
            case 10 -> NODES.numberNode(9.2e15);
            case 11 -> NODES.textNode("+999999999-12-31");
            case 12 -> NODES.textNode("-999999999-01-01T00:00:00Z");
            case 13 -> NODES.textNode("");
            case 14 -> NODES.textNode("   ");
            case 15 -> NODES.textNode("\u001b]0;pwned\u0007\u0000");
            case 16 -> NODES.textNode("x".repeat(r.nextInt(200) == 0 ? 1_000_000 : 5_000));
            case 17 -> NODES.textNode("99999999999999999999");
            case 18 -> NODES.numberNode(Double.MIN_VALUE);
            case 19 -> NODES.textNode("20241301");
            case 20 -> NODES.numberNode(Integer.MIN_VALUE);
            default -> NODES.arrayNode().add(NODES.objectNode().put("title", "nested")).add(1e16);
        };
    }
}
