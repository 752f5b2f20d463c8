package dev.talkshelf.ui.shared;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.player.PlaybackHandle;
import dev.talkshelf.player.PlaybackListener;
import dev.talkshelf.player.PlaybackReport;
import dev.talkshelf.service.PlayOptions;
import dev.talkshelf.service.PlayService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plays through the play service: one talk in the configured player, its progress stored as it goes. Remembers
 * which player is playing which talk, so the read-along view can follow it and move it to a cue.
 */
public final class ServicePlayback implements Playback {
    private final PlayService player;
    private final List<PositionListener> positions = new CopyOnWriteArrayList<>();
    private final Map<TalkId, AtomicReference<PlaybackHandle>> playing = new ConcurrentHashMap<>();

    public ServicePlayback(PlayService player) {
        this.player = player;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void play(Talk talk, Duration from, Runnable progressed, Runnable ended) {
        PlayOptions options = from == null ? PlayOptions.RESUME : PlayOptions.at(from);
        AtomicReference<PlaybackHandle> handle = new AtomicReference<>();
        PlayService.Playback started = player.play(List.of(talk.id()), options, new PlaybackListener() {
            @Override
            public void progress(TalkId id, Duration position, Duration duration) {
                moved(id, position, handle);
                progressed.run();
            }

            @Override
            public void finished(PlaybackReport report) {
                stopped(report.talk(), handle);
                ended.run();
            }
        });
        handle.set(started.handle());
    }

    @Override
    public void playAll(List<Talk> talks, Runnable ended) {
        List<TalkId> ids = talks.stream().map(Talk::id).toList();
        AtomicReference<PlaybackHandle> handle = new AtomicReference<>();
        PlayService.Playback started = player.play(ids, PlayOptions.RESUME, new PlaybackListener() {
            @Override
            public void progress(TalkId id, Duration position, Duration duration) {
                moved(id, position, handle);
            }

            @Override
            public void finished(PlaybackReport report) {
                stopped(report.talk(), handle);
                ended.run();
            }
        });
        handle.set(started.handle());
    }

    private void moved(TalkId id, Duration position, AtomicReference<PlaybackHandle> handle) {
        playing.put(id, handle);
        positions.forEach(l -> l.moved(id, position));
    }

    private void stopped(TalkId id, AtomicReference<PlaybackHandle> handle) {
        playing.remove(id, handle);
        positions.forEach(l -> l.stopped(id));
    }

    @Override
    public void addPositionListener(PositionListener listener) {
        positions.add(listener);
    }

    @Override
    public boolean seek(TalkId talk, Duration at) {
        AtomicReference<PlaybackHandle> handle = playing.get(talk);
        PlaybackHandle h = handle == null ? null : handle.get();
        return h != null && h.seek(at);
    }
}
