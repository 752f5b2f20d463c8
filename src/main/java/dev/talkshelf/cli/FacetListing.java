package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.talkshelf.model.FacetCount;
import java.io.PrintWriter;
import java.util.List;

/** Prints a facet list as aligned "count  name" lines or a JSON array of {"name", "count"}. */
final class FacetListing {
    private FacetListing() {
    }

    static void print(PrintWriter out, List<FacetCount> counts, boolean json) {
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
