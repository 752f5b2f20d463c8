package dev.talkshelf.service;

import dev.talkshelf.catalog.Database;
import dev.talkshelf.catalog.HistoryStore;
import dev.talkshelf.catalog.ImportJournal;
import dev.talkshelf.catalog.PackedDescription;
import dev.talkshelf.catalog.NoteStore;
import dev.talkshelf.catalog.PlaylistStore;
import dev.talkshelf.catalog.TalkStore;
import dev.talkshelf.catalog.TranscriptStore;
import dev.talkshelf.formats.FormatException;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.ImportContext;
import dev.talkshelf.formats.ParsedTitle;
import dev.talkshelf.formats.TalkReader;
import dev.talkshelf.formats.TitleBatch;
import dev.talkshelf.formats.TitleParser;
import dev.talkshelf.formats.TopicTagger;
import dev.talkshelf.formats.YtDlp;
import dev.talkshelf.formats.YtDlpReader;
import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.Names;
import dev.talkshelf.model.Note;
import dev.talkshelf.model.Playlist;
import dev.talkshelf.model.SpeakerPlaceholders;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TalkId;
import dev.talkshelf.model.TitleKey;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.model.WatchSession;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Brings talks in from files. Reading, parsing and topic suggestion run on a thread of their own; the talks are
 * stored a few hundred at a time in short write transactions, each journalled ({@link ImportJournal}), so other
 * writers get in between them. As the user sees it an import is still all or nothing: a bad file, a cancel or an
 * error takes back what was stored so far, and a crash is taken back when the library is next opened. Duplicates
 * (same video, same file, or same title and speakers) merge into the talk already there, and say so.
 */
public final class ImportService {
    private static final int FEED_PIECE = 500;
    /** Items the feed may hold before the reader waits to hand over its next chunk: never the whole tree. */
    private static final int FEED_AHEAD = 4;
    /** Talks stored in a transaction between two updates of the search index ({@link Database#indexTouched}). */
    private static final int INDEX_EVERY = 200;
    private final Database db;
    private final TalkStore talks;
    private final NoteStore notes;
    private final HistoryStore history;
    private final PlaylistStore playlists;
    private final ImportJournal journal;
    private final EditHistory edits;
    private final ReaderChooser readers;
    private final Function<Talk, List<String>> topicSuggester;
    /** Puts a source's tags through the taxonomy and suggests topics when none is left (see {@link #fromElsewhere}). */
    private final UnaryOperator<Talk> sourceTags;
    /** Whether a topic is one the taxonomy knows; the others may turn out to be about an event ({@link EventBoundTags}). */
    private final Predicate<String> knownTopic;
    private final YtDlp ytDlp;
    /** Subtitles found beside imported videos; what an import attached goes with it when it is taken back. */
    private final TranscriptStore transcripts;

    public ImportService(Database db, TalkStore talks, NoteStore notes, HistoryStore history, PlaylistStore playlists,
                         ImportJournal journal, EditHistory edits, ReaderChooser readers,
                         Function<Talk, List<String>> topicSuggester) {
        this(db, talks, notes, history, playlists, journal, edits, readers, topicSuggester, YtDlp.fromSystem());
    }

    /** @param ytDlp lists the videos behind a link ({@link #importLink}) */
    public ImportService(Database db, TalkStore talks, NoteStore notes, HistoryStore history, PlaylistStore playlists,
                         ImportJournal journal, EditHistory edits, ReaderChooser readers,
                         Function<Talk, List<String>> topicSuggester, YtDlp ytDlp) {
        this(db, talks, notes, history, playlists, journal, edits, readers, topicSuggester,
                t -> t.tags().isEmpty() ? t.withTags(topicSuggester.apply(t)) : t, topic -> true, ytDlp,
                new TranscriptStore(db, Clock.systemUTC()));
    }

    /**
     * The import of the app: every source's tags go through {@code tagger} (aliases, one place per topic, events,
     * places and formats become what they are), and topics are suggested by it. The tagger is asked for on the
     * first import, not before: loading the taxonomy takes ~0.4 s that opening the window does not need.
     * Subtitles found beside imported videos are attached through {@code transcripts}.
     */
    public ImportService(Database db, TalkStore talks, NoteStore notes, HistoryStore history, PlaylistStore playlists,
                         ImportJournal journal, EditHistory edits, ReaderChooser readers, Supplier<TopicTagger> tagger,
                         YtDlp ytDlp, TranscriptStore transcripts) {
        this(db, talks, notes, history, playlists, journal, edits, readers, t -> tagger.get().suggest(t),
                t -> tagger.get().tidy(t), p -> tagger.get().knows(p), ytDlp, transcripts);
    }

    private ImportService(Database db, TalkStore talks, NoteStore notes, HistoryStore history, PlaylistStore playlists,
                          ImportJournal journal, EditHistory edits, ReaderChooser readers,
                          Function<Talk, List<String>> topicSuggester, UnaryOperator<Talk> sourceTags,
                          Predicate<String> knownTopic, YtDlp ytDlp, TranscriptStore transcripts) {
        this.db = db;
        this.talks = talks;
        this.notes = notes;
        this.history = history;
        this.playlists = playlists;
        this.journal = journal;
        this.edits = edits;
        this.readers = readers;
        this.topicSuggester = topicSuggester;
        this.sourceTags = sourceTags;
        this.knownTopic = knownTopic;
        this.ytDlp = ytDlp;
        this.transcripts = transcripts;
    }

    /** Reads a source without touching the library (for previews). */
    public ImportBatch read(Path source, String format, ImportContext.Progress progress) {
        TalkReader reader = chooseReader(source, format);
        return FileReading.failuresToUser(source, () -> reader.read(source, new ImportContext(talks::isKnownSpeaker, progress)));
    }

    private TalkReader chooseReader(Path source, String format) {
        if (!Files.exists(source)) {
            throw new UserInputException(source + ": no such file or folder");
        }
        return readers.choose(source, format);
    }

    /** Reads every source and applies them all, or nothing (see the cancellable overload). */
    public ImportSummary importPaths(List<Path> sources, String format, boolean dryRun, ImportContext.Progress progress) {
        return importPaths(sources, format, dryRun, progress, () -> false);
    }

    /**
     * Reads and applies sources, all or nothing. A thread reads the sources (and suggests topics) while this one
     * stores what it has read so far in short, journalled transactions; a bad file anywhere takes back what was
     * stored, so the library ends exactly as it was. {@code cancelled} is asked at each reading progress report and
     * between talks; once it says true the import stops with {@link ImportCancelledException} and is taken back.
     * {@code progress} hears the reading, then, once all is read, (talks stored, talks in all) while the rest is stored.
     */
    public ImportSummary importPaths(List<Path> sources, String format, boolean dryRun, ImportContext.Progress progress,
                                     BooleanSupplier cancelled) {
        List<Source> chosen = new ArrayList<>();
        for (Path source : sources) {
            requireNotCancelled(cancelled);
            chosen.add(new Source(source, chooseReader(source, format)));
        }
        ImportFeed feed = new ImportFeed(FEED_AHEAD);
        // Readers see the library as it was before the import: what they may ask it (is this name a known
        // speaker?) is answered from a copy taken before, as it was when the import was one transaction.
        Set<String> speakerKeys = talks.speakerKeys();
        ImportContext context = new ImportContext(name -> speakerKeys.contains(Names.key(name)), (done, total) -> {
            if (feed.stopped()) {
                throw new ImportCancelledException();
            }
            requireNotCancelled(cancelled);
            progress.advanced(done, total);
        });
        try (ReadingPool reading = new ReadingPool()) {
            reading.start(() -> readInto(feed, chosen, context));
            try {
                return store(feed, dryRun, progress, cancelled, describeSources(sources));
            } finally {
                feed.stop(); // the reading stops at its next chunk or progress report; closing waits for it
            }
        }
    }

    /** A source to import and the reader chosen for it (a path named twice is read twice, as before). */
    private record Source(Path path, TalkReader reader) {
    }

    private void readInto(ImportFeed feed, List<Source> sources, ImportContext context) {
        try {
            for (Source source : sources) {
                List<PlaylistDraft> playlists = FileReading.failuresToUser(source.path(),
                        () -> source.reader().read(source.path(), context,
                                chunk -> handOver(feed, chunk, source.reader().tagsFromElsewhere(source.path()))));
                SmartQueries.requireValid(source.path(), playlists); // issue 12: a bad smart query refuses the file
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
    private void handOver(ImportFeed feed, List<ImportedTalk> chunk, boolean tagsFromElsewhere) {
        if (feed.stopped()) {
            throw new ImportCancelledException();
        }
        // A reader that streams (PyVideo, 500 files a chunk) waits here for the storing side; a chunk already read
        // whole goes in at once, so its reading is over and the storing side reports progress.
        feed.awaitRoom();
        for (int from = 0; from < chunk.size(); from += FEED_PIECE) {
            List<ImportedTalk> piece = chunk.subList(from, Math.min(chunk.size(), from + FEED_PIECE));
            feed.put(tagsFromElsewhere ? new ImportFeed.Talks(piece, fromElsewhere(piece), true)
                    : new ImportFeed.Talks(piece, withTopicsInParallel(piece)));
        }
    }

    /**
     * Keeps the whole library's facet counts after a library was filled by many runs ({@link LibraryGenerator}): a run
     * keeps them itself only when it added a tenth of the library (decision 0051).
     */
    void keepFacetCounts() {
        journal.keepFacetCountsIfFree();
    }

    /** Applies read batches, all or nothing; a dry run does the same work and takes it back. */
    public ImportSummary apply(List<ImportBatch> batches, boolean dryRun) {
        return apply(batches, dryRun, ImportContext.Progress.SILENT, () -> false);
    }

    /**
     * As {@link #apply(List, boolean)}, telling {@code progress} (talks done, talks in all) as it goes, and taken
     * back with {@link ImportCancelledException} once {@code cancelled} says so.
     */
    public ImportSummary apply(List<ImportBatch> batches, boolean dryRun, ImportContext.Progress progress, BooleanSupplier cancelled) {
        ImportFeed feed = new ImportFeed();
        for (ImportBatch batch : batches) {
            SmartQueries.requireValid(null, batch.playlists()); // issue 12: a bad smart query refuses the import
            feed.put(new ImportFeed.Talks(batch.talks(), withTopicsInParallel(batch.talks())));
            feed.put(new ImportFeed.SourceEnd(batch.playlists()));
        }
        feed.put(new ImportFeed.Finished());
        return store(feed, dryRun, progress, cancelled, batches.size() == 1 ? "talks given at once" : batches.size() + " batches of talks");
    }

    /**
     * Imports a YouTube playlist, channel tab or video (any site yt-dlp knows) from its http(s) link: yt-dlp lists
     * it ({@code --flat-playlist -J}, no download), its titles are read as one batch, and a playlist becomes a
     * TalkShelf playlist in the same order. Then it is stored like any import: all or nothing, merged, undoable.
     * Nothing is stored when yt-dlp is missing, fails, times out or is cancelled.
     */
    public ImportSummary importLink(String url, boolean dryRun, ImportContext.Progress progress, BooleanSupplier cancelled) {
        String link = requireWebLink(url);
        byte[] listing;
        try {
            listing = ytDlp.flatListing(link, cancelled);
        } catch (YtDlp.YtDlpException e) {
            throw new UserInputException(e.getMessage(), e);
        } catch (CancellationException e) {
            throw new ImportCancelledException();
        }
        requireNotCancelled(cancelled);
        Set<String> speakerKeys = talks.speakerKeys();
        ImportBatch batch;
        try {
            batch = new YtDlpReader().readListing(link, listing, new ImportContext(name -> speakerKeys.contains(Names.key(name)), progress));
        } catch (FormatException e) {
            throw new UserInputException(link + ": yt-dlp's answer cannot be used: " + e.problem(), e);
        }
        ImportFeed feed = new ImportFeed();
        feed.put(new ImportFeed.Talks(batch.talks(), fromElsewhere(batch.talks()), true));
        feed.put(new ImportFeed.SourceEnd(batch.playlists()));
        feed.put(new ImportFeed.Finished());
        return store(feed, dryRun, progress, cancelled, link.length() <= 500 ? link : link.substring(0, 500) + "…");
    }

    /** True for what {@link #importLink} takes rather than a file name: anything written {@code scheme://...}. */
    public static boolean looksLikeLink(String text) {
        return text != null && text.strip().matches("(?s)[A-Za-z][A-Za-z0-9+.-]*://.*");
    }

    private static String requireWebLink(String url) {
        String link = url == null ? "" : url.strip();
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return link;
            }
        } catch (URISyntaxException e) {
            // the message below says what is accepted
        }
        throw new UserInputException("only http(s) links can be imported (e.g. https://www.youtube.com/playlist?list=...), not \""
                + dev.talkshelf.model.PlainText.oneLine(link) + "\"");
    }

    private static String describeSources(List<Path> sources) {
        String all = String.join(", ", sources.stream().map(Path::toString).toList());
        return all.length() <= 500 ? all : all.substring(0, 500) + "…";
    }

    /**
     * Stores the feed as a journalled run. On success the run is marked done (one small commit: from then on the
     * import is in the library as a whole) and can be undone; on any failure, a cancel or the end of a dry run,
     * everything the run stored is taken back before this returns or throws.
     */
    private ImportSummary store(ImportFeed feed, boolean dryRun, ImportContext.Progress progress, BooleanSupplier cancelled,
                                String source) {
        long run = journal.begin(source);
        if (dryRun) {
            db.leaveInsertsUnindexed(); // taken back below: its talks need no search index rows
        }
        try {
            Storing storing = new Storing(run, progress, cancelled);
            storing.storeAll(feed);
            storing.dropEventBoundTags();
            requireNotCancelled(cancelled); // the last chance before the import counts
            List<Talk> preview = dryRun ? talks.get(storing.added) : List.of();
            if (dryRun) {
                journal.revert(run);
            } else {
                journal.finish(run);
                recordUndo(run, storing);
            }
            return new ImportSummary(storing.added.size(), storing.merged, storing.skipped,
                    List.copyOf(storing.playlistNames), dryRun, preview, storing.matches);
        } catch (RuntimeException | Error e) {
            try {
                journal.revert(run);
            } catch (RuntimeException revertFailed) {
                // The run stays in the journal; it is taken back when the library is next opened.
                e.addSuppressed(revertFailed);
            }
            throw e;
        } finally {
            if (dryRun) {
                db.indexInsertsAgain();
            }
        }
    }

    private void recordUndo(long run, Storing storing) {
        if (storing.added.isEmpty() && storing.merged == 0 && storing.playlistNames.isEmpty()) {
            return;
        }
        String what = "import of " + storing.added.size() + (storing.added.size() == 1 ? " talk" : " talks")
                + (storing.merged == 0 ? "" : " and " + storing.merged + (storing.merged == 1 ? " merge" : " merges"));
        edits.record(new SimpleEdit(what, () -> journal.revert(run)));
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

    /**
     * One run's storing: the feed's talks a transaction at a time (each stores until its {@link StoreBudget} has
     * passed, then commits), with what the run did so far.
     */
    private final class Storing {
        private final long run;
        private final ImportContext.Progress progress;
        private final BooleanSupplier cancelled;
        final List<TalkId> added = new ArrayList<>();
        final List<ImportMerge> matches = new ArrayList<>();
        final LinkedHashSet<String> playlistNames = new LinkedHashSet<>();
        int merged;
        int skipped;
        private long done;
        private final EventBoundTags eventBound = new EventBoundTags(knownTopic);
        private List<TalkId> idsInSource = new ArrayList<>();
        /** The piece being stored and the index of its next talk; null between pieces. */
        private ImportFeed.Talks chunk;
        private int next;
        /** An item taken off the feed inside a transaction, for {@link #storeAll} to handle next (outside it). */
        private ImportFeed.Item held;
        /** The library's talks when the run began; with {@link #added}, what each transaction's budget goes by. */
        private final long talksAtStart;

        Storing(long run, ImportContext.Progress progress, BooleanSupplier cancelled) {
            this.talksAtStart = talks.count();
            this.run = run;
            this.progress = progress;
            this.cancelled = cancelled;
        }

        /** Stores the feed's talks until it ends (or fails: the exception then has the run taken back). */
        void storeAll(ImportFeed feed) {
            DuplicateKeys keys = new DuplicateKeys(talks);
            while (true) {
                if (chunk == null) {
                    ImportFeed.Item item = held != null ? held : feed.next(); // waits for the reader, outside any write
                    held = null;
                    if (item instanceof ImportFeed.Finished) {
                        return;
                    }
                    if (item instanceof ImportFeed.Failed failed) {
                        throw failed.cause();
                    }
                    if (item instanceof ImportFeed.SourceEnd end) {
                        db.write(c -> {
                            journal.beat(run);
                            endSource(end);
                            return null;
                        });
                        continue;
                    }
                    chunk = (ImportFeed.Talks) item;
                    next = 0;
                    // Outside any write: which of the chunk's keys some talk has now (set-wise, on the read side).
                    lookUp(keys, chunk);
                }
                // Database leaves a gap after each commit, so a writer waiting here or in another process gets in.
                db.write(c -> {
                    storeSome(keys, feed);
                    return null;
                });
            }
        }

        /**
         * Drops the tags found to be about an event from the talks this import added (in one transaction: a few
         * hundred talks at most); a talk left without a subject gets topics suggested, as an untagged one does.
         */
        void dropEventBoundTags() {
            Map<String, List<TalkId>> bound = eventBound.found();
            if (bound.isEmpty()) {
                return;
            }
            Map<TalkId, List<String>> dropped = new LinkedHashMap<>();
            bound.forEach((tag, ids) -> ids.forEach(id -> dropped.computeIfAbsent(id, k -> new ArrayList<>()).add(tag)));
            db.write(c -> {
                journal.beat(run);
                for (Talk talk : talks.get(List.copyOf(dropped.keySet()))) {
                    List<String> left = new ArrayList<>(talk.tags());
                    left.removeAll(dropped.get(talk.id()));
                    if (left.stream().allMatch(TopicPath::isFormat)) {
                        LinkedHashSet<String> withSubjects = new LinkedHashSet<>(topicSuggester.apply(talk.withTags(left)));
                        withSubjects.addAll(left);
                        left = List.copyOf(withSubjects);
                    }
                    talks.setTags(talk.id(), left);
                }
                return null;
            });
        }

        private void lookUp(DuplicateKeys keys, ImportFeed.Talks talks) {
            keys.lookUp(talks.imported().stream().map(ImportedTalk::sourceKey).toList(),
                    talks.prepared().stream().map(Talk::media).toList(),
                    talks.titles().stream().map(TitleKey::key).toList(),
                    talks.prepared().stream().map(t -> Names.key(t.event())).toList());
        }

        /** The playlists of a source whose talks are all stored (inside a write). */
        private void endSource(ImportFeed.SourceEnd end) {
            for (PlaylistDraft draft : end.playlists()) {
                playlistNames.add(applyPlaylist(run, draft, idsInSource));
            }
            idsInSource = new ArrayList<>();
        }

        /**
         * Stores talks (at least one) until the budget is spent or another writer of this process waits, going on into
         * the pieces the reader has ready (never waiting for it inside the transaction). Leaves {@link #chunk} and
         * {@link #next} where the next transaction goes on; an end or a failure of the feed taken meanwhile is
         * {@link #held} for {@link #storeAll} to handle outside the transaction.
         */
        private void storeSome(DuplicateKeys keys, ImportFeed feed) {
            long start = System.nanoTime();
            long budget = StoreBudget.nanosFor(talksAtStart + added.size());
            int sinceIndexed = 0;
            journal.beat(run);
            while (true) {
                while (chunk != null && next < chunk.imported().size()) {
                    requireNotCancelled(cancelled);
                    if (done++ % 50 == 0 && feed.readingOver()) {
                        progress.advanced(done - 1, feed.talksQueued());
                    }
                    idsInSource.add(storeOne(next, chunk.imported().get(next), chunk.prepared().get(next),
                            chunk.packed().get(next), chunk.titles().get(next), keys));
                    next++;
                    if (++sinceIndexed == INDEX_EVERY) {
                        db.indexTouched(); // so a writer that waits waits for the commit of few unindexed talks
                        sinceIndexed = 0;
                    }
                    if (System.nanoTime() - start >= budget || db.writerWaiting()) {
                        if (next == chunk.imported().size()) {
                            chunk = null;
                        }
                        return;
                    }
                }
                chunk = null;
                ImportFeed.Item item = feed.poll();
                if (item instanceof ImportFeed.Talks talks) {
                    chunk = talks;
                    next = 0;
                    lookUp(keys, talks);
                } else if (item instanceof ImportFeed.SourceEnd end) {
                    endSource(end);
                } else {
                    held = item; // nothing ready (null), the end, or a failure
                    return;
                }
            }
        }

        /** Stores the talk at {@code place} in the chunk, or merges it into the talk it duplicates. */
        private TalkId storeOne(int place, ImportedTalk imported, Talk incoming, PackedDescription packed,
                                TitleKey title, DuplicateKeys keys) {
            String titleKey = title.keyOf(incoming.title());
            Optional<Match> match = findDuplicate(place, incoming, titleKey, imported.sourceKey(), keys);
            if (match.isPresent()) {
                Talk existing = match.get().talk();
                boolean changed = mergeInto(existing, incoming, imported, keys, match.get().why());
                if (changed) {
                    merged++;
                } else {
                    skipped++;
                }
                matches.add(new ImportMerge(incoming.title(), existing.id(), existing.title(), match.get().why(), changed));
                return existing.id();
            }
            TalkId id = talks.insert(incoming.withId(null), imported.sourceKey(), packed, title);
            journal.added(run, id, titleKey);
            keys.wrote(incoming.withId(id), titleKey, imported.sourceKey());
            imported.notes().forEach(n -> notes.add(new Note(0, id, n.at(), n.text(), n.created())));
            imported.history().forEach(s -> history.add(id, s));
            if (imported.transcript() != null) {
                // Cascades away with the talk when the import is taken back.
                transcripts.put(id, imported.transcript().transcript(), imported.transcript().name());
            }
            added.add(id);
            if (chunk.tagsTidied()) {
                eventBound.saw(id, incoming);
            }
            return id;
        }

        /** Fills what the talk in the library lacks; never overwrites what the user already has. Journals what it filled. */
        private boolean mergeInto(Talk old, Talk in, ImportedTalk imported, DuplicateKeys keys, String why) {
            Talk base = attachLocalFile(old, in.media());
            Talk result = base
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
            boolean changed = !result.equals(old);
            if (changed) {
                talks.update(result);
                keys.wrote(result, Names.key(result.title()), null);
            }
            WatchState watch = old.watch();
            if (old.status() == WatchStatus.UNWATCHED && in.status() != WatchStatus.UNWATCHED) {
                watch = in.watch();
                talks.setWatch(old.id(), watch);
                changed = true;
            }
            List<Long> notesAdded = new ArrayList<>();
            List<Note> oldNotes = notes.of(old.id());
            for (Note n : imported.notes()) {
                boolean known = oldNotes.stream().anyMatch(o -> o.text().equals(n.text()) && Objects.equals(o.at(), n.at()));
                if (!known) {
                    notesAdded.add(notes.add(new Note(0, old.id(), n.at(), n.text(), n.created())).id());
                }
            }
            List<WatchSession> sessionsAdded = new ArrayList<>();
            List<WatchSession> oldHistory = history.of(old.id());
            for (WatchSession s : imported.history()) {
                if (!oldHistory.contains(s)) {
                    history.add(old.id(), s);
                    sessionsAdded.add(s);
                }
            }
            String transcriptAdded = null;
            if (imported.transcript() != null && !transcripts.has(old.id())) {
                // Subtitles downloaded after the video was first imported: a second scan of the folder brings them.
                transcripts.put(old.id(), imported.transcript().transcript(), imported.transcript().name());
                transcriptAdded = imported.transcript().name();
            }
            changed |= !notesAdded.isEmpty() || !sessionsAdded.isEmpty() || transcriptAdded != null;
            if (changed) {
                journal.merged(run, new ImportJournal.Merge(old.id(), in.title(), why), old, result, old.watch(), watch,
                        notesAdded, sessionsAdded, transcriptAdded);
            }
            return changed;
        }
    }

    /** Talks as they will be stored: with suggested topics where the source named none (pure text work). */
    /**
     * Talks given as they are (TalkShelf's own file, rows the user checked), on every core: their topics are kept,
     * topics are suggested for a talk with none, and a speaker that is no person ("Various Speakers") goes.
     */
    private List<Talk> withTopicsInParallel(List<ImportedTalk> imported) {
        return imported.parallelStream().map(this::withTopics).toList();
    }

    private Talk withTopics(ImportedTalk imported) {
        Talk t = withPeopleOnly(imported.talk());
        if (!imported.topicsGiven() && t.tags().isEmpty()) {
            return t.withTags(topicSuggester.apply(t));
        }
        return t;
    }

    /**
     * Talks from another program, on every core: the one path every importer's tags take through the taxonomy
     * (aliases, one place per topic, events and formats become what they are, topics suggested when none is left),
     * and a speaker that is no person ("Various Speakers", "TBA") goes.
     */
    private List<Talk> fromElsewhere(List<ImportedTalk> imported) {
        return imported.parallelStream().map(i -> sourceTags.apply(withPeopleOnly(i.talk()))).toList();
    }

    private static Talk withPeopleOnly(Talk t) {
        List<String> people = SpeakerPlaceholders.people(t.speakers());
        return people == t.speakers() ? t : t.withSpeakers(people);
    }

    /** A talk in the library an incoming one duplicates, and why. */
    private record Match(Talk talk, String why) {
    }

    /**
     * Same video or file first; then the same title with the same speakers (or none known on either side),
     * unless the two point at different online videos or events — "Lightning Talks" of two days are two talks.
     * A generic title ("Keynote", "Lightning Talks") needs the same known speakers on both sides. A downloaded
     * file of a talk known by its link is the same talk.
     */
    private Optional<Match> findDuplicate(int place, Talk incoming, String titleKey, String sourceKey,
                                          DuplicateKeys keys) {
        Optional<TalkId> id = keys.mayFindSourceKey(sourceKey) ? talks.findBySourceKey(sourceKey) : Optional.empty();
        String why = "same video";
        if (id.isEmpty() && keys.mayFindMedia(incoming.media())) {
            id = talks.findByMedia(incoming.media());
            why = isUrl(incoming.media()) ? "same video" : "same file";
        }
        if (id.isPresent()) {
            String reason = why;
            return talks.get(id.get()).map(t -> new Match(t, reason));
        }
        if (!keys.mayFindTitle(titleKey)) {
            return Optional.empty();
        }
        boolean generic = GenericTitles.isGeneric(incoming.title());
        List<String> speakerKeys = incoming.speakers().stream().map(Names::key).sorted().toList();
        // Talks at another event or at another online video are never this one: ruled out from their ids and media
        // alone, before any is loaded whole (a common title has thousands of them in a large library).
        String incomingEvent = Names.key(incoming.event());
        boolean incomingUrl = isUrl(incoming.media());
        List<TalkId> ids = new ArrayList<>();
        for (TalkStore.TitleCandidate c : keys.titleCandidates(place, titleKey, incomingEvent)) {
            if (!(incomingUrl && differ(c.media(), incoming.media()) && isUrl(c.media()))) {
                ids.add(c.id());
            }
        }
        // Compared by their speakers first; only a talk whose speakers agree is loaded whole (most are not the one).
        Map<TalkId, List<String>> speakersById = talks.speakersOf(ids);
        for (TalkId candidateId : ids) {
            List<String> candidateKeys = speakersById.getOrDefault(candidateId, List.of()).stream()
                    .map(Names::key).sorted().toList();
            boolean sameSpeakers = generic
                    ? !speakerKeys.isEmpty() && candidateKeys.equals(speakerKeys)
                    : candidateKeys.equals(speakerKeys) || candidateKeys.isEmpty() || speakerKeys.isEmpty();
            if (sameSpeakers) {
                // Its event and online video cannot differ: the look-up and the filter above kept only those that agree.
                Optional<Talk> candidate = talks.get(candidateId);
                if (candidate.isPresent()) {
                    return Optional.of(new Match(candidate.get(), "same title and speakers"));
                }
            }
        }
        return Optional.empty();
    }

    /** Creates the playlist, or extends a manual one of the same name (inside a write); journals it; returns its name. */
    private String applyPlaylist(long run, PlaylistDraft draft, List<TalkId> idsInBatch) {
        List<TalkId> items = draft.talkIndexes().stream().map(idsInBatch::get).toList();
        Optional<Playlist> existing = playlists.find(draft.name());
        if (existing.isPresent() && !existing.get().isSmart() && draft.query() == null) {
            Set<TalkId> before = new HashSet<>(playlists.items(existing.get().id()));
            playlists.add(existing.get().id(), items);
            journal.playlistExtended(run, existing.get().id(), items.stream().distinct().filter(t -> !before.contains(t)).toList());
            return existing.get().name();
        }
        String name = existing.isPresent() ? freeName(draft.name()) : draft.name();
        Playlist created = playlists.create(name, draft.query());
        journal.playlistCreated(run, created.id());
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
}
