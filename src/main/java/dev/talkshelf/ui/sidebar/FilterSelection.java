package dev.talkshelf.ui.sidebar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The sidebar entries the user picked, and the search text they stand for. Picks combine with AND; the text
 * keeps whatever the user typed that is not a field the sidebar writes, so "rust tag:python" plus a click on
 * a speaker becomes "rust tag:python speaker:"…"". No toolkit here: the rules are tested on their own.
 */
public final class FilterSelection {

    /** One entry: a kind and the value it filters on (a topic path, a speaker's name, ...). */
    public record Entry(FilterKind kind, String value) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }

        /** The entry as the search language writes it, e.g. {@code -speaker:"David Hewitt"}. */
        public String term(FilterState state) {
            return (state == FilterState.EXCLUDE ? "-" : "") + kind.field() + ":" + quoteIfNeeded(value);
        }
    }

    private final Map<Entry, FilterState> picks = new LinkedHashMap<>();

    public FilterState state(Entry entry) {
        return picks.getOrDefault(entry, FilterState.OFF);
    }

    /** A plain click: include, then exclude, then off. A status is one of a kind: picking one drops the other. */
    public FilterState cycle(Entry entry) {
        return set(entry, state(entry).next());
    }

    /** The second gesture (Alt- or Ctrl-click): exclude straight away, or back to off if already excluded. */
    public FilterState toggleExclude(Entry entry) {
        return set(entry, state(entry) == FilterState.EXCLUDE ? FilterState.OFF : FilterState.EXCLUDE);
    }

    public FilterState set(Entry entry, FilterState state) {
        if (state == FilterState.OFF) {
            picks.remove(entry);
            return state;
        }
        if (entry.kind() == FilterKind.STATUS || entry.kind() == FilterKind.PLAYLIST) {
            picks.keySet().removeIf(e -> (e.kind() == FilterKind.STATUS || e.kind() == FilterKind.PLAYLIST) && !e.equals(entry));
        }
        picks.remove(entry);
        picks.put(entry, state);
        return state;
    }

    /** Drops the picks whose terms the user deleted from the search text, so the two never disagree. */
    public boolean retainPresentIn(String text) {
        List<String> present = tokens(text == null ? "" : text);
        return picks.entrySet().removeIf(p -> !present.contains(p.getKey().term(p.getValue())));
    }

    public void clear() {
        picks.clear();
    }

    public boolean isEmpty() {
        return picks.isEmpty();
    }

    /** The search text for these picks, keeping the user's own words from {@code typed}. */
    public String query(String typed) {
        List<String> parts = new ArrayList<>();
        String free = freeText(typed);
        if (!free.isEmpty()) {
            parts.add(free);
        }
        picks.forEach((entry, state) -> parts.add(entry.term(state)));
        return String.join(" ", parts);
    }

    /** {@code typed} without the terms of fields the sidebar owns (status, playlist, tag, speaker, event). */
    static String freeText(String typed) {
        List<String> kept = new ArrayList<>();
        for (String token : tokens(typed == null ? "" : typed)) {
            if (!isSidebarTerm(token)) {
                kept.add(token);
            }
        }
        return String.join(" ", kept);
    }

    private static boolean isSidebarTerm(String token) {
        String t = token.startsWith("-") ? token.substring(1) : token;
        int colon = t.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String field = t.substring(0, colon).toLowerCase(Locale.ROOT);
        for (FilterKind kind : FilterKind.values()) {
            if (kind.field().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** Splits on spaces outside double quotes; a quoted part stays with its field ({@code speaker:"A B"}). */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                current.append(ch);
            } else if (Character.isWhitespace(ch) && !quoted) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(ch);
            }
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    static String quoteIfNeeded(String value) {
        boolean plain = !value.isEmpty() && value.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || "-_/.+#".indexOf(ch) >= 0);
        return plain ? value : "\"" + value.replace("\"", "") + "\"";
    }
}
