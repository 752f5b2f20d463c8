package dev.talkshelf.ui.dashboard;

import dev.talkshelf.model.PlaylistSummary;
import dev.talkshelf.model.TalkSummary;
import dev.talkshelf.model.TopicProgress;
import dev.talkshelf.model.WeekHours;
import dev.talkshelf.service.PlaylistService;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.service.WatchService;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.shared.UserErrors;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The progress dashboard: totals, watched per topic, hours per week and each playlist's progress. */
public final class DashboardViewModel {
    /** How many weeks the hours chart covers (about four months). */
    public static final int WEEKS = 16;
    /** Topics beyond this many (the smallest) are left out of the chart, which would become unreadable. */
    public static final int TOPICS = 12;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private final SearchService search;
    private final WatchService watch;
    private final PlaylistService playlists;
    private final TaskRunner tasks;
    private final UserErrors errors;
    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private long generation;

    /** Everything the dashboard shows, fetched in one go off the FX thread. */
    public record Figures(TalkSummary totals, Duration watchedTime, List<TopicProgress> topics, List<WeekHours> weeks,
                          List<PlaylistSummary> playlists) {
        public long unwatched() {
            return totals.talks() - totals.watched();
        }
    }

    public DashboardViewModel(SearchService search, WatchService watch, PlaylistService playlists, TaskRunner tasks, UserErrors errors) {
        this.search = search;
        this.watch = watch;
        this.playlists = playlists;
        this.tasks = tasks;
        this.errors = errors;
    }

    public void load() {
        long mine = ++generation;
        tasks.run(() -> new Figures(search.summary(""), watch.watchedInAll(), biggest(watch.progressByTopic(), TOPICS),
                watch.hoursPerWeek(WEEKS), playlists.list()), f -> {
                    if (mine == generation) {
                        figures.set(f);
                    }
                }, e -> errors.report("count your progress", e, this::load));
    }

    public ReadOnlyObjectProperty<Figures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** The {@code limit} topics with most talks, in the service's order (most first). */
    static List<TopicProgress> biggest(List<TopicProgress> topics, int limit) {
        return topics.stream().limit(limit).toList();
    }

    /** "12.5 h" or "40 min": hours for the totals, minutes below one hour. */
    public static String hours(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        double h = d.toMillis() / 3_600_000.0;
        return h >= 100 ? String.format(Locale.ROOT, "%d h", Math.round(h)) : String.format(Locale.ROOT, "%.1f h", h);
    }

    /**
     * The "left to watch" figure: the known time, or "?" when talks are left but none has a known length,
     * so a library of links without durations does not claim nothing is left.
     */
    public static String timeLeft(TalkSummary totals) {
        if (totals.remaining().isZero() && totals.watched() < totals.talks()) {
            return "?";
        }
        return hours(totals.remaining());
    }

    /** The label under a week's bar: its Monday, "3 Mar". */
    public static String weekLabel(WeekHours week) {
        return WEEK.format(week.monday());
    }

    /** "3 / 7 · 1 h 20 min left" under a playlist's bar. */
    public static String playlistLine(PlaylistSummary p) {
        if (p.isBroken()) {
            return "broken: its query cannot be run";
        }
        String left = p.remainingSeconds() > 0 ? " · " + dev.talkshelf.ui.shared.Durations.span(Duration.ofSeconds(p.remainingSeconds())) + " left" : "";
        return p.watched() + " / " + p.total() + left;
    }

    public static double fraction(PlaylistSummary p) {
        return p.total() == 0 ? 0 : (double) p.watched() / p.total();
    }
}
