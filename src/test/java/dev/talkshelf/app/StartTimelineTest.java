package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StartTimelineTest {
    @Test
    void stepsAreListedInTheOrderTheyHappenedInMillisecondsAfterTheLaunch() {
        AtomicLong now = new AtomicLong(10_000);
        StartTimeline timeline = new StartTimeline(9_800, now::get);

        timeline.mark("main");
        now.set(10_450);
        timeline.mark("toolkit");
        now.set(10_900);

        assertEquals("main 200, toolkit 650", timeline.summary());
        assertEquals(1_100, timeline.sinceLaunch());
    }

    @Test
    void thisProcessWasLaunchedBeforeItsTimelineWasMade() {
        StartTimeline timeline = StartTimeline.ofThisProcess();

        long since = timeline.sinceLaunch();
        assertTrue(since > 0 && since < 3_600_000, "launched " + since + " ms ago");
    }

    @Test
    void aChildProcessIsLaunchedAfterItWasAskedForAndBeforeItAnswers() throws Exception {
        long asked = System.currentTimeMillis();
        Process child = ChildJvm.start(LaunchTimeChild.class, Map.of());
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            line = out.readLine();
        }
        long answered = System.currentTimeMillis();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));

        long launched = Long.parseLong(line.strip());
        // /proc counts in hundredths of a second: 20 ms either side of the truth. ProcessHandle's start instant was
        // 0.67 s before the request on the development machine (the boot time it adds is in whole seconds).
        assertTrue(launched >= asked - 20, "launched " + (asked - launched) + " ms before it was asked for");
        assertTrue(launched <= answered + 20, "launched " + (launched - answered) + " ms after it answered");
    }

    @Test
    void theLaunchIsTheUptimeAtTheProcessStartOnTheWallClock() {
        // starttime (field 22) 3309330 ticks = 33,093.30 s after boot; the system is up 33,100.55 s: 7.25 s ago.
        String stat = "18354 (a name) with spaces) R 18351 18351 16065 0 -1 4194304 125 0 0 0 0 0 0 0 20 0 1 0 3309330 3133440 386";

        assertEquals(OptionalLong.of(100_000 - 7_250), StartTimeline.launchedMillis(stat, "33100.55 13044.65\n", 100_000));
    }

    @Test
    void statLinesThatDoNotParseGiveNoLaunch() {
        assertEquals(OptionalLong.empty(), StartTimeline.launchedMillis("18354 (cat) R 1 2 3", "33100.55 1.0", 100_000));
        assertEquals(OptionalLong.empty(), StartTimeline.launchedMillis("no name at all", "33100.55 1.0", 100_000));
    }
}
