package dev.talkshelf.ui.shared;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A player that starts nothing: it hands what the window asked for, and the window's callbacks, to the test. A
 * test plays the player's part in reporting positions ({@link #report}, {@link #stop}); seeks are recorded.
 */
public final class FakePlayback implements Playback {
    /** What a test does when the window plays a talk: check it, keep the callbacks, or throw a playback problem. */
    public interface OnPlay {
        void play(Talk talk, Runnable progressed, Runnable ended);
    }

    /** A talk started, or a player moved, at a time: what the window asked of the player. */
    public record Asked(TalkId talk, Duration at) {
    }

    private final OnPlay onPlay;
    private final List<PositionListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<TalkId, Duration> playing = new ConcurrentHashMap<>();
    private final List<Asked> started = new CopyOnWriteArrayList<>();
    private final List<Asked> seeks = new CopyOnWriteArrayList<>();

    public FakePlayback(OnPlay onPlay) {
        this.onPlay = onPlay;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void play(Talk talk, Duration from, Runnable progressed, Runnable ended) {
        started.add(new Asked(talk.id(), from));
        onPlay.play(talk, progressed, ended);
    }

    /** Records each talk as started where it was left, in order, and plays the first as {@link #play} does. */
    @Override
    public void playAll(List<Talk> talks, Runnable ended) {
        talks.forEach(t -> started.add(new Asked(t.id(), null)));
        onPlay.play(talks.get(0), () -> { }, ended);
    }

    /** The player reports {@code talk} playing at {@code position}, as mpv does about once a second. */
    public void report(TalkId talk, Duration position) {
        playing.put(talk, position);
        listeners.forEach(l -> l.moved(talk, position));
    }

    /** The player stopped playing {@code talk}. */
    public void stop(TalkId talk) {
        playing.remove(talk);
        listeners.forEach(l -> l.stopped(talk));
    }

    @Override
    public void addPositionListener(PositionListener listener) {
        listeners.add(listener);
    }

    @Override
    public boolean seek(TalkId talk, Duration at) {
        if (!playing.containsKey(talk)) {
            return false;
        }
        seeks.add(new Asked(talk, at));
        report(talk, at);
        return true;
    }

    /** Every play the window started, in order, with the time it asked for (null: where the user left off). */
    public List<Asked> started() {
        return List.copyOf(started);
    }

    /** Every seek of a playing player, in order. */
    public List<Asked> seeks() {
        return List.copyOf(seeks);
    }
}
