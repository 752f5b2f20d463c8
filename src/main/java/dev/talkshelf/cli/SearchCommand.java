package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.service.SearchPage;
import dev.talkshelf.service.UserInputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code search [QUERY] [--sort KEY] [--reverse] [--offset N] [--limit N] [--json]}: talks matching a query. */
@Command(name = "search", description = {"Find talks with the search language (see docs/query-language.md).",
        "Without a query, lists the library, newest first.",
        "Example: search 'tag:python year:>=2022 -django duration:<45m'"})
final class SearchCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "Words, \"phrases\", fields (title: speaker: event: tag: year: status: duration: rating: "
                    + "playlist: added: has:), -term, not, or, parentheses.")
    List<String> query = List.of();

    @Option(names = "--sort", paramLabel = "KEY",
            description = "relevance, title, added, year, duration, last-watched or playlist "
                    + "(default: relevance with words, else added).")
    String sort;

    @Option(names = "--reverse", description = "Reverse the order.")
    boolean reverse;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N talks.")
    int offset;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "Show at most N talks (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array of talks.")
    boolean json;

    @Override
    public void run() {
        if (limit < 0) {
            throw new UserInputException("--limit must not be negative");
        }
        if (offset < 0) {
            throw new UserInputException("--offset must not be negative");
        }
        String text = String.join(" ", query);
        SearchPage page = sort == null && !reverse
                ? root.services().search().search(text, offset, limit)
                : root.services().search().search(text, sortKey(sort), reverse, offset, limit);
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
        out.println(summary(page));
        out.flush();
    }

    static SortKey sortKey(String name) {
        if (name == null) {
            return SortKey.RELEVANCE;
        }
        String key = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SortKey k : SortKey.values()) {
            if (k.name().equals(key)) {
                return k;
            }
        }
        throw new UserInputException("--sort must be one of relevance, title, added, year, duration, last-watched, playlist");
    }

    private String summary(SearchPage page) {
        long shown = page.talks().size();
        if (page.offset() == 0 && shown == page.total()) {
            return page.total() + (page.total() == 1 ? " talk" : " talks");
        }
        if (shown == 0) {
            return "no talks here (" + page.total() + " in all)";
        }
        return "talks " + (page.offset() + 1) + "-" + (page.offset() + shown) + " of " + page.total()
                + (page.offset() + shown < page.total() ? " (use --offset " + (page.offset() + shown) + " for more)" : "");
    }
}
