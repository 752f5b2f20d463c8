package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.formats.FormatException;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.formats.ParsedTitle;
import dev.talkshelf.formats.TalkReader;
import dev.talkshelf.formats.TitleBatch;
import dev.talkshelf.formats.TitleParser;
import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.Names;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Brings talks in from files: reads every source first, then applies them all in one transaction, so a
 * bad file anywhere leaves the library as it was. Duplicates (same video, same file, or same title and
 * speakers) merge into the talk already there.
 */
public final class ImportService {
    private static final int FEED_PIECE = 500;
    private final Database db;
    private final TalkStore talks;
    private final NoteStore notes;
    private final HistoryStore history;
    private final PlaylistStore playlists;
    private final ReaderChooser readers;
    private final Function<Talk, List<String>> topicSuggester;

    public ImportService(Database db, TalkStore talks, NoteStore notes, HistoryStore history, PlaylistStore playlists,
                         ReaderChooser readers, Function<Talk, List<String>> topicSuggester) {
        this.db = db;
        this.talks = talks;
        this.notes = notes;
        this.history = history;
        this.playlists = playlists;
        this.readers = readers;
        this.topicSuggester = topicSuggester;
    }

    /** Reads a source without touching the library (for previews). */
    public ImportBatch read(Path source, String format, ImportContext.Progress progress) {
        TalkReader reader = chooseReader(source, format);
        return readingFailures(source, () -> reader.read(source, new ImportContext(talks::isKnownSpeaker, progress)));
    }

    private TalkReader chooseReader(Path source, String format) {
        if (!Files.exists(source)) {
            throw new UserInputException(source + ": no such file or folder");
        }
        return readers.choose(source, format);
    }

    /** A reader's work, which may fail with a bad file. */
    private interface Reading<T> {
        T run() throws FormatException, IOException;
    }

    /** Runs a read, turning what can go wrong with a file into a message for the user. */
    private static <T> T readingFailures(Path source, Reading<T> reading) {
        try {
            return reading.run();
        } catch (FormatException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new UserInputException(source + ": no such file or folder", e);
        } catch (IOException e) {
            throw new UserInputException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads every source and applies them all in one transaction (see the cancellable overload). */
    public ImportSummary importPaths(List<Path> sources, String format, boolean dryRun, ImportContext.Progress progress) {
        return importPaths(sources, format, dryRun, progress, () -> false);
    }

    /**
     * Reads and applies sources in one transaction. A thread reads the sources (and suggests topics) while
     * this one stores what it has read so far; since nothing is committed before the last talk is stored,
     * a bad file anywhere still leaves the library exactly as it was. {@code cancelled} is asked at each
     * reading progress report and between talks; once it says true the import stops with
     * {@link ImportCancelledException} and rolls back. {@code progress} hears the reading, then, once all is
     * read, (talks stored, talks in all) while the rest is stored.
     */
    public ImportSummary importPaths(List<Path> sources, String format, boolean dryRun, ImportContext.Progress progress,
                                     BooleanSupplier cancelled) {
        List<Source> chosen = new ArrayList<>();
        for (Path source : sources) {
            requireNotCancelled(cancelled);
            chosen.add(new Source(source, chooseReader(source, format)));
        }
        ImportFeed feed = new ImportFeed();
        // The transaction holds the library while the reading thread runs, so what readers may ask it
        // (is this name a known speaker?) is answered from a copy taken before.
        Set<String> speakerKeys = talks.speakerKeys();
        ImportContext context = new ImportContext(name -> speakerKeys.contains(Names.key(name)), (done, total) -> {
            if (feed.stopped()) {
                throw new ImportCancelledException();
            }
            requireNotCancelled(cancelled);
            progress.advanced(done, total);
        });
        Thread reading = new Thread(() -> readInto(feed, chosen, context), "talkshelf-import-reading");
        reading.setDaemon(true);
        reading.start();
        try {
            return store(feed, dryRun, progress, cancelled);
        } finally {
            feed.stop();
            awaitEnd(reading);
        }
    }

    /** A source to import and the reader chosen for it (a path named twice is read twice, as before). */
    private record Source(Path path, TalkReader reader) {
    }

    private void readInto(ImportFeed feed, List<Source> sources, ImportContext context) {
        try {
            for (Source source : sources) {
                List<PlaylistDraft> playlists = readingFailures(source.path(),
                        () -> source.reader().read(source.path(), context, chunk -> handOver(feed, chunk)));
                feed.put(new ImportFeed.SourceEnd(playlists));
            }
            feed.put(new ImportFeed.Finished());
        } catch (RuntimeException e) {
            feed.put(new ImportFeed.Failed(e));
        } catch (Error e) {
            feed.put(new ImportFeed.Failed(new IllegalStateException("reading the import failed", e)));
            throw e;
        }
    }

    /** Puts a chunk of read talks on the feed in small pieces, so storing starts while topics are suggested for the rest. */
    private void handOver(ImportFeed feed, List<ImportedTalk> chunk) {
        if (feed.stopped()) {
            throw new ImportCancelledException();
        }
        for (int from = 0; from < chunk.size(); from += FEED_PIECE) {
            List<ImportedTalk> piece = chunk.subList(from, Math.min(chunk.size(), from + FEED_PIECE));
            feed.put(new ImportFeed.Talks(piece, withTopics(piece)));
        }
    }

    private static void awaitEnd(Thread reading) {
        try {
            reading.join(TimeUnit.SECONDS.toMillis(10)); // it stops at its next chunk or progress report
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Applies read batches in one transaction; a dry run does the same work and rolls it back. */
    public ImportSummary apply(List<ImportBatch> batches, boolean dryRun) {
        return apply(batches, dryRun, ImportContext.Progress.SILENT, () -> false);
    }

    /**
     * As {@link #apply(List, boolean)}, telling {@code progress} (talks done, talks in all) as it goes, and rolled
     * back with {@link ImportCancelledException} once {@code cancelled} says so.
     */
    public ImportSummary apply(List<ImportBatch> batches, boolean dryRun, ImportContext.Progress progress, BooleanSupplier cancelled) {
        ImportFeed feed = new ImportFeed();
        for (ImportBatch batch : batches) {
            feed.put(new ImportFeed.Talks(batch.talks(), withTopicsInParallel(batch.talks())));
            feed.put(new ImportFeed.SourceEnd(batch.playlists()));
        }
        feed.put(new ImportFeed.Finished());
        return store(feed, dryRun, progress, cancelled);
    }

    private ImportSummary store(ImportFeed feed, boolean dryRun, ImportContext.Progress progress, BooleanSupplier cancelled) {
        try {
            return db.write(c -> {
                ImportSummary summary = storeAll(feed, dryRun, progress, cancelled);
                if (dryRun) {
                    throw new DryRunFinished(summary);
                }
                return summary;
            });
        } catch (DryRunFinished finished) {
            return finished.summary;
        }
    }

    private static void requireNotCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelledException();
        }
    }

    /**
     * What the title parser makes of pasted lines (blank lines dropped), with suggested topics and talks
     * already in the library flagged. Reads only.
     */
    public List<TitlePreview> previewTitles(List<String> lines) {
        return previewTitleBatch(lines).rows();
    }

    /** As {@link #previewTitles}, the lines read as one batch, with the layout they share when one stands out. */
    public TitlePreviews previewTitleBatch(List<String> lines) {
        List<String> raws = lines.stream().filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
        TitleBatch batch = new TitleParser(talks::isKnownSpeaker).parseBatch(raws);
        List<TitlePreview> result = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            ParsedTitle parsed = batch.titles().get(i);
            List<String> topics = topicSuggester.apply(parsed.toTalk());
            result.add(new TitlePreview(raws.get(i), parsed.title(), parsed.speakers(), parsed.event(), topics, duplicateTitleOf(parsed.title())));
        }
        return new TitlePreviews(result, batch.layout() == null ? null : batch.layout().describe());
    }

    /** The title of a talk in the library with the same normalized title, or null. */
    private String duplicateTitleOf(String title) {
        List<TalkId> same = talks.findByTitle(title);
        return same.isEmpty() ? null : talks.get(same.get(0)).map(Talk::title).orElse(null);
    }

    /** Imports checked title rows (as the user corrected them) like any other source: one transaction, duplicates merged. */
    public ImportSummary importTitles(List<TitlePreview> rows) {
        List<ImportedTalk> imported = new ArrayList<>();
        for (TitlePreview row : rows) {
            if (row.title() == null || row.title().isBlank()) {
                throw new UserInputException("line \"" + row.line() + "\": the title is empty");
            }
            Talk t = Talk.titled(row.title().strip()).withSpeakers(row.speakers()).withEvent(blankToNull(row.event()))
                    .withTags(row.topics());
            Integer year = ParsedTitle.yearOf(t.event());
            if (year != null) {
                t = t.withYear(year);
            }
            imported.add(new ImportedTalk(t, null, true, List.of(), List.of()));
        }
        return apply(List.of(new ImportBatch(imported, List.of())), false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Stores the feed's talks until it ends (or fails: the exception then rolls the transaction back). */
    private ImportSummary storeAll(ImportFeed feed, boolean dryRun, ImportContext.Progress progress, BooleanSupplier cancelled) {
        long done = 0;
        List<TalkId> addedIds = new ArrayList<>();
        int merged = 0;
        int skipped = 0;
        LinkedHashSet<String> playlistNames = new LinkedHashSet<>();
        List<TalkId> idsInSource = new ArrayList<>();
        DuplicateKeys keys = new DuplicateKeys(talks);
        for (ImportFeed.Item item = feed.next(); !(item instanceof ImportFeed.Finished); item = feed.next()) {
            if (item instanceof ImportFeed.Failed failed) {
                throw failed.cause();
            }
            if (item instanceof ImportFeed.SourceEnd end) {
                for (PlaylistDraft draft : end.playlists()) {
                    playlistNames.add(applyPlaylist(draft, idsInSource));
                }
                idsInSource = new ArrayList<>();
                continue;
            }
            ImportFeed.Talks chunk = (ImportFeed.Talks) item;
            keys.lookUp(chunk.prepared(), chunk.imported().stream().map(ImportedTalk::sourceKey).toList());
            for (int i = 0; i < chunk.imported().size(); i++) {
                requireNotCancelled(cancelled);
                if (done++ % 50 == 0 && feed.readingOver()) {
                    progress.advanced(done - 1, feed.talksQueued());
                }
                ImportedTalk imported = chunk.imported().get(i);
                Talk incoming = chunk.prepared().get(i);
                Optional<Talk> existing = findDuplicate(incoming, imported.sourceKey(), keys);
                TalkId id;
                if (existing.isPresent()) {
                    id = existing.get().id();
                    boolean changed = mergeInto(existing.get(), incoming, imported, keys);
                    if (changed) {
                        merged++;
                    } else {
                        skipped++;
                    }
                } else {
                    id = talks.insert(incoming.withId(null), imported.sourceKey());
                    keys.wrote(incoming, imported.sourceKey());
                    imported.notes().forEach(n -> notes.add(new Note(0, id, n.at(), n.text(), n.created())));
                    imported.history().forEach(s -> history.add(id, s));
                    addedIds.add(id);
                }
                idsInSource.add(id);
            }
        }
        requireNotCancelled(cancelled); // the last chance before the commit
        List<Talk> preview = dryRun ? talks.get(addedIds) : List.of();
        return new ImportSummary(addedIds.size(), merged, skipped, List.copyOf(playlistNames), dryRun, preview);
    }

    /** Talks as they will be stored: with suggested topics where the source named none (pure text work). */
    private List<Talk> withTopics(List<ImportedTalk> imported) {
        return imported.stream().map(this::withTopics).toList();
    }

    /** As {@link #withTopics(List)} on every core, for talks read before the import began storing. */
    private List<Talk> withTopicsInParallel(List<ImportedTalk> imported) {
        return imported.parallelStream().map(this::withTopics).toList();
    }

    private Talk withTopics(ImportedTalk imported) {
        Talk t = imported.talk();
        if (!imported.topicsGiven() && t.tags().isEmpty()) {
            return t.withTags(topicSuggester.apply(t));
        }
        return t;
    }

    /**
     * Same video or file first; then the same title with the same speakers (or none known on either side),
     * unless the two point at different online videos or events — "Lightning Talks" of two days are two talks.
     * A downloaded file of a talk known by its link is the same talk.
     */
    private Optional<Talk> findDuplicate(Talk incoming, String sourceKey, DuplicateKeys keys) {
        Optional<TalkId> id = keys.mayFindSourceKey(sourceKey) ? talks.findBySourceKey(sourceKey) : Optional.empty();
        if (id.isEmpty() && keys.mayFindMedia(incoming.media())) {
            id = talks.findByMedia(incoming.media());
        }
        if (id.isPresent()) {
            return talks.get(id.get());
        }
        if (!keys.mayFindTitle(incoming.title())) {
            return Optional.empty();
        }
        List<String> speakerKeys = incoming.speakers().stream().map(Names::key).sorted().toList();
        for (Talk candidate : talks.get(talks.findByTitle(incoming.title()))) {
            List<String> candidateKeys = candidate.speakers().stream().map(Names::key).sorted().toList();
            boolean sameSpeakers = candidateKeys.equals(speakerKeys) || candidateKeys.isEmpty() || speakerKeys.isEmpty();
            boolean otherVideo = isUrl(candidate.media()) && isUrl(incoming.media()) && differ(candidate.media(), incoming.media());
            if (sameSpeakers && !otherVideo && !differ(Names.key(candidate.event()), Names.key(incoming.event()))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Fills what the talk in the library lacks; never overwrites what the user already has. */
    private boolean mergeInto(Talk old, Talk in, ImportedTalk imported, DuplicateKeys keys) {
        Talk base = attachLocalFile(old, in.media());
        Talk merged = base
                .withSpeakers(base.speakers().isEmpty() ? in.speakers() : base.speakers())
                .withEvent(firstNonNull(base.event(), in.event()))
                .withYear(firstNonNull(base.year(), in.year()))
                .withRecorded(firstNonNull(base.recorded(), in.recorded()))
                .withDuration(firstNonNull(base.duration(), in.duration()))
                .withMedia(firstNonNull(base.media(), in.media()))
                .withThumbnail(firstNonNull(base.thumbnail(), in.thumbnail()))
                .withDescription(firstNonNull(base.description(), in.description()))
                .withRating(firstNonNull(base.rating(), in.rating()))
                .withLinks(union(base.links(), in.links()))
                .withTags(imported.topicsGiven() || base.tags().isEmpty() ? union(base.tags(), in.tags()) : base.tags());
        boolean changed = !merged.equals(old);
        if (changed) {
            talks.update(merged);
            keys.wrote(merged, null);
        }
        if (old.status() == WatchStatus.UNWATCHED && in.status() != WatchStatus.UNWATCHED) {
            talks.setWatch(old.id(), in.watch());
            changed = true;
        }
        List<Note> oldNotes = notes.of(old.id());
        for (Note n : imported.notes()) {
            boolean known = oldNotes.stream().anyMatch(o -> o.text().equals(n.text()) && Objects.equals(o.at(), n.at()));
            if (!known) {
                notes.add(new Note(0, old.id(), n.at(), n.text(), n.created()));
                changed = true;
            }
        }
        List<WatchSession> oldHistory = history.of(old.id());
        for (WatchSession s : imported.history()) {
            if (!oldHistory.contains(s)) {
                history.add(old.id(), s);
                changed = true;
            }
        }
        return changed;
    }

    /** Creates the playlist, or extends a manual one of the same name; returns its name. */
    private String applyPlaylist(PlaylistDraft draft, List<TalkId> idsInBatch) {
        List<TalkId> items = draft.talkIndexes().stream().map(idsInBatch::get).toList();
        Optional<Playlist> existing = playlists.find(draft.name());
        if (existing.isPresent() && !existing.get().isSmart() && draft.query() == null) {
            playlists.add(existing.get().id(), items);
            return existing.get().name();
        }
        String name = existing.isPresent() ? freeName(draft.name()) : draft.name();
        Playlist created = playlists.create(name, draft.query());
        if (draft.query() == null) {
            playlists.setItems(created.id(), items);
        }
        return created.name();
    }

    private String freeName(String base) {
        for (int n = 2; ; n++) {
            String candidate = base + " (" + n + ")";
            if (playlists.find(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /**
     * A local file found for a talk known only by a link becomes its media (it plays offline, and the player can
     * track it); the link stays among the talk's links.
     */
    private static Talk attachLocalFile(Talk old, String incomingMedia) {
        if (incomingMedia == null || isUrl(incomingMedia) || incomingMedia.equals(old.media())
                || (old.media() != null && !isUrl(old.media()))) {
            return old;
        }
        List<String> links = old.media() == null ? old.links() : union(List.of(old.media()), old.links());
        return old.withMedia(incomingMedia).withLinks(links);
    }

    private static boolean isUrl(String media) {
        return media != null && MediaLocation.parse(media).filter(m -> !(m instanceof MediaLocation.LocalFile)).isPresent();
    }

    /** Both known and not the same. */
    private static boolean differ(String a, String b) {
        return a != null && b != null && !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    private static List<String> union(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Carries a dry run's result out of its transaction, which then rolls back. */
    private static final class DryRunFinished extends RuntimeException {
        private final transient ImportSummary summary;

        DryRunFinished(ImportSummary summary) {
            super(null, null, false, false);
            this.summary = summary;
        }
    }
}
