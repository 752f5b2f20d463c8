package dev.talkshelf.cli;

import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkDetails;
import dev.talkshelf.model.WatchSession;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code show ID [--json]}: one talk with its description, notes and watch history. */
@Command(name = "show", description = "Show one talk with its description, notes and history.")
final class ShowCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "ID", description = "The talk's id.")
    String id;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public void run() {
        TalkDetails d = root.services().library().details(Ids.parse(id));
        PrintWriter out = root.out();
        if (json) {
            Json.print(out, Json.TALKS.details(d.talk(), d.notes(), d.history()));
            return;
        }
        Talk t = d.talk();
        out.println(t.title());
        if (!t.speakers().isEmpty()) {
            out.println("  speakers:  " + String.join(", ", t.speakers()));
        }
        if (t.event() != null) {
            out.println("  event:     " + t.event());
        }
        if (t.year() != null) {
            out.println("  year:      " + t.year());
        }
        if (t.duration() != null) {
            out.println("  duration:  " + DurationText.clock(t.duration()));
        }
        out.println("  status:    " + TalkText.status(t) + (t.watch().timesWatched() > 0 ? " (watched " + t.watch().timesWatched() + "x)" : ""));
        if (!t.tags().isEmpty()) {
            out.println("  topics:    " + String.join(", ", t.tags()));
        }
        if (t.rating() != null) {
            out.println("  rating:    " + "*".repeat(t.rating()));
        }
        if (t.media() != null) {
            out.println("  media:     " + t.media());
        }
        t.links().forEach(l -> out.println("  link:      " + l));
        if (t.description() != null) {
            out.println();
            out.println(t.description());
        }
        if (!d.notes().isEmpty()) {
            out.println();
            out.println("Notes:");
            for (Note n : d.notes()) {
                out.println("  " + (n.at() == null ? "" : DurationText.clock(n.at()) + "  ") + n.text());
            }
        }
        if (!d.history().isEmpty()) {
            out.println();
            out.println("History:");
            for (WatchSession s : d.history()) {
                out.println("  " + s.started() + "  " + DurationText.clock(s.from()) + " -> " + DurationText.clock(s.to()));
            }
        }
        out.flush();
    }
}
