package dev.talkshelf.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.catalog.CatalogException;
import dev.talkshelf.catalog.CueSearch;
import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.FacetStore;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.ImportJournal;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkAggregates;
import dev.talkshelf.catalog.TalkSearch;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.catalog.TranscriptStore;
import dev.talkshelf.catalog.WriteWaitListener;
import dev.talkshelf.formats.FormatDetector;
import dev.talkshelf.formats.FormatException;
import dev.talkshelf.formats.YtDlp;
import dev.talkshelf.formats.LibraryJsonReader;
import dev.talkshelf.formats.TopicTagger;
import dev.talkshelf.player.Executables;
import dev.talkshelf.player.Platform;
import dev.talkshelf.player.PlayerLauncher;
import dev.talkshelf.player.PlayerSettings;
import dev.talkshelf.service.EditHistory;
import dev.talkshelf.service.ExportService;
import dev.talkshelf.service.ImportService;
import dev.talkshelf.service.LibraryService;
import dev.talkshelf.service.PlayService;
import dev.talkshelf.service.PlaylistService;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.service.Services;
import dev.talkshelf.service.Settings;
import dev.talkshelf.service.TranscriptService;
import dev.talkshelf.service.UserInputException;
import dev.talkshelf.service.WatchService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** The composition root for one library file: opens it and wires stores to services, once. */
public final class Library {
    private Library() {
    }

    public static Services open(Path file, Clock clock) {
        return open(file, clock, WriteWaitListener.NONE);
    }

    /** Opens the library; {@code waits} hears when a write waits for another TalkShelf (or another task here). */
    public static Services open(Path file, Clock clock, WriteWaitListener waits) {
        return open(file, clock, waits, System.getenv());
    }

    /** As {@link #open(Path, Clock, WriteWaitListener)}, finding external programs (yt-dlp) on {@code environment}'s PATH. */
    public static Services open(Path file, Clock clock, WriteWaitListener waits, Map<String, String> environment) {
        Database db = Database.open(file, clock, waits);
        ImportJournal journal = new ImportJournal(db, clock);
        // An import a crash (or kill) stopped half way is taken back before anything else sees the library.
        try {
            journal.revertAbandoned();
        } catch (CatalogException e) {
            System.getLogger(Library.class.getName()).log(System.Logger.Level.WARNING, "an unfinished import could not be taken back", e);
        }
        // Jackson's first ObjectMapper costs a tenth of a second of class loading and set-up on a cold JVM (375 classes):
        // only imports and exports of JSON need one, so a window's start does not make it while the toolkit starts. A
        // lambda, not ObjectMapper::new: a constructor reference links the class (60 more) when the lambda is made.
        Supplier<ObjectMapper> mapper = new OnFirstUse<>(() -> new ObjectMapper());
        TalkStore talks = new TalkStore(db, clock);
        NoteStore notes = new NoteStore(db, clock);
        HistoryStore history = new HistoryStore(db);
        PlaylistStore playlists = new PlaylistStore(db, clock);
        EditHistory edits = new EditHistory();
        Settings settings = new Settings();
        // A search's page never waits for the words it asks to keep (decision 0083): they are kept on a thread of their
        // own, which the library's close lets finish (a CLI search keeps its words for the next command).
        ExecutorService keeping = Executors.newSingleThreadExecutor(Library::keepingThread);
        TalkSearch talkSearch = new TalkSearch(db).keepingWordsOfSlowSearches(TalkSearch.SLOW_SEARCH)
                .keepingWordsAfterSearchOn(keeping);
        SearchService search = new SearchService(talkSearch, talks, new FacetStore(db), new TalkAggregates(db), playlists,
                new CueSearch(db, keeping), clock);
        Supplier<FormatDetector> detector = new OnFirstUse<>(() -> FormatDetector.withBuiltInReaders(new LibraryJsonReader(mapper.get())));
        Supplier<TopicTagger> tagger = new OnFirstUse<>(TopicTagger::withDefaultTaxonomy);
        TranscriptStore transcripts = new TranscriptStore(db, clock);
        ImportService imports = new ImportService(db, talks, notes, history, playlists, journal, edits, (source, format) -> {
            try {
                return detector.get().readerFor(source, format);
            } catch (FormatException e) {
                throw new UserInputException(e.getMessage(), e);
            } catch (IOException e) {
                throw new UserInputException(source + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }, tagger, new YtDlp(environment, YtDlp.DEFAULT_TIMEOUT), transcripts);
        WatchService watch = new WatchService(db, talks, history, edits, clock, settings::watchThreshold);
        return new Services(db.file(),
                new LibraryService(db, talks, notes, history, playlists, edits),
                search,
                watch,
                imports,
                new ExportService(talks, notes, history, playlists, mapper, transcripts),
                new PlaylistService(db, playlists, talks, search, edits),
                new PlayService(talks, watch, () -> launcherFor(settings), settings::playerArgs),
                new TranscriptService(transcripts, edits),
                settings,
                new LibraryCloser(keeping, db));
    }

    private static Thread keepingThread(Runnable work) {
        Thread thread = new Thread(work, "talkshelf-keeping");
        thread.setDaemon(true);
        return thread;
    }

    /** The machine's default players, overridden per kind of media by the user's preferences. */
    static PlayerLauncher launcherFor(Settings settings) {
        Executables executables = Executables.fromEnvironment();
        PlayerSettings players = PlayerSettings.defaults(executables);
        for (var choice : settings.playerChoices().entrySet()) {
            players = players.withChoice(choice.getKey(), choice.getValue());
        }
        return new PlayerLauncher(players, executables, Platform.current(), Clock.systemUTC(), settings.allowNetworkPaths());
    }
}
