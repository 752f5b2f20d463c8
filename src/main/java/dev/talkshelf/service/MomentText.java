package dev.talkshelf.service;

import dev.talkshelf.catalog.CueSearch;
import dev.talkshelf.catalog.CueWords;
import dev.talkshelf.model.Cue;
import dev.talkshelf.model.Moment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The best of a talk's matching cues as {@link Moment}s: best is the cue holding the most of the searched terms,
 * then the one where they are densest (occurrences per word), then the earlier; a cue next to one already taken is
 * left out (their texts overlap). Each is its text with the cues around it, cut to about {@link Moment#MAX_TEXT}
 * characters around the first searched term it holds, "…" where it was cut.
 */
final class MomentText {
    /** Lead-in kept before the match: the details pane shows a moment on one line, so the match must come early. */
    private static final int BEFORE_MATCH = 30;

    private MomentText() {
    }

    /** At most {@code max} moments of a talk's matches, best first. */
    static List<Moment> best(CueSearch.Matches matches, List<String> terms, int max) {
        // Ranked by what was counted as the cues were found: no string is made of a cue until it is a moment. The best
        // few picked in turn (each the best not beside one taken) rather than all sorted: a common word has ~50 hits a
        // talk and a page 200 talks, and only three are shown. The same as taking the sorted hits that are not beside
        // one taken before them.
        List<CueSearch.Hit> hits = matches.hits();
        boolean[] out = new boolean[hits.size()];
        List<Integer> taken = new ArrayList<>();
        List<Moment> moments = new ArrayList<>();
        while (moments.size() < max) {
            int best = -1;
            for (int i = 0; i < hits.size(); i++) {
                if (!out[i] && (best < 0 || BETTER.compare(hits.get(i), hits.get(best)) < 0)) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            out[best] = true;
            int place = hits.get(best).place();
            if (taken.stream().noneMatch(p -> Math.abs(p - place) <= 1)) {
                taken.add(place);
                moments.add(of(matches.cues(), place, terms));
            }
        }
        return List.copyOf(moments);
    }

    /** Most terms held first, then the densest (occurrences per word), then the earliest. */
    private static final Comparator<CueSearch.Hit> BETTER = Comparator.<CueSearch.Hit>comparingInt(h -> -h.terms())
            .thenComparingDouble(h -> -(double) h.occurrences() / Math.max(1, h.words()))
            .thenComparingInt(CueSearch.Hit::place);

    static Moment of(List<Cue> cues, int place, List<String> terms) {
        StringBuilder all = new StringBuilder();
        if (place > 0) {
            all.append(cues.get(place - 1).text()).append(' ');
        }
        int cueStart = all.length();
        Cue cue = cues.get(place);
        all.append(cue.text());
        int cueEnd = all.length();
        if (place + 1 < cues.size()) {
            all.append(' ').append(cues.get(place + 1).text());
        }
        String text = all.toString();
        int match = firstMatch(text, cueStart, cueEnd, terms);
        return new Moment(cue.start(), cut(text, match < 0 ? cueStart : match));
    }

    /** The text cut to at most {@link Moment#MAX_TEXT} characters (and the "…"s) around {@code focus}, at spaces. */
    static String cut(String text, int focus) {
        int max = Moment.MAX_TEXT;
        if (text.length() <= max && focus <= BEFORE_MATCH) {
            return text.strip();
        }
        int start = Math.max(0, focus - BEFORE_MATCH);
        int end = Math.min(text.length(), start + max);
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
            if (c < 0x80) {
                // Most of a moment's text: a char of its own, without a string made for it.
                if (plain.length() == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[plain.length()] = i;
                plain.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
                continue;
            }
            String folded = CueWords.plain(String.valueOf(c));
            for (int k = 0; k < folded.length(); k++) {
                if (plain.length() == origin.length) {
                    origin = Arrays.copyOf(origin, origin.length * 2);
                }
                origin[plain.length()] = i;
                plain.append(folded.charAt(k));
            }
        }
        String haystack = plain.toString();
        int best = -1;
        for (String term : terms) {
            String needle = CueWords.plain(term);
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

}
