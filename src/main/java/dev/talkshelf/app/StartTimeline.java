package dev.talkshelf.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * When each step of a window start happened, in milliseconds after the process was launched, written to the log as
 * one line once the first rows are on screen (docs/performance.md reads its figures from it). Steps come from several
 * threads (the library opens beside the toolkit), so marks are kept in the order they happen.
 */
final class StartTimeline {
    /** The unit of a process's start time in {@code /proc/self/stat}: USER_HZ, 100 on Linux. */
    private static final long TICKS_PER_SECOND = 100;
    private final long launchedMillis;
    private final LongSupplier clock;
    private final List<String> marks = new ArrayList<>();

    StartTimeline(long launchedMillis, LongSupplier clock) {
        this.launchedMillis = launchedMillis;
        this.clock = clock;
    }

    /**
     * From this process's launch, so a native launcher's own time and the JVM's boot count too. On Linux from
     * {@code /proc}: how long ago the process started, by the system's uptime clock (to 10 ms). Not
     * {@code ProcessHandle}'s start instant: it adds the start to the boot time, which Linux gives in whole seconds,
     * so it is up to a second early (0.67 s on the development machine: every start looked that much slower).
     * Elsewhere, that instant, or the JVM's start.
     */
    static StartTimeline ofThisProcess() {
        long launched = fromProc().orElseGet(() -> ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .orElseGet(() -> java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        return new StartTimeline(launched, System::currentTimeMillis);
    }

    private static OptionalLong fromProc() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String uptime = Files.readString(Path.of("/proc/uptime"));
            // The wall clock right after the uptime: the first file read of a fresh JVM takes tens of milliseconds.
            return launchedMillis(stat, uptime, System.currentTimeMillis());
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * When the process of {@code stat} (a {@code /proc/PID/stat} line) was launched, on the wall clock, given the
     * system's {@code uptime} ({@code /proc/uptime}) read at {@code nowMillis}; empty if either does not parse.
     */
    static OptionalLong launchedMillis(String stat, String uptime, long nowMillis) {
        // The command name (field 2) is in parentheses and may hold spaces: fields are counted after its ')'.
        int close = stat.lastIndexOf(')');
        String[] fields = close < 0 ? new String[0] : stat.substring(close + 1).trim().split("\\s+");
        String[] up = uptime.trim().split("\\s+");
        // After the name: state is field 3, so starttime (field 22) is the 20th.
        if (fields.length < 20 || up.length < 1) {
            return OptionalLong.empty();
        }
        try {
            long startedTicks = Long.parseLong(fields[19]);
            long upMillis = Math.round(Double.parseDouble(up[0]) * 1000);
            long agoMillis = upMillis - startedTicks * 1000 / TICKS_PER_SECOND;
            return agoMillis < 0 ? OptionalLong.empty() : OptionalLong.of(nowMillis - agoMillis);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
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
