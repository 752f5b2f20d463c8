package dev.talkshelf.ui.shared;

import dev.talkshelf.model.Talk;
import java.time.Duration;

/** A player that starts nothing: it hands what the window asked for, and the window's callbacks, to the test. */
public final class FakePlayback implements Playback {
    /** What a test does when the window plays a talk: check it, keep the callbacks, or throw a playback problem. */
    public interface OnPlay {
        void play(Talk talk, Runnable progressed, Runnable ended);
    }

    private final OnPlay onPlay;

    public FakePlayback(OnPlay onPlay) {
        this.onPlay = onPlay;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void play(Talk talk, Duration from, Runnable progressed, Runnable ended) {
        onPlay.play(talk, progressed, ended);
    }
}
