package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.model.TopicNode;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code tags [QUERY] [--json]}: the topic tree with talk counts, for the library or within a query. */
@Command(name = "tags", description = "List topics as a tree with how many talks each has (within QUERY, if given).")
final class TagsCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Count only talks matching this search.")
    List<String> query = List.of();

    @Option(names = "--json", description = "Print nested JSON: {\"path\", \"name\", \"count\", \"children\"}.")
    boolean json;

    @Override
    public void run() {
        List<TopicNode> roots = root.services().search().facets(String.join(" ", query)).topics();
        PrintWriter out = root.out();
        if (json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            roots.forEach(n -> array.add(node(n)));
            Json.print(out, array);
            return;
        }
        roots.forEach(n -> print(out, n, 0));
        out.flush();
    }

    private static ObjectNode node(TopicNode n) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("path", n.path());
        o.put("name", n.name());
        o.put("count", n.count());
        ArrayNode children = o.putArray("children");
        n.children().forEach(c -> children.add(node(c)));
        return o;
    }

    private static void print(PrintWriter out, TopicNode n, int depth) {
        out.println("  ".repeat(depth) + n.name() + "  " + n.count());
        n.children().forEach(c -> print(out, c, depth + 1));
    }
}
