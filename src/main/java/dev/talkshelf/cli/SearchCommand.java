package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.talkshelf.model.Talk;
import dev.talkshelf.service.SearchPage;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code search [QUERY] [--limit N] [--json]}: talks matching a query, best first. */
@Command(name = "search", description = "Find talks. Without a query, lists the library, newest first.")
final class SearchCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to find (in titles, speakers, events, topics, descriptions and notes).")
    List<String> query = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Show at most N talks (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array of talks.")
    boolean json;

    @Override
    public void run() {
        if (limit < 0) {
            throw new dev.talkshelf.service.UserInputException("--limit must not be negative");
        }
        SearchPage page = root.services().search().search(String.join(" ", query), 0, limit);
        PrintWriter out = root.out();
        if (json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            page.talks().forEach(t -> array.add(Json.TALKS.summary(t)));
            Json.print(out, array);
            return;
        }
        for (Talk t : page.talks()) {
            out.println(TalkText.line(t));
        }
        out.println(page.total() == page.talks().size() ? page.total() + (page.total() == 1 ? " talk" : " talks")
                : page.talks().size() + " of " + page.total() + " talks (use --limit to see more)");
        out.flush();
    }
}
