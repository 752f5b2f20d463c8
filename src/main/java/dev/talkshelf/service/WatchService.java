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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
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

    /**
     * Marks many talks at once, each from its state as stored at that moment; one undo puts back those whose
     * status is still the one this mark set.
     */
    public void mark(List<TalkId> ids, WatchStatus status) {
        List<Talk> named = ExistingTalks.require(talks, ids);
        Instant now = clock.instant();
        Map<TalkId, WatchEdit.Change> changes = db.write(c -> {
            Map<TalkId, WatchEdit.Change> done = new LinkedHashMap<>();
            for (Talk t : named) {
                WatchState before = ExistingTalks.require(talks, t.id()).watch();
                WatchState after = marked(before, status, now);
                talks.setWatch(t.id(), after);
                done.put(t.id(), new WatchEdit.Change(before, after));
            }
            return done;
        });
        edits.record(new WatchEdit(db, talks, "mark " + LibraryService.plural(named.size()) + " " + status.label(), changes));
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

    /** A player's live report from a playback that found the talk as it is now: see {@link #progress(TalkId, Duration, WatchStatus)}. */
    public void progress(TalkId id, Duration position) {
        progress(id, position, null);
    }

    /**
     * A player's live report: moves the resume position without writing history. {@code expected} is the status
     * this playback found when it began, or last set itself (null: whatever the talk has now). Only while the talk
     * still has that status does the report move it (to in progress; a watched talk stays watched). A status set
     * by hand since playback began, here or in another TalkShelf, wins: the report then only notes when the talk
     * was last played, and the position too if the talk is in progress.
     *
     * @return the status this report set, which the playback expects from now on; empty when the talk is gone or a
     *         status set by hand stood
     */
    public Optional<WatchStatus> progress(TalkId id, Duration position, WatchStatus expected) {
        if (position == null) {
            return Optional.empty();
        }
        return db.write(c -> {
            Talk t = talks.get(id).orElse(null);
            if (t == null) {
                return Optional.empty();
            }
            WatchState w = t.watch();
            Instant now = clock.instant();
            if (expected == null || w.status() == expected) {
                WatchStatus status = w.status() == WatchStatus.WATCHED ? WatchStatus.WATCHED : WatchStatus.IN_PROGRESS;
                talks.setWatch(id, new WatchState(status, position, w.watchedAt(), w.timesWatched(), now));
                return Optional.of(status);
            }
            Duration kept = w.status() == WatchStatus.IN_PROGRESS ? position : w.position();
            talks.setWatch(id, new WatchState(w.status(), kept, w.watchedAt(), w.timesWatched(), now));
            return Optional.empty();
        });
    }

    /**
     * A finished sitting with a talk: kept in the history, and the talk becomes watched past the threshold
     * (or at the end of the file), in progress at {@code to} otherwise.
     */
    public WatchState recordSession(TalkId id, Instant started, Duration from, Duration to, Duration duration, boolean reachedEnd) {
        return record(new PlaybackReport(id, started, from, to, duration, reachedEnd));
    }

    /** What a player saw of a talk, from a playback that found the talk as it is now: see {@link #record(PlaybackReport, WatchStatus)}. */
    public WatchState record(PlaybackReport report) {
        return record(report, null);
    }

    /**
     * What a player saw of a talk, stored: the session always goes into the history. While the talk still has the
     * status {@code expected} (what the playback found at its start or last set itself; null: whatever it has now),
     * the sitting decides the state: watched past the threshold, in progress at its end otherwise. A status set by
     * hand since playback began stands, as for {@link #progress(TalkId, Duration, WatchStatus)}.
     */
    public WatchState record(PlaybackReport report, WatchStatus expected) {
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
            if (expected != null && w.status() != expected) {
                Duration kept = w.status() == WatchStatus.IN_PROGRESS ? report.to() : w.position();
                next = new WatchState(w.status(), kept, w.watchedAt(), w.timesWatched(), now);
            } else if (PlaybackOutcome.decide(known, threshold.get()).watched()) {
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
