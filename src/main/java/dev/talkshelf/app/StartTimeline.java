package dev.talkshelf.app;

import dev.talkshelf.catalog.ProcessStart;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * When each step of a window start happened, in milliseconds after the process was launched, written to the log as
 * one line once the first rows are on screen (docs/performance.md reads its figures from it). Steps come from several
 * threads (the library opens beside the toolkit), so marks are kept in the order they happen.
 */
final class StartTimeline {
    private final long launchedMillis;
    private final LongSupplier clock;
    private final List<String> marks = new ArrayList<>();

    StartTimeline(long launchedMillis, LongSupplier clock) {
        this.launchedMillis = launchedMillis;
        this.clock = clock;
    }

    /**
     * From this process's launch, so a native launcher's own time and the JVM's boot count too: on Linux by the
     * system's uptime clock, to 10 ms ({@link ProcessStart#launchedMillisOfThisProcess}); elsewhere
     * {@code ProcessHandle}'s start instant, or the JVM's start.
     */
    static StartTimeline ofThisProcess() {
        long launched = ProcessStart.launchedMillisOfThisProcess()
                .orElseGet(() -> java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        return new StartTimeline(launched, System::currentTimeMillis);
    }

    /** Milliseconds since the launch. */
    long sinceLaunch() {
        return clock.getAsLong() - launchedMillis;
    }

    synchronized void mark(String step) {
        marks.add(step + " " + sinceLaunch());
    }

    /** "main 180, toolkit 520, …": each step and when it happened. */
    synchronized String summary() {
        return String.join(", ", marks);
    }
}
