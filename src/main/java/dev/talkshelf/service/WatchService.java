package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.ProgressStats;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TopicProgress;
import dev.talkshelf.model.WeekHours;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.model.WatchThreshold;
import dev.talkshelf.player.PlaybackOutcome;
import dev.talkshelf.player.PlaybackReport;
import java.time.Clock;
import java.time.Duration;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;

/** Watch state: marks by hand, and what players report (positions, sessions, finishing a talk). */
public final class WatchService {
    private final Database db;
    private final TalkStore talks;
    private final HistoryStore history;
    private final EditHistory edits;
    private final Clock clock;
    private final Supplier<WatchThreshold> threshold;
    private final ProgressStats stats;

    public WatchService(Database db, TalkStore talks, HistoryStore history, EditHistory edits, Clock clock,
                        Supplier<WatchThreshold> threshold) {
        this(db, talks, history, edits, clock, threshold, new ProgressStats(db));
    }

    public WatchService(Database db, TalkStore talks, HistoryStore history, EditHistory edits, Clock clock,
                        Supplier<WatchThreshold> threshold, ProgressStats stats) {
        this.stats = stats;
        this.db = db;
        this.talks = talks;
        this.history = history;
        this.edits = edits;
        this.clock = clock;
        this.threshold = threshold;
    }

    public WatchThreshold threshold() {
        return threshold.get();
    }

    /** Marks many talks at once; one undo puts all of them back. */
    public void mark(List<TalkId> ids, WatchStatus status) {
        List<Talk> before = ExistingTalks.require(talks, ids);
        Instant now = clock.instant();
        db.write(c -> {
            for (Talk t : before) {
                talks.setWatch(t.id(), marked(t.watch(), status, now));
            }
            return null;
        });
        edits.record(new SimpleEdit("mark " + LibraryService.plural(before.size()) + " " + status.label(), () -> db.write(c -> {
            before.forEach(t -> talks.setWatch(t.id(), t.watch()));
            return null;
        })));
    }

    /** What marking by hand does to a state: finishing counts once more, resetting forgets the position. */
    static WatchState marked(WatchState old, WatchStatus status, Instant now) {
        return switch (status) {
            case WATCHED -> old.status() == WatchStatus.WATCHED ? old
                    : new WatchState(WatchStatus.WATCHED, null, now, old.timesWatched() + 1, old.lastPlayedAt());
            case UNWATCHED -> new WatchState(WatchStatus.UNWATCHED, null, old.watchedAt(), old.timesWatched(), old.lastPlayedAt());
            case IN_PROGRESS -> new WatchState(WatchStatus.IN_PROGRESS, old.position() == null ? Duration.ZERO : old.position(),
                    old.watchedAt(), old.timesWatched(), old.lastPlayedAt());
            case SKIPPED -> new WatchState(WatchStatus.SKIPPED, old.position(), old.watchedAt(), old.timesWatched(), old.lastPlayedAt());
        };
    }

    /** A player's live report: moves the resume position without writing history. */
    public void progress(TalkId id, Duration position) {
        Talk t = talks.get(id).orElse(null);
        if (t == null || position == null) {
            return;
        }
        WatchState w = t.watch();
        WatchStatus status = w.status() == WatchStatus.WATCHED ? WatchStatus.WATCHED : WatchStatus.IN_PROGRESS;
        talks.setWatch(id, new WatchState(status, position, w.watchedAt(), w.timesWatched(), clock.instant()));
    }

    /**
     * A finished sitting with a talk: kept in the history, and the talk becomes watched past the threshold
     * (or at the end of the file), in progress at {@code to} otherwise.
     */
    public WatchState recordSession(TalkId id, Instant started, Duration from, Duration to, Duration duration, boolean reachedEnd) {
        return record(new PlaybackReport(id, started, from, to, duration, reachedEnd));
    }

    /** What a player saw of a talk, stored: the session in the history and the resulting state. */
    public WatchState record(PlaybackReport report) {
        TalkId id = report.talk();
        Duration duration = report.duration();
        return db.write(c -> {
            Talk t = ExistingTalks.require(talks, id);
            history.add(id, report.session());
            if (duration != null && t.duration() == null) {
                talks.setDurationIfUnknown(id, duration);
            }
            Duration length = duration != null ? duration : t.duration();
            WatchState w = t.watch();
            Instant now = clock.instant();
            WatchState next;
            PlaybackReport known = new PlaybackReport(id, report.started(), report.from(), report.to(), length, report.reachedEnd());
            if (PlaybackOutcome.decide(known, threshold.get()).watched()) {
                next = new WatchState(WatchStatus.WATCHED, null, now, w.timesWatched() + 1, now);
            } else {
                next = new WatchState(WatchStatus.IN_PROGRESS, report.to(), w.watchedAt(), w.timesWatched(), now);
            }
            talks.setWatch(id, next);
            return next;
        });
    }

    public List<WatchSession> history(TalkId id) {
        return history.of(id);
    }

    /**
     * Time watched in each of the last {@code weeks} weeks (Monday to Sunday in the clock's zone), oldest first,
     * the current week last; weeks without a session are there with zero.
     */
    public List<WeekHours> hoursPerWeek(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1");
        }
        LocalDate thisMonday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(weeks - 1L);
        Instant since = first.atStartOfDay(clock.getZone()).toInstant();
        Map<Integer, Duration> found = stats.watchedPerWeek(since);
        List<WeekHours> result = new ArrayList<>();
        for (int i = 0; i < weeks; i++) {
            result.add(new WeekHours(first.plusWeeks(i), found.getOrDefault(i, Duration.ZERO)));
        }
        return result;
    }

    /** Watched and unwatched talks under each top-level topic, biggest topic first. */
    public List<TopicProgress> progressByTopic() {
        return stats.topLevelTopics();
    }

    /** Time spent watching, over all recorded sessions. */
    public Duration watchedInAll() {
        return stats.watchedInAll();
    }
}
