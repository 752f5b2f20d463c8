package dev.talkshelf.service;

import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.player.MediaCheck;
import dev.talkshelf.player.MediaMissingException;
import dev.talkshelf.player.MediaRefusedException;
import dev.talkshelf.player.PlayItem;
import dev.talkshelf.player.PlayRequest;
import dev.talkshelf.player.PlaybackHandle;
import dev.talkshelf.player.PlaybackListener;
import dev.talkshelf.player.PlaybackReport;
import dev.talkshelf.player.PlayerChoice;
import dev.talkshelf.player.PlayerException;
import dev.talkshelf.player.PlayerLauncher;
import dev.talkshelf.player.PlayerNotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Plays talks in the user's player and writes down what the player reports: the position as it moves,
 * and on each item's end a watch session and the new status.
 */
public final class PlayService {
    private final TalkStore talks;
    private final WatchService watch;
    private final Supplier<PlayerLauncher> launcher;
    private final Supplier<String> defaultArgs;

    public PlayService(TalkStore talks, WatchService watch, Supplier<PlayerLauncher> launcher) {
        this(talks, watch, launcher, () -> "");
    }

    /** {@code defaultArgs}: extra player arguments (from the preferences) for plays that give none. */
    public PlayService(TalkStore talks, WatchService watch, Supplier<PlayerLauncher> launcher, Supplier<String> defaultArgs) {
        this.defaultArgs = defaultArgs;
        this.talks = talks;
        this.watch = watch;
        this.launcher = launcher;
    }

    /** A running playback: wait for it, stop it, and read what was recorded. */
    public record Playback(PlaybackHandle handle, List<Recorded> recorded) {
        /** Waits for the player to exit; every report has been stored when this returns. */
        public void awaitExit() throws InterruptedException {
            handle.awaitExit();
        }
    }

    /** One sitting as stored: the player's report and the talk's state after it. */
    public record Recorded(Talk talk, PlaybackReport report, WatchState state) {
    }

    /**
     * Plays talks in one player instance, in order. Starts at {@code options.from()}, or where the first talk
     * was left when it is in progress. {@code observer} hears progress and ends after they are stored.
     */
    public Playback play(List<TalkId> ids, PlayOptions options, PlaybackListener observer) {
        List<Talk> found = ExistingTalks.require(talks, ids);
        PlayRequest request = PlayRequest.of(found.stream().map(PlayItem::of).toList()).from(startOf(found.get(0), options));
        if (options.player() != null && !options.player().isBlank()) {
            request = request.with(PlayerChoice.parse(options.player()));
        }
        String args = options.playerArgs() != null && !options.playerArgs().isBlank() ? options.playerArgs() : defaultArgs.get();
        if (args != null && !args.isBlank()) {
            try {
                request = request.withExtraArgs(args);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("the player arguments are not valid: " + e.getMessage(), e);
            }
        }
        List<Recorded> recorded = new CopyOnWriteArrayList<>();
        PlaybackListener recorder = new PlaybackRecorder(watch, talks, found, observer, recorded);
        try {
            return new Playback(launcher.get().play(request, recorder), recorded);
        } catch (PlayerException e) {
            throw translate(e);
        }
    }

    /**
     * A talk's media checked for opening outside TalkShelf (the details pane's Open): an http(s) link, or a local
     * video or audio file as its real path. Same rules as playing it, including the network-path preference.
     *
     * @throws PlaybackProblem naming the media and why it is refused or missing
     */
    public MediaLocation openable(String media) {
        try {
            return launcher.get().check(media);
        } catch (PlayerException e) {
            throw translate(e);
        }
    }

    /** An http(s) link for the browser ("Open link"); anything else is a {@link PlaybackProblem}. */
    public MediaLocation webLink(String media) {
        try {
            return MediaCheck.link(media);
        } catch (PlayerException e) {
            throw translate(e);
        }
    }

    /** Where playback starts: the asked position, else the resume position of an in-progress talk. */
    static Duration startOf(Talk first, PlayOptions options) {
        if (options.from() != null) {
            return options.from();
        }
        WatchState w = first.watch();
        if (w.status() == WatchStatus.IN_PROGRESS && w.position() != null) {
            return w.position();
        }
        return Duration.ZERO;
    }

    private static PlaybackProblem translate(PlayerException e) {
        if (e instanceof PlayerNotFoundException) {
            return new PlaybackProblem(PlaybackProblem.Kind.PLAYER_MISSING, e.getMessage(), null, e);
        }
        if (e instanceof MediaRefusedException) {
            return new PlaybackProblem(PlaybackProblem.Kind.MEDIA_REFUSED, e.getMessage(), null, e);
        }
        if (e instanceof MediaMissingException missing) {
            return new PlaybackProblem(PlaybackProblem.Kind.MEDIA_MISSING, e.getMessage(), missing.file(), e);
        }
        return new PlaybackProblem(PlaybackProblem.Kind.PLAYER_FAILED, e.getMessage(), null, e);
    }
}
