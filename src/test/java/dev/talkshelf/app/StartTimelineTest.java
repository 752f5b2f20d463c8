package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
