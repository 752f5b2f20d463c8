package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TopicProgress;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.model.WeekHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's figures: hours per week from the sessions, watched per top-level topic (the clock stands at Saturday 2025-03-01). */
class ProgressFiguresTest extends OnTestLibrary {
    @Test
    void sessionsAddUpInTheWeekTheyStartedAndEmptyWeeksAreZero() {
        TalkId a = lib.talk("Alpha", 60);
        lib.watch.recordSession(a, Instant.parse("2025-02-25T20:00:00Z"), Duration.ZERO, Duration.ofMinutes(30), null, false);
        lib.watch.recordSession(a, Instant.parse("2025-02-27T20:00:00Z"), Duration.ofMinutes(30), Duration.ofMinutes(60), null, true);
        lib.watch.recordSession(a, Instant.parse("2025-02-12T20:00:00Z"), Duration.ZERO, Duration.ofMinutes(45), null, false);

        List<WeekHours> weeks = lib.watch.hoursPerWeek(4);

        assertEquals(4, weeks.size());
        assertEquals(LocalDate.parse("2025-02-24"), weeks.get(3).monday());
        assertEquals(Duration.ofMinutes(60), weeks.get(3).watched());
        assertEquals(Duration.ZERO, weeks.get(2).watched());
        assertEquals(Duration.ofMinutes(45), weeks.get(1).watched());
        assertEquals(Duration.ofMinutes(105), lib.watch.watchedInAll());
    }

    @Test
    void aSubtopicCountsForItsTopLevelTopic() {
        TalkId a = lib.talks.insert(Talk.titled("Typing").withTags(List.of("python/typing")), null);
        lib.talks.insert(Talk.titled("Asyncio").withTags(List.of("python")), null);
        lib.talks.insert(Talk.titled("Ownership").withTags(List.of("rust")), null);
        lib.watch.mark(List.of(a), WatchStatus.WATCHED);

        List<TopicProgress> topics = lib.watch.progressByTopic();

        assertEquals(List.of(new TopicProgress("python", 1, 2), new TopicProgress("rust", 0, 1)), topics);
    }
}
