package dev.talkshelf.service;

import dev.talkshelf.catalog.CueSearch;
import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Letters;
import dev.talkshelf.model.Moment;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * A matching cue as a {@link Moment}: its text with the cues around it, cut to about {@link Moment#MAX_TEXT}
 * characters around the first searched term it holds, "…" where it was cut.
 */
final class MomentText {
    /** How much of the text before the match a moment keeps, when there is that much. */
    private static final int BEFORE_MATCH = 60;

    private MomentText() {
    }

    static Moment of(CueSearch.Hit hit, List<String> terms) {
        StringBuilder all = new StringBuilder();
        if (hit.before() != null) {
            all.append(hit.before().text()).append(' ');
        }
        int cueStart = all.length();
        all.append(hit.cue().text());
        int cueEnd = all.length();
        if (hit.after() != null) {
            all.append(' ').append(hit.after().text());
        }
        String text = all.toString();
        int match = firstMatch(text, cueStart, cueEnd, terms);
        return new Moment(hit.cue().start(), cut(text, match < 0 ? cueStart : match));
    }

    /** The text cut to at most {@link Moment#MAX_TEXT} characters (and the "…"s) around {@code focus}, at spaces. */
    static String cut(String text, int focus) {
        int max = Moment.MAX_TEXT;
        if (text.length() <= max) {
            return text.strip();
        }
        int start = Math.max(0, focus - BEFORE_MATCH);
        int end = Math.min(text.length(), start + max);
        start = Math.max(0, end - max);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space < 0 || space >= focus ? start : space + 1;
        }
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            end = space <= Math.max(start, focus) ? end : space;
        }
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    /** Where the earliest term starts a word within [from, to), compared as the index compares; -1 when none does. */
    static int firstMatch(String text, int from, int to, List<String> terms) {
        StringBuilder plain = new StringBuilder(text.length());
        int[] origin = new int[text.length() * 2 + 16];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String folded = c < 0x80 ? String.valueOf(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ')
                    : plain(String.valueOf(c));
            for (int k = 0; k < folded.length(); k++) {
                if (plain.length() == origin.length) {
                    origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                }
                origin[plain.length()] = i;
                plain.append(folded.charAt(k));
            }
        }
        String haystack = plain.toString();
        int best = -1;
        for (String term : terms) {
            String needle = plain(term);
            if (needle.isEmpty()) {
                continue;
            }
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                int original = origin[at];
                boolean wordStart = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
                if (wordStart && original >= from && original < to) {
                    best = best < 0 ? original : Math.min(best, original);
                    break;
                }
            }
        }
        return best;
    }

    /** Lower case, without diacritics, the stroked letters folded; punctuation as spaces: as the tokenizer sees it. */
    private static String plain(String s) {
        String decomposed = Normalizer.normalize(Letters.fold(s), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
