package dev.talkshelf.ui.sidebar;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.TopicNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps a sidebar list in one order while the search narrows it, so an entry stays where the user last saw it
 * and a second click at the same spot hits the same entry. The order is the unfiltered one (most talks first),
 * learned from the last load without a search; values first seen under a search go after, in the order seen.
 * Counts still follow the search.
 */
final class StableOrder {
    private final Map<String, Integer> rank = new HashMap<>();

    /** The unfiltered list, in its own order: that order becomes the one kept. */
    void learn(List<String> unfiltered) {
        rank.clear();
        unfiltered.forEach(this::rankOf);
    }

    List<FacetCount> facets(List<FacetCount> filtered) {
        List<FacetCount> ordered = new ArrayList<>(filtered);
        filtered.forEach(f -> rankOf(f.value()));
        ordered.sort(Comparator.comparingInt(f -> rank.get(f.value())));
        return ordered;
    }

    List<TopicNode> topics(List<TopicNode> filtered) {
        filtered.forEach(n -> rankOf(n.path()));
        List<TopicNode> ordered = new ArrayList<>(filtered.size());
        for (TopicNode n : filtered) {
            ordered.add(new TopicNode(n.path(), n.count(), topics(n.children())));
        }
        ordered.sort(Comparator.comparingInt(n -> rank.get(n.path())));
        return ordered;
    }

    /** Every path of a topic tree, parents before their children, in the tree's order. */
    static List<String> paths(List<TopicNode> roots) {
        List<String> out = new ArrayList<>();
        for (TopicNode n : roots) {
            out.add(n.path());
            out.addAll(paths(n.children()));
        }
        return out;
    }

    private int rankOf(String value) {
        return rank.computeIfAbsent(value, v -> rank.size());
    }
}
