package dev.talkshelf.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.Moment;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.service.SearchPage;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.service.UserInputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code search [QUERY] [--said] [--sort KEY] [--reverse] [--offset N] [--limit N] [--json]}: talks matching a query,
 * with the moments where what it looks for was said.
 */
@Command(name = "search", description = {"Find talks with the search language (see docs/query-language.md).",
        "Without a query, lists the library, newest first.",
        "Example: search 'tag:python year:>=2022 -django duration:<45m'",
        "Example: search 'said:\"global interpreter lock\" tag:python'"})
final class SearchCommand implements Runnable {
    /** How many moments --json gives a talk; the table shows the best one. */
    static final int MOMENTS_PER_TALK = 3;

    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "QUERY", arity = "0..*",
            description = "Words, \"phrases\", fields (title: speaker: event: tag: year: status: duration: rating: "
                    + "playlist: added: has: said:), -term, not, or, parentheses.")
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

    @Option(names = "--json", description = "Print a JSON array of talks (with \"moments\" when something was said).")
    boolean json;

    @Option(names = "--said", description = "Plain words also find talks where they were said (in their transcripts).")
    boolean said;

    @Override
    public void run() {
        if (limit < 0) {
            throw new UserInputException("--limit must not be negative");
        }
        if (offset < 0) {
            throw new UserInputException("--offset must not be negative");
        }
        String text = String.join(" ", query);
        SearchService search = root.services().search();
        SearchPage page = sort == null && !reverse
                ? search.search(text, said, offset, limit)
                : search.search(text, said, sortKey(sort), reverse, offset, limit);
        List<TalkId> ids = page.talks().stream().map(Talk::id).toList();
        Map<TalkId, List<Moment>> moments = search.moments(text, said, ids, json ? MOMENTS_PER_TALK : 1);
        PrintWriter out = root.out();
        if (json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            for (Talk t : page.talks()) {
                ObjectNode o = Json.TALKS.summary(t);
                List<Moment> found = moments.get(t.id());
                if (found != null) {
                    ArrayNode list = o.putArray("moments");
                    found.forEach(m -> list.addObject()
                            .put("at", m.at().toMillis() / 1000.0)
                            .put("text", m.text()));
                }
                array.add(o);
            }
            Json.print(out, array);
            return;
        }
        for (Talk t : page.talks()) {
            out.println(TalkText.line(t));
            List<Moment> found = moments.get(t.id());
            if (found != null && !found.isEmpty()) {
                out.println(momentLine(found.get(0)));
            }
        }
        out.println(summary(page));
        out.flush();
    }

    /** A moment beneath its talk's line: "        12:34 …the global interpreter lock is released when…". */
    static String momentLine(Moment m) {
        return "        " + DurationText.clock(m.at()) + " " + m.text();
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
