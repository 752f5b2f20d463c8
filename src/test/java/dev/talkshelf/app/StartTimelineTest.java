package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
}
