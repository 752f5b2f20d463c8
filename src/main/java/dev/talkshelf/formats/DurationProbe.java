package dev.talkshelf.formats;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Finds how long a local video file plays; empty when it cannot tell. */
@FunctionalInterface
public interface DurationProbe {
    DurationProbe NONE = file -> Optional.empty();

    Optional<Duration> duration(Path file);
}
