package dev.talkshelf.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code events [QUERY] [--json]}: the most frequent events with talk counts, for the library or within a query. */
@Command(name = "events", description = "List events by how many talks they have (within QUERY, if given; the top 200).")
final class EventsCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Count only talks matching this search.")
    List<String> query = List.of();

    @Option(names = "--json", description = "Print a JSON array of {\"name\", \"count\"}.")
    boolean json;

    @Override
    public void run() {
        FacetListing.print(root.out(), root.services().search().facets(String.join(" ", query)).events(), json);
    }
}
