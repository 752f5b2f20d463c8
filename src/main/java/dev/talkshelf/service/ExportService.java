package dev.talkshelf.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.catalog.TranscriptStore;
import dev.talkshelf.formats.CsvTalkWriter;
import dev.talkshelf.formats.LibraryJsonWriter;
import dev.talkshelf.formats.M3uWriter;
import dev.talkshelf.formats.StudyNotesWriter;
import dev.talkshelf.formats.XspfWriter;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TalkTranscript;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;

/** Writes talks out of the library. The file appears whole or not at all (written aside, then moved). */
public final class ExportService {
    private static final int CHUNK = 500;

    private final TalkStore talks;
    private final NoteStore notes;
    private final HistoryStore history;
    private final PlaylistStore playlists;
    private final Supplier<ObjectMapper> mapper;
    private final TranscriptStore transcripts;

    /** {@code mapper} is asked for at the first export to the native format (Jackson's set-up is not a window start's work). */
    public ExportService(TalkStore talks, NoteStore notes, HistoryStore history, PlaylistStore playlists, Supplier<ObjectMapper> mapper,
                         TranscriptStore transcripts) {
        this.transcripts = transcripts;
        this.talks = talks;
        this.notes = notes;
        this.history = history;
        this.playlists = playlists;
        this.mapper = mapper;
    }

    /** The formats {@link #export} writes. */
    public static final List<String> FORMATS = List.of("json", "csv", "m3u", "xspf", "markdown");

    /**
     * Writes the talks of a query (blank: all), or of a playlist in its order, in one of {@link #FORMATS}.
     * Returns how many talks were written.
     */
    public int export(String query, String playlistName, String format, Path target, SearchService search,
                      PlaylistService playlistService) {
        String f = format == null ? "json" : format.strip().toLowerCase(Locale.ROOT);
        if (f.equals("md")) {
            f = "markdown";
        }
        if (!FORMATS.contains(f)) {
            throw new UserInputException("unknown export format \"" + format + "\"; use " + String.join(", ", FORMATS));
        }
        boolean everything = (query == null || query.isBlank()) && playlistName == null;
        if (f.equals("json") && everything) {
            return exportLibrary(target);
        }
        List<Talk> chosen;
        String title;
        if (playlistName != null) {
            var view = playlistService.show(playlistName);
            chosen = view.talks();
            title = view.playlist().name();
            if (query != null && !query.isBlank()) {
                Set<TalkId> matching = new HashSet<>(search.search(query, 0, Integer.MAX_VALUE).talks().stream().map(Talk::id).toList());
                chosen = chosen.stream().filter(t -> matching.contains(t.id())).toList();
            }
        } else {
            chosen = search.search(query == null ? "" : query, 0, Integer.MAX_VALUE).talks();
            title = query == null || query.isBlank() ? "TalkShelf" : query;
        }
        List<Talk> talksOut = chosen;
        switch (f) {
            case "json" -> exportJson(talksOut.stream().map(Talk::id).toList(), target);
            case "csv" -> writeAtomically(target, out -> new CsvTalkWriter().write(talksOut, out));
            case "m3u" -> writeAtomically(target, out -> new M3uWriter().write(talksOut, out));
            case "xspf" -> writeAtomically(target, out -> new XspfWriter().write(title, talksOut, out));
            case "markdown" -> writeAtomically(target, out -> new StudyNotesWriter().write(
                    playlistName != null ? title : "Study notes: " + title, studyEntries(talksOut), out));
            default -> throw new IllegalStateException(f);
        }
        return talksOut.size();
    }

    /** Each talk with its notes and transcript, for study notes. */
    private List<StudyNotesWriter.Entry> studyEntries(List<Talk> chosen) {
        List<StudyNotesWriter.Entry> entries = new ArrayList<>(chosen.size());
        for (Talk talk : chosen) {
            entries.add(new StudyNotesWriter.Entry(talk, notes.of(talk.id()),
                    transcripts.get(talk.id()).map(TalkTranscript::transcript)));
        }
        return entries;
    }

    /** The whole library in the native format: talks, notes, history and every playlist. */
    public int exportLibrary(Path target) {
        return exportJson(talks.allIds(), target);
    }

    /** The given talks in the native format, with the playlists restricted to them. */
    public int exportJson(List<TalkId> ids, Path target) {
        Set<TalkId> included = new HashSet<>(ids);
        List<LibraryJsonWriter.PlaylistEntry> lists = new ArrayList<>();
        for (Playlist p : playlists.all()) {
            List<TalkId> items = p.isSmart() ? List.of() : playlists.items(p.id()).stream().filter(included::contains).toList();
            lists.add(new LibraryJsonWriter.PlaylistEntry(p.name(), p.query(), items));
        }
        writeAtomically(target, out -> new LibraryJsonWriter(mapper.get()).write(out, () -> entries(ids), lists));
        return ids.size();
    }

    /** Loads talks a chunk at a time while the writer streams them, so memory stays flat. */
    private Iterator<LibraryJsonWriter.Entry> entries(List<TalkId> ids) {
        return new Iterator<>() {
            private int next;
            private Iterator<Talk> chunk = List.<Talk>of().iterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && next < ids.size()) {
                    List<TalkId> part = ids.subList(next, Math.min(ids.size(), next + CHUNK));
                    next += part.size();
                    chunk = talks.get(part).iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public LibraryJsonWriter.Entry next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Talk t = chunk.next();
                return new LibraryJsonWriter.Entry(t, notes.of(t.id()), history.of(t.id()));
            }
        };
    }

    /** Something that writes a whole file to a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        void write(OutputStream out) throws IOException;
    }

    public static void writeAtomically(Path target, StreamWriter writer) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserInputException(target + ": the folder " + dir + " does not exist");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserInputException(target + ": cannot be written (" + e.getMessage() + ")", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp file is hidden and harmless if it stays
                }
            }
        }
    }
}
