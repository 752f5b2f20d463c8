package dev.talkshelf.player;

import dev.talkshelf.model.TalkId;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Keeps every call a session makes, with the wall time of each progress call. */
final class RecordingListener implements PlaybackListener {

    record Progress(TalkId talk, Duration position, Duration duration, long nanoTime) {
    }

    final List<Progress> progress = new CopyOnWriteArrayList<>();
    final List<PlaybackReport> reports = new CopyOnWriteArrayList<>();
    private final Duration progressWanted;
    private final CountDownLatch progressReached = new CountDownLatch(1);

    RecordingListener() {
        this(Duration.ZERO);
    }

    /** @param progressWanted the position at which {@link #awaitProgress} releases */
    RecordingListener(Duration progressWanted) {
        this.progressWanted = progressWanted;
    }

    @Override
    public void progress(TalkId talk, Duration position, Duration duration) {
        progress.add(new Progress(talk, position, duration, System.nanoTime()));
        if (position.compareTo(progressWanted) >= 0) {
            progressReached.countDown();
        }
    }

    @Override
    public void finished(PlaybackReport report) {
        reports.add(report);
    }

    boolean awaitProgress(Duration timeout) throws InterruptedException {
        return progressReached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    Duration lastProgress() {
        return progress.get(progress.size() - 1).position();
    }
}
