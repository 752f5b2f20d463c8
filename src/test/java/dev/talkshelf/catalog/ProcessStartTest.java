package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProcessStartTest {
    @Test
    void anotherJvmReadsExactlyTheSameStartOfAProcess() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "120").start();
        try {
            long here = ProcessStart.of(sleeper.pid()).orElseThrow().value();
            Process child = ChildJvm.start(ProcessStartChild.class, Map.of(), Long.toString(sleeper.pid()));
            String line;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                line = out.readLine();
            }
            assertTrue(child.waitFor(60, TimeUnit.SECONDS));

            assertEquals(here, Long.parseLong(line.strip()));
        } finally {
            sleeper.destroyForcibly();
            sleeper.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessStartedLaterHasALaterStart() throws Exception {
        ProcessStart self = ProcessStart.current().orElseThrow();
        Thread.sleep(50);
        Process sleeper = new ProcessBuilder("sleep", "120").start();
        try {
            ProcessStart later = ProcessStart.of(sleeper.pid()).orElseThrow();

            assertTrue(later.value() > self.value(), later + " after " + self);
            assertFalse(later.sameAs(self.value()));
        } finally {
            sleeper.destroyForcibly();
            sleeper.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessThatEndedHasNoStart() throws Exception {
        Process done = new ProcessBuilder("true").start();
        assertTrue(done.waitFor(10, TimeUnit.SECONDS));

        assertEquals(Optional.empty(), ProcessStart.of(done.pid()));
    }

    @Test
    void aStartIsTheSameOnlyAsTheSameNumberOfTheSameKind() {
        ProcessStart ticks = new ProcessStart(3_309_330, true);

        assertTrue(ticks.sameAs(3_309_330));
        assertFalse(ticks.sameAs(3_309_329));
        assertFalse(ticks.sameAs(1_764_800_000_000L), "a legacy epoch-ms start is isStartOf's to compare");
        assertFalse(new ProcessStart(1_764_800_000_000L, false).sameAs(1_764_800_000_001L));
    }

    @Test
    void aStartAnEarlierVersionStoredInEpochMillisIsComparedWithinSeconds() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "120").start();
        try {
            long legacy = sleeper.info().startInstant().orElseThrow().toEpochMilli();

            assertTrue(ProcessStart.isStartOf(sleeper.pid(), legacy + 1_000));
            assertFalse(ProcessStart.isStartOf(sleeper.pid(), legacy - 3_600_000), "a pid reused since an hour ago");
        } finally {
            sleeper.destroyForcibly();
            sleeper.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theLaunchIsTheUptimeAtTheProcessStartOnTheWallClock() {
        // starttime (field 22) 3309330 ticks = 33,093.30 s after boot; the system is up 33,100.55 s: 7.25 s ago.
        String stat = "18354 (a name) with spaces) R 18351 18351 16065 0 -1 4194304 125 0 0 0 0 0 0 0 20 0 1 0 3309330 3133440 386";

        assertEquals(OptionalLong.of(3_309_330), ProcessStart.startTicks(stat));
        assertEquals(OptionalLong.of(100_000 - 7_250), ProcessStart.launchedMillis(stat, "33100.55 13044.65\n", 100_000));
    }

    @Test
    void statLinesThatDoNotParseGiveNoLaunch() {
        assertEquals(OptionalLong.empty(), ProcessStart.launchedMillis("18354 (cat) R 1 2 3", "33100.55 1.0", 100_000));
        assertEquals(OptionalLong.empty(), ProcessStart.launchedMillis("no name at all", "33100.55 1.0", 100_000));
        assertEquals(OptionalLong.empty(), ProcessStart.startTicks("18354 (cat) R 1 2 3"));
    }
}
