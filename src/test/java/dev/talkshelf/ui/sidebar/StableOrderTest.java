package dev.talkshelf.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.TopicNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class StableOrderTest {
    @Test
    void aNarrowedListKeepsTheUnfilteredOrderWithItsNewCounts() {
        StableOrder order = new StableOrder();
        order.learn(List.of("Ada", "Brian", "Carol"));

        List<FacetCount> shown = order.facets(List.of(new FacetCount("Carol", 5), new FacetCount("Ada", 1)));

        assertEquals(List.of(new FacetCount("Ada", 1), new FacetCount("Carol", 5)), shown);
    }

    @Test
    void valuesFirstSeenUnderASearchGoAfterAndKeepTheirPlaceToo() {
        StableOrder order = new StableOrder();
        order.learn(List.of("Ada"));
        order.facets(List.of(new FacetCount("Zed", 9), new FacetCount("Yan", 8)));

        List<FacetCount> shown = order.facets(List.of(new FacetCount("Yan", 1), new FacetCount("Zed", 2), new FacetCount("Ada", 3)));

        assertEquals(List.of("Ada", "Zed", "Yan"), shown.stream().map(FacetCount::value).toList());
    }

    @Test
    void topicsKeepTheirOrderAtEveryLevel() {
        StableOrder order = new StableOrder();
        List<TopicNode> unfiltered = List.of(
                new TopicNode("python", 10, List.of(new TopicNode("python/typing", 4, List.of()), new TopicNode("python/gil", 2, List.of()))),
                new TopicNode("rust", 6, List.of()));
        order.learn(StableOrder.paths(unfiltered));

        List<TopicNode> shown = order.topics(List.of(new TopicNode("rust", 5, List.of()),
                new TopicNode("python", 6, List.of(new TopicNode("python/gil", 6, List.of()), new TopicNode("python/typing", 1, List.of())))));

        assertEquals(List.of("python", "python/typing", "python/gil", "rust"), StableOrder.paths(shown));
        assertEquals(6, shown.get(0).count());
    }
}
