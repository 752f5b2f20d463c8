package dev.talkshelf.service;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tags that are about an event, not a subject, found over a whole import (issue 13): a topic the taxonomy does not
 * know that, in an import spanning at least {@value #MIN_SERIES} event series, is found at one series only and on at
 * least a tenth of that series' talks. Such a tag is the conference's city, nickname or venue ({@code nashville} at
 * every PyTennessee, {@code nbpy} at North Bay Python): no gazetteer knows every city, but a subject is not confined
 * to one conference while tagging a large share of it. A subject a talk or two at one conference carry stays, and so
 * does everything in an import of one or two series, where every tag is at one series by construction.
 *
 * <p>One instance per import; it sees each talk the import adds with tags from another program.
 */
final class EventBoundTags {
    static final int MIN_SERIES = 3;
    private static final int MIN_TALKS = 3;
    private static final int MIN_SHARE_PERCENT = 10;

    private final Predicate<String> knownTopic;
    private final Map<String, Integer> talksPerSeries = new HashMap<>();
    /** For each unknown topic, the series of the talks that carry it; a talk without an event adds "". */
    private final Map<String, Set<String>> seriesOfTag = new HashMap<>();
    private final Map<String, List<TalkId>> talksOfTag = new HashMap<>();

    EventBoundTags(Predicate<String> knownTopic) {
        this.knownTopic = knownTopic;
    }

    /** Counts an added talk, as stored. */
    void saw(TalkId id, Talk talk) {
        String series = seriesOf(talk.event());
        if (!series.isEmpty()) {
            talksPerSeries.merge(series, 1, Integer::sum);
        }
        for (String tag : talk.tags()) {
            if (!knownTopic.test(tag)) {
                seriesOfTag.computeIfAbsent(tag, t -> new HashSet<>(2)).add(series);
                talksOfTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(id);
            }
        }
    }

    /** The event-bound tags of the import and the talks that carry them. */
    Map<String, List<TalkId>> found() {
        Map<String, List<TalkId>> bound = new HashMap<>();
        if (talksPerSeries.size() < MIN_SERIES) {
            return bound;
        }
        seriesOfTag.forEach((tag, series) -> {
            if (series.size() != 1 || series.contains("")) {
                return;
            }
            int carrying = talksOfTag.get(tag).size();
            int ofSeries = talksPerSeries.get(series.iterator().next());
            if (carrying >= MIN_TALKS && carrying * 100 >= ofSeries * MIN_SHARE_PERCENT) {
                bound.put(tag, talksOfTag.get(tag));
            }
        });
        return bound;
    }

    /**
     * A conference series from an event's name: its letters, without the year or edition ("PyCon US 2019" and
     * "PyCon US 2020" are the series "pyconus"); "" for no event.
     */
    static String seriesOf(String event) {
        if (event == null) {
            return "";
        }
        StringBuilder letters = new StringBuilder(event.length());
        event.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
        return letters.toString();
    }
}
