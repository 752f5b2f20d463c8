package dev.talkshelf.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.FacetStore;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkSearch;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.formats.LibraryJsonReader;
import dev.talkshelf.model.WatchThreshold;
import dev.talkshelf.service.EditHistory;
import dev.talkshelf.service.ExportService;
import dev.talkshelf.service.ImportService;
import dev.talkshelf.service.LibraryService;
import dev.talkshelf.service.SearchService;
import dev.talkshelf.service.Services;
import dev.talkshelf.service.UserInputException;
import dev.talkshelf.service.WatchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/** The composition root for one library file: opens it and wires stores to services, once. */
public final class Library {
    private Library() {
    }

    public static Services open(Path file, Clock clock) {
        Database db = Database.open(file, clock);
        ObjectMapper mapper = new ObjectMapper();
        TalkStore talks = new TalkStore(db, clock);
        NoteStore notes = new NoteStore(db, clock);
        HistoryStore history = new HistoryStore(db);
        PlaylistStore playlists = new PlaylistStore(db, clock);
        EditHistory edits = new EditHistory();
        LibraryJsonReader nativeReader = new LibraryJsonReader(mapper);
        ImportService imports = new ImportService(db, talks, notes, history, playlists, (source, format) -> {
            if (format != null && !format.equals(nativeReader.formatName())) {
                throw new UserInputException("unknown format \"" + format + "\"; this TalkShelf reads: json");
            }
            if (Files.isDirectory(source)) {
                throw new UserInputException(source + " is a folder; give a TalkShelf library file (.json)");
            }
            return nativeReader;
        }, talk -> List.of());
        return new Services(db.file(),
                new LibraryService(db, talks, notes, history, playlists, edits),
                new SearchService(new TalkSearch(db), talks, new FacetStore(db), playlists, clock),
                new WatchService(db, talks, history, edits, clock, () -> WatchThreshold.DEFAULT),
                imports,
                new ExportService(talks, notes, history, playlists, mapper),
                db);
    }
}
