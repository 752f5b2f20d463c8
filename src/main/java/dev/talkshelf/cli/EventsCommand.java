package dev.talkshelf.cli;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code events [QUERY] [--json]}: the most frequent events with talk counts, for the library or within a query. */
@Command(name = "events", description = "List events by how many talks they have (within QUERY, if given; the top 200).")
final class EventsCommand extends FacetCommand {
    @Override
    List<FacetCount> facet(Facets facets) {
        return facets.events();
    }
}
