package dev.talkshelf.cli;

import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code speakers [QUERY] [--json]}: the most frequent speakers with talk counts, for the library or within a query. */
@Command(name = "speakers", description = "List speakers by how many talks they have (within QUERY, if given; the top 200).")
final class SpeakersCommand extends FacetCommand {
    @Override
    List<FacetCount> facet(Facets facets) {
        return facets.speakers();
    }
}
