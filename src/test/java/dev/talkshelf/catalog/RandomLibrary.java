package dev.talkshelf.catalog;

import dev.talkshelf.model.PlaylistProgress;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * A real library file of seeded random talks in a temporary folder of its own, for property tests that share one library
 * across their tries: the same seed and mix always store the same talks, in the same order, at the same fixed time.
 */
final class RandomLibrary implements AutoCloseable {
    /** The time the library's clock stands at. */
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    /** The talks a test wants: the {@code i}-th drawn from {@code rnd}, the one generator of the whole library. */
    interface Mix {
        Talk talk(Random rnd, int i);
    }

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final Path dir;
    final Database db;
    final TalkStore talks;

    private RandomLibrary(String folder, long seed, int count, Mix mix) throws IOException {
        dir = Files.createTempDirectory(folder);
        db = Database.open(dir.resolve("library.talkshelf"), clock);
        talks = new TalkStore(db, clock);
        Random rnd = new Random(seed);
        for (int i = 0; i < count; i++) {
            talks.insert(mix.talk(rnd, i), null);
        }
    }

    /** A library of {@code count} talks of {@code mix} drawn from {@code new Random(seed)}, in a new folder named after {@code folder}. */
    static RandomLibrary of(String folder, long seed, int count, Mix mix) throws IOException {
        return new RandomLibrary(folder, seed, count, mix);
    }

    /**
     * {@code talk} with the columns the plan tests filter on, drawn from {@code rnd}: any status, in-progress talks at up to
     * 70 minutes (past the end of some); a year from 2015 to 2022 (none on one talk in eight); a length of 5 to 64 minutes
     * (none on one in six); a rating (none on one in {@code unratedOneIn}); added within {@code addedDays} days before
     * {@link #NOW}, to the hour (a short span gives talks added at the same moment).
     */
    static Talk withRandomColumns(Random rnd, Talk talk, int unratedOneIn, int addedDays) {
        WatchStatus status = WatchStatus.values()[rnd.nextInt(WatchStatus.values().length)];
        return talk.withYear(rnd.nextInt(8) == 0 ? null : 2015 + rnd.nextInt(8))
                .withDuration(rnd.nextInt(6) == 0 ? null : Duration.ofMinutes(5 + rnd.nextInt(60)))
                .withRating(rnd.nextInt(unratedOneIn) == 0 ? null : 1 + rnd.nextInt(5))
                .withAdded(NOW.minus(Duration.ofHours(rnd.nextInt(24 * addedDays))))
                .withWatch(watch(status, status == WatchStatus.IN_PROGRESS ? Duration.ofMinutes(rnd.nextInt(70)) : null));
    }

    /** A watch state with a status's counts: watched once when watched, last played {@link #NOW} unless unwatched. */
    static WatchState watch(WatchStatus status, Duration position) {
        return new WatchState(status, position, null, status == WatchStatus.WATCHED ? 1 : 0,
                status == WatchStatus.UNWATCHED ? null : NOW);
    }

    /** The talks plain SQLite finds for the filter's SQL over the talk rows, with no index chosen. */
    Set<TalkId> unindexed(TalkFilter filter) {
        return db.read(c -> {
            Set<TalkId> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.id FROM talk t NOT INDEXED WHERE " + filter.sql())) {
                Sql.bind(ps, filter.params());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(TalkId.of(rs.getLong(1)));
                    }
                }
            }
            return ids;
        });
    }

    /** A smart playlist's progress as plain SQLite counts it over the talk rows, with no index chosen. */
    PlaylistProgress referenceProgress(TalkFilter filter) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT count(*), total(t.status = 'watched'),
                           total(CASE WHEN t.status IN ('watched', 'skipped') THEN 0
                                      WHEN t.status = 'in-progress' THEN max(%1$s - %2$s, 0) ELSE %1$s END)
                      FROM talk t NOT INDEXED WHERE
                    """.formatted(SafeSums.millisOrZero("t.duration_ms"), SafeSums.millisOrZero("t.position_ms")) + filter.sql())) {
                Sql.bind(ps, filter.params());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new PlaylistProgress((int) rs.getDouble(2), rs.getInt(1), Duration.ofMillis((long) rs.getDouble(3)).toSeconds());
                }
            }
        });
    }

    @Override
    public void close() throws IOException {
        db.close();
        TempFolders.delete(dir);
    }
}
