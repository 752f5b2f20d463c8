package dev.talkshelf.service;

import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.player.PlaybackListener;
import dev.talkshelf.player.PlaybackReport;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes down what one playback reports, then passes it on. It remembers, per talk, the status the playback found
 * when it began and, from then on, the status it set itself; a report moves the status only while the talk still
 * has that one, so a status the user sets by hand while the talk plays (here or in another TalkShelf) wins.
 */
final class PlaybackRecorder implements PlaybackListener {
    private static final System.Logger LOG = System.getLogger(PlaybackRecorder.class.getName());

    private final WatchService watch;
    private final TalkStore talks;
    private final PlaybackListener observer;
    private final List<PlayService.Recorded> recorded;
    private final Map<TalkId, WatchStatus> expected = new ConcurrentHashMap<>();

    /** {@code found}: the talks to be played, as loaded just before the player starts. */
    PlaybackRecorder(WatchService watch, TalkStore talks, List<Talk> found, PlaybackListener observer,
                     List<PlayService.Recorded> recorded) {
        this.watch = watch;
        this.talks = talks;
        this.observer = observer;
        this.recorded = recorded;
        found.forEach(t -> expected.putIfAbsent(t.id(), t.status()));
    }

    @Override
    public void progress(TalkId talk, Duration position, Duration duration) {
        try {
            watch.progress(talk, position, expected.get(talk)).ifPresent(set -> expected.put(talk, set));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not store playback position", e);
        }
        observer.progress(talk, position, duration);
    }

    @Override
    public void finished(PlaybackReport report) {
        try {
            var state = watch.record(report, expected.get(report.talk()));
            // A next sitting with the same talk (a playlist holding it twice) begins from what this one left.
            expected.put(report.talk(), state.status());
            talks.get(report.talk()).ifPresent(t -> recorded.add(new PlayService.Recorded(t, report, state)));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not store a watch session", e);
        }
        observer.finished(report);
    }
}
