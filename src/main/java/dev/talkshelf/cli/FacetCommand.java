package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.talkshelf.model.FacetCount;
import dev.talkshelf.model.Facets;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * A command that lists one facet (speakers, events) with talk counts, for the library or within a query: aligned
 * "count  name" lines, or a JSON array of {"name", "count"}. Each facet's command says only which list it prints.
 */
abstract class FacetCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Count only talks matching this search.")
    List<String> query = List.of();

    @Option(names = "--json", description = "Print a JSON array of {\"name\", \"count\"}.")
    boolean json;

    /** The facet this command lists, out of all the facets of its query. */
    abstract List<FacetCount> facet(Facets facets);

    @Override
    public void run() {
        print(root.out(), facet(root.services().search().facets(String.join(" ", query))));
    }

    private void print(PrintWriter out, List<FacetCount> counts) {
        if (json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            counts.forEach(c -> array.addObject().put("name", c.value()).put("count", c.count()));
            Json.print(out, array);
            return;
        }
        int width = counts.stream().mapToInt(c -> Long.toString(c.count()).length()).max().orElse(1);
        for (FacetCount c : counts) {
            out.println(String.format("%" + width + "d  %s", c.count(), c.value()));
        }
        out.flush();
    }
}
