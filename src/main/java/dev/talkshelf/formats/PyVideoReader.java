package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Limits;
import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TopicPath;
import dev.talkshelf.model.WatchState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads the PyVideo data layout (github.com/pyvideo/data): one talk file, one event folder
 * ({@code category.json} + {@code videos/*.json}) or a whole tree of event folders. Files are parsed in
 * parallel, but the batch keeps path order so two imports of the same tree agree.
 */
public final class PyVideoReader implements TalkReader {
    /** Compiled once: every talk file has links to check. */
    private static final Pattern HTTP_LINK = Pattern.compile("(?i)^https?://\\S+$");
    private static final String CATEGORY = "category.json";
    private static final String VIDEOS = "videos";
    private static final int CHUNK = 500;

    @Override
    public String formatName() {
        return "pyvideo";
    }

    @Override
    public ImportBatch read(Path source, ImportContext context) throws FormatException, IOException {
        List<ImportedTalk> talks = new ArrayList<>();
        read(source, context, talks::addAll);
        return new ImportBatch(talks, List.of());
    }

    /**
     * Reads the files in path order, {@value #CHUNK} at a time, each chunk parsed in parallel and handed over as
     * soon as it is complete, so an import can store one chunk while the next is read. The parallel parsing runs where
     * the caller's parallel work runs: an import reads on its own low-priority pool (decision 0076), so the thread
     * storing the chunks gets a core first.
     */
    @Override
    public List<PlaylistDraft> read(Path source, ImportContext context, Consumer<List<ImportedTalk>> chunks)
            throws FormatException, IOException {
        TalkFiles files = talkFiles(source);
        Map<Path, String> events = new HashMap<>();
        try {
            long end = 0;
            long reported = -1;
            while (files.paths().hasNext()) {
                List<Path> part = new ArrayList<>(CHUNK);
                while (part.size() < CHUNK && files.paths().hasNext()) {
                    Path file = files.paths().next();
                    Path eventFolder = eventFolderOf(file);
                    if (!events.containsKey(eventFolder)) {
                        events.put(eventFolder, eventTitle(eventFolder));
                    }
                    part.add(file);
                }
                Object[] results = readPart(part, events);
                List<ImportedTalk> talks = new ArrayList<>(results.length);
                for (Object result : results) {
                    // Checked in path order so the reported file does not depend on thread timing.
                    if (result instanceof FormatException e) {
                        throw e;
                    }
                    if (result instanceof IOException e) {
                        throw e;
                    }
                    talks.add((ImportedTalk) result);
                }
                chunks.accept(talks);
                end += part.size();
                Long total = files.countIfDone();
                if (total != null) { // not waited for: the next chunk matters more than a report
                    reported = end;
                    context.progress().advanced(end, total);
                }
            }
            if (end == 0) {
                throw new FormatException(source, 0,
                        "no PyVideo talk files (an event folder with videos/*.json) found here");
            }
            if (reported != end) {
                context.progress().advanced(end, end); // all read: the count was only an estimate (TalkFileCount)
            }
        } catch (UncheckedIOException e) {
            throw e.getCause(); // a folder of the tree could not be listed
        } finally {
            files.stopCounting();
        }
        return List.of();
    }

    /** The outcomes (talk or failure) of the files, read in parallel (in the caller's pool, when it is a pool's worker). */
    private Object[] readPart(List<Path> part, Map<Path, String> events) {
        Object[] results = new Object[part.size()];
        IntStream.range(0, part.size()).parallel().forEach(i ->
                results[i] = readOutcome(part.get(i), events.get(eventFolderOf(part.get(i)))));
        return results;
    }

    /**
     * The talk files in path order (found as they are read: {@link PathOrderWalk}), and their number for the progress,
     * counted by a walk of its own beside the first reads ({@link TalkFileCount}): at 100,000 files a count took ~0.4 s
     * during which nothing was read.
     */
    private static final class TalkFiles {
        private final Iterator<Path> paths;
        private final CompletableFuture<Long> count = new CompletableFuture<>();
        private volatile boolean stopped;

        private TalkFiles(Iterator<Path> paths) {
            this.paths = paths;
        }

        static TalkFiles one(Path file) {
            TalkFiles files = new TalkFiles(List.of(file).iterator());
            files.count.complete(1L);
            return files;
        }

        static TalkFiles under(Path source) throws IOException {
            TalkFiles files = new TalkFiles(new PathOrderWalk(source, PyVideoReader::isTalkFile));
            Thread counting = new Thread(() -> {
                try {
                    files.count.complete(TalkFileCount.under(source, () -> files.stopped));
                } catch (IOException | RuntimeException e) {
                    files.count.completeExceptionally(e); // no total to show; the reading reports what it cannot list
                }
            }, "talkshelf-import-counting");
            counting.setDaemon(true);
            counting.start();
            return files;
        }

        Iterator<Path> paths() {
            return paths;
        }

        /** The number of talk files if the count is over (and found some), else null. */
        Long countIfDone() {
            Long found = count.isDone() && !count.isCompletedExceptionally() ? count.join() : null;
            return found == null || found == 0 ? null : found;
        }

        /** The reading ended (read, failed or cancelled): a count still walking gives up. */
        void stopCounting() {
            stopped = true;
        }
    }

    /**
     * A {@code videos/*.json} file, judged by the attributes a walk of the tree read anyway (a link's own, or null):
     * only a link is asked about again, for what it points to.
     */
    private static boolean isTalkFile(Path p, BasicFileAttributes own) {
        return hasTalkFileName(p) && p.getParent() != null && isVideosFolder(p.getParent())
                && (own != null && own.isRegularFile() || (own == null || own.isSymbolicLink()) && Files.isRegularFile(p));
    }

    /** A folder of an event's talk files: {@code event/videos}. */
    static boolean isVideosFolder(Path folder) {
        Path name = folder.getFileName();
        return name != null && name.toString().equals(VIDEOS);
    }

    /** A talk file's name, in a {@link #isVideosFolder videos folder}. */
    static boolean hasTalkFileName(Path file) {
        return file.getFileName().toString().endsWith(".json");
    }

    private static TalkFiles talkFiles(Path source) throws IOException {
        if (Files.isRegularFile(source)) {
            if (source.getFileName().toString().equals(CATEGORY)) {
                return talkFiles(source.toAbsolutePath().getParent());
            }
            return TalkFiles.one(source);
        }
        return TalkFiles.under(source);
    }

    /** The event folder of {@code event/videos/talk.json}; for a loose talk file, its own folder. */
    private static Path eventFolderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return isVideosFolder(parent) && parent.getParent() != null ? parent.getParent() : parent;
    }

    private static String eventTitle(Path eventFolder) throws FormatException, IOException {
        Path category = eventFolder.resolve(CATEGORY);
        if (!Files.isRegularFile(category)) {
            return null;
        }
        return JsonValues.text(JsonFiles.read(category), "title");
    }

    private static Object readOutcome(Path file, String event) {
        try {
            return readTalk(file, event);
        } catch (FormatException | IOException e) {
            return e;
        }
    }

    static ImportedTalk readTalk(Path file, String event) throws FormatException, IOException {
        byte[] content = Files.readAllBytes(file);
        JsonNode node = JsonFiles.parse(file, content);
        if (!node.isObject()) {
            throw new FormatException(file, 1, "expected a JSON object describing one talk");
        }
        String title = JsonValues.line(node, "title");
        if (title == null) {
            throw new FormatException(file, Math.max(1, JsonFiles.lineOfField(content, "title")), "the talk has no 'title'");
        }
        LocalDate recorded = recorded(file, content, JsonValues.text(node, "recorded"));
        List<String> tags = JsonValues.strings(node, "tags").stream()
                .map(TopicPath::normalize).flatMap(Optional::stream).distinct().toList();
        String media = media(node);
        Integer year = recorded != null ? Integer.valueOf(recorded.getYear()) : EventShape.yearOf(event);
        // Made at once, not through ten withers: each made a whole talk again (its lists copied), 100,000 times in a tree.
        Talk talk = new Talk(null, title, JsonValues.strings(node, "speakers"), event, year, recorded,
                JsonValues.seconds(node, "duration"), media, JsonValues.text(node, "thumbnail_url"), links(node), null, null,
                tags, WatchState.UNWATCHED, JsonValues.text(node, "description"));
        return new ImportedTalk(talk, SourceKeys.forMedia(media), !tags.isEmpty(), List.of(), List.of());
    }

    private static LocalDate recorded(Path file, byte[] content, String text) throws FormatException {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            return Limits.isDate(date) ? date : null; // a bogus date in a dump: the talk without it
        } catch (DateTimeParseException e) {
            throw new FormatException(file, JsonFiles.lineOfField(content, "recorded"),
                    "'recorded' is '" + text + "', expected a date like 2023-04-22");
        }
    }

    /** A YouTube or other playable video URL first; a page only if nothing playable is listed. */
    private static String media(JsonNode node) {
        String firstUrl = null;
        for (JsonNode video : node.path("videos")) {
            String url = video.isTextual() ? video.asText() : JsonValues.text(video, "url");
            Optional<MediaLocation> location = url == null ? Optional.empty() : MediaLocation.parse(url);
            if (location.isPresent()) {
                if (location.get() instanceof MediaLocation.VideoUrl) {
                    return url.strip();
                }
                if (firstUrl == null) {
                    firstUrl = url.strip();
                }
            }
        }
        return firstUrl;
    }

    private static List<String> links(JsonNode node) {
        List<String> links = new ArrayList<>();
        for (JsonNode related : node.path("related_urls")) {
            String url = related.isTextual() ? related.asText().strip() : JsonValues.text(related, "url");
            if (url != null && HTTP_LINK.matcher(url).matches() && !links.contains(url)) {
                links.add(url);
            }
        }
        return links;
    }
}
