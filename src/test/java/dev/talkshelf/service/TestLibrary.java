package dev.talkshelf.service;

import dev.talkshelf.MovableClock;
import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.ImportJournal;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkSearch;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** A real library file in a test's folder with the services wired as the app wires them, and a clock the test moves. */
final class TestLibrary implements AutoCloseable {
    final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T10:00:00Z"));
    final Database db;
    final TalkStore talks;
    final NoteStore notes;
    final HistoryStore history;
    final PlaylistStore playlistStore;
    final EditHistory edits = new EditHistory();
    final Settings settings = new Settings();
    final SearchService search;
    final LibraryService library;
    final WatchService watch;
    final PlaylistService playlists;

    private TestLibrary(Path dir) {
        db = Database.open(dir.resolve("library.db"), clock);
        talks = new TalkStore(db, clock);
        notes = new NoteStore(db, clock);
        history = new HistoryStore(db);
        playlistStore = new PlaylistStore(db, clock);
        search = new SearchService(new TalkSearch(db), talks, new dev.talkshelf.catalog.FacetStore(db), new dev.talkshelf.catalog.TalkAggregates(db), playlistStore,
                new dev.talkshelf.catalog.CueSearch(db), clock);
        library = new LibraryService(db, talks, notes, history, playlistStore, edits);
        watch = new WatchService(db, talks, history, edits, clock, settings::watchThreshold);
        playlists = new PlaylistService(db, playlistStore, talks, search, edits);
    }

    static TestLibrary in(Path dir) {
        return new TestLibrary(dir);
    }

    /** Stores a talk of the given length (null: unknown) and returns its id. */
    TalkId talk(String title, Duration duration) {
        clock.advance(Duration.ofSeconds(1));
        return talks.insert(Talk.titled(title).withDuration(duration), null);
    }

    TalkId talk(String title, int minutes) {
        return talk(title, Duration.ofMinutes(minutes));
    }

    /** A description long enough to be kept deflated (decision 0039). */
    static final String LONG_DESCRIPTION = ("How the cache keeps hot keys close and why the eviction order matters "
            + "more than its size, measured on real traffic. ").repeat(4);

    /** Stores a talk with {@link #LONG_DESCRIPTION}, a speaker, a topic and a link, and returns its id. */
    TalkId described(String title) {
        clock.advance(Duration.ofSeconds(1));
        return talks.insert(Talk.titled(title).withDuration(Duration.ofMinutes(30)).withSpeakers(List.of("Cy Lee"))
                .withTags(List.of("python/caching")).withLinks(List.of("https://slides.example/c"))
                .withDescription(LONG_DESCRIPTION), null);
    }

    /**
     * Renames {@code talk.description}, so any read that names the column, or takes {@code t.*} and asks for it,
     * fails: what still works after this reads no description.
     */
    void hideDescriptions() {
        db.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("ALTER TABLE talk RENAME COLUMN description TO description_elsewhere");
            }
            return null;
        });
    }

    Talk get(TalkId id) {
        return talks.get(id).orElseThrow();
    }

    /** Imports over this library that read no files (a file import is refused) and suggest topics with {@code suggest}. */
    ImportService importsWithoutReaders(Function<Talk, List<String>> suggest) {
        return new ImportService(db, talks, notes, history, playlistStore, new ImportJournal(db, clock), edits,
                (source, format) -> { throw new UserInputException("no readers in this test"); }, suggest);
    }

    @Override
    public void close() {
        db.close();
    }
}
