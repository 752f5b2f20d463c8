package dev.talkshelf.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The CPU time this process and the calling thread have used so far, for the start's log line: on a shared machine
 * the wall time to the first rows is mostly waiting, the CPU spent on the way much less so.
 */
final class CpuSoFar {
    private CpuSoFar() {
    }

    /** e.g. "CPU 2,210 ms, this thread 812 ms"; what the system does not say is left out (empty: nothing known). */
    static String describe() {
        Optional<Duration> process = ProcessHandle.current().info().totalCpuDuration();
        Optional<Long> thread = threadNanos();
        StringBuilder text = new StringBuilder();
        process.ifPresent(d -> text.append(String.format("CPU %,d ms", d.toMillis())));
        thread.ifPresent(ns -> text.append(text.length() == 0 ? "" : ", ").append(String.format("this thread %,d ms", ns / 1_000_000)));
        return text.toString();
    }

    /** Linux's per-thread scheduler figures: the first is the time on a CPU, in nanoseconds. */
    private static Optional<Long> threadNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/schedstat")).strip();
            return Optional.of(Long.parseLong(stat.substring(0, stat.indexOf(' '))));
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }
}
