package dev.talkshelf.player;

import dev.talkshelf.model.TalkId;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * How far the reported stop position is from where mpv was told to stop, and how long a sitting takes to
 * start and report, at several speeds. Prints figures; fails on nothing. A {@code -Dtest} pattern overrides
 * the pom's exclusion of benchmarks, hence the property: {@code mvn -o test -Dtest=MpvAccuracyBenchmark -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@ExtendWith(RealMpv.class)
class MpvAccuracyBenchmark {

    private static final System.Logger LOG = System.getLogger(MpvAccuracyBenchmark.class.getName());

    @TempDir
    Path dir;

    @Test
    void stopPositionAccuracy() throws Exception {
        Path clip = Clips.make(dir, "talk.mp4", 30);
        for (int speed : new int[] {1, 4, 8}) {
            for (double end : new double[] {3.0, 7.5}) {
                RecordingListener listener = new RecordingListener();
                long t0 = System.nanoTime();
                MpvSession session = MpvSession.start(RealMpv.mpv(), List.of(new PlayItem(TalkId.of(1), clip.toString())),
                        Duration.ZERO, List.of("--no-config", "--vo=null", "--ao=null", "--end=" + end, "--speed=" + speed),
                        listener, Clock.systemUTC(), Duration.ofSeconds(30));
                session.awaitExit();
                long wallMillis = (System.nanoTime() - t0) / 1_000_000;
                PlaybackReport r = listener.reports.get(0);
                double to = r.to().toMillis() / 1000.0;
                LOG.log(Level.INFO, String.format("speed %d, --end=%.1f: to=%.3f s (error %+.3f s), from=%.3f s, "
                                + "duration=%.3f s, wall %d ms, %d progress calls", speed, end, to, to - end,
                        r.from().toMillis() / 1000.0, r.duration().toMillis() / 1000.0, wallMillis, listener.progress.size()));
            }
        }
    }
}
