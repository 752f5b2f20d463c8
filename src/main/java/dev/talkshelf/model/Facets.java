package dev.talkshelf.model;

import java.util.List;

/** Counts for browsing, over the whole library or within a query. */
public record Facets(long total, List<TopicNode> topics, List<FacetCount> speakers, List<FacetCount> events,
                     List<FacetCount> years, List<FacetCount> statuses) {
    public Facets {
        topics = List.copyOf(topics);
        speakers = List.copyOf(speakers);
        events = List.copyOf(events);
        years = List.copyOf(years);
        statuses = List.copyOf(statuses);
    }
}
