package dev.talkshelf.player;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A player started without tracking: only its process is known, and nothing is reported. */
final class LaunchedPlayer implements PlaybackHandle {

    private final PlayerKind kind;
    private final Process process;

    LaunchedPlayer(PlayerKind kind, Process process) {
        this.kind = kind;
        this.process = process;
    }

    @Override
    public PlayerKind player() {
        return kind;
    }

    @Override
    public boolean tracked() {
        return false;
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public int awaitExit() throws InterruptedException {
        return process.waitFor();
    }

    @Override
    public boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        process.destroy();
    }
}
