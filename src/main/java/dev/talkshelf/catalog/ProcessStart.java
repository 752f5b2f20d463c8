package dev.talkshelf.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * When a process started, as one number that every reading of that process gives alike: on Linux its start in clock
 * ticks since boot, from {@code /proc/PID/stat} (field 22), which the kernel fixes when the process is made. Not
 * {@code ProcessHandle}'s start instant there: Java adds those ticks to the boot time {@code /proc/stat} gives in whole
 * seconds, derived from the wall clock, so it is up to a second early and two JVMs can read one process a second
 * apart. Where there is no {@code /proc}, that instant in epoch milliseconds (macOS and Windows keep a process's start
 * time itself, to the microsecond). {@code bootTicks} says which of the two {@code value} is.
 */
public record ProcessStart(long value, boolean bootTicks) {
    /** The unit of {@code /proc/PID/stat}'s start time: USER_HZ, 100 on every Linux the JDK runs on. */
    static final long TICKS_PER_SECOND = 100;
    /**
     * Stored starts at or above this are epoch milliseconds (1973 on), which versions before this class stored on
     * Linux too; boot ticks reach it only after 30 years of uptime.
     */
    static final long EPOCH_MILLIS_FLOOR = 100_000_000_000L;
    /** How far two readings of one process's ProcessHandle start instant may differ: its boot time is whole seconds. */
    static final Duration EPOCH_MILLIS_SLACK = Duration.ofSeconds(5);

    /** This process's start. */
    public static Optional<ProcessStart> current() {
        return of(ProcessHandle.current().pid());
    }

    /** The start of process {@code pid}, empty when it is gone or the system does not say. */
    public static Optional<ProcessStart> of(long pid) {
        Optional<String> stat = readStat(pid);
        OptionalLong ticks = stat.isPresent() ? startTicks(stat.get()) : OptionalLong.empty();
        if (ticks.isPresent()) {
            return Optional.of(new ProcessStart(ticks.getAsLong(), true));
        }
        return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant()).map(i -> new ProcessStart(i.toEpochMilli(), false));
    }

    /**
     * Whether {@code stored}, a start this class gave for the same pid earlier (maybe in another process), is this
     * start: the same number. A start an earlier version stored in epoch milliseconds is {@link #isStartOf}'s case.
     */
    public boolean sameAs(long stored) {
        return value == stored;
    }

    /**
     * Whether process {@code pid}, alive now, is the one that stored {@code stored} as its start; true when the system
     * does not say. A start an earlier version stored in epoch milliseconds on Linux (ProcessHandle's instant, up to a
     * second off between readings) is compared with that instant within {@link #EPOCH_MILLIS_SLACK}, so a pid reused
     * since (after a reboot, say) is still told apart.
     */
    public static boolean isStartOf(long pid, long stored) {
        Optional<ProcessStart> now = of(pid);
        if (now.isEmpty()) {
            return true;
        }
        if (now.get().bootTicks() && stored >= EPOCH_MILLIS_FLOOR) {
            return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant())
                    .map(i -> Math.abs(i.toEpochMilli() - stored) <= EPOCH_MILLIS_SLACK.toMillis()).orElse(true);
        }
        return now.get().sameAs(stored);
    }

    /**
     * When this process was launched, on the wall clock in epoch milliseconds: on Linux how long ago it started by
     * the system's uptime clock ({@code /proc/uptime}, read just before the wall clock), to 10 ms; elsewhere
     * {@code ProcessHandle}'s start instant; empty if neither is known.
     */
    public static OptionalLong launchedMillisOfThisProcess() {
        long pid = ProcessHandle.current().pid();
        Optional<String> stat = readStat(pid);
        if (stat.isPresent()) {
            try {
                String uptime = Files.readString(Path.of("/proc/uptime"));
                // The wall clock right after the uptime: the first file read of a fresh JVM takes tens of milliseconds.
                OptionalLong launched = launchedMillis(stat.get(), uptime, System.currentTimeMillis());
                if (launched.isPresent()) {
                    return launched;
                }
            } catch (IOException | RuntimeException e) {
                // no uptime: fall back below
            }
        }
        return ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * When the process of {@code stat} (a {@code /proc/PID/stat} line) was launched, on the wall clock, given the
     * system's {@code uptime} ({@code /proc/uptime}) read at {@code nowMillis}; empty if either does not parse.
     */
    static OptionalLong launchedMillis(String stat, String uptime, long nowMillis) {
        OptionalLong ticks = startTicks(stat);
        String[] up = uptime.trim().split("\\s+");
        if (ticks.isEmpty() || up.length < 1) {
            return OptionalLong.empty();
        }
        try {
            long upMillis = Math.round(Double.parseDouble(up[0]) * 1000);
            long agoMillis = upMillis - ticks.getAsLong() * 1000 / TICKS_PER_SECOND;
            return agoMillis < 0 ? OptionalLong.empty() : OptionalLong.of(nowMillis - agoMillis);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The start time (field 22, clock ticks since boot) of a {@code /proc/PID/stat} line; empty if it does not parse. */
    static OptionalLong startTicks(String stat) {
        // The command name (field 2) is in parentheses and may hold spaces and ')': fields are counted after the last ')'.
        int close = stat.lastIndexOf(')');
        String[] fields = close < 0 ? new String[0] : stat.substring(close + 1).trim().split("\\s+");
        // After the name: state is field 3, so starttime (field 22) is the 20th.
        if (fields.length < 20) {
            return OptionalLong.empty();
        }
        try {
            long ticks = Long.parseLong(fields[19]);
            return ticks < 0 ? OptionalLong.empty() : OptionalLong.of(ticks);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Optional<String> readStat(long pid) {
        try {
            return Optional.of(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
