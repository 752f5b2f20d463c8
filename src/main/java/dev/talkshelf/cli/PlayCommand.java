package dev.talkshelf.cli;

import dev.talkshelf.model.DurationText;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.player.PlaybackListener;
import dev.talkshelf.service.PlayOptions;
import dev.talkshelf.service.PlayService;
import dev.talkshelf.service.UserInputException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code play ID [--player mpv|vlc|system|PATH] [--player-args "ARGS"] [--from 12:34]}: plays a talk, waits
 * for the player to exit and prints what it recorded.
 */
@Command(name = "play", description = "Play a talk in your player and record how far you got.")
final class PlayCommand implements Runnable {
    @ParentCommand
    TalkShelfCommand root;

    @Parameters(paramLabel = "ID", description = "The talk's id.")
    String id;

    @Option(names = "--player", paramLabel = "PLAYER", description = "mpv, vlc, system, a program path, or a template with {media} and {start}.")
    String player;

    @Option(names = "--player-args", paramLabel = "ARGS", description = "Extra arguments for the player, e.g. \"--fs\".")
    String playerArgs;

    @Option(names = "--from", paramLabel = "TIME", description = "Start here (12:34, 1:02:03 or seconds) instead of where you stopped.")
    String from;

    @Override
    public void run() {
        TalkId talk = Ids.parse(id);
        Duration start = null;
        if (from != null) {
            start = DurationText.parse(from).orElseThrow(() -> new UserInputException(
                    "--from \"" + from + "\" is not a time; write it as 12:34, 1:02:03 or seconds"));
        }
        PlayService.Playback playback = root.services().player().play(List.of(talk),
                new PlayOptions(player, playerArgs, start), PlaybackListener.NONE);
        PrintWriter out = root.out();
        out.println("playing in " + playback.handle().player().label() + "; close the player to finish");
        out.flush();
        try {
            playback.awaitExit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            playback.handle().stop();
        }
        if (!playback.handle().tracked()) {
            out.println("this player does not report progress; mark the talk with `mark " + talk + " watched` when done");
        }
        for (PlayService.Recorded r : playback.recorded()) {
            String state = r.state().status() == WatchStatus.WATCHED ? "watched"
                    : "in progress at " + DurationText.clock(r.state().position());
            out.println("recorded \"" + r.talk().title() + "\": " + DurationText.clock(r.report().from()) + " -> "
                    + DurationText.clock(r.report().to())
                    + (r.report().duration() == null ? "" : " of " + DurationText.clock(r.report().duration())) + "; now " + state);
        }
        out.flush();
    }
}
