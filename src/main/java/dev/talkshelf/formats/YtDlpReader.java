package dev.talkshelf.formats;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Limits;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.TopicPath;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads yt-dlp's metadata: a video's {@code .info.json}, a playlist dump ({@code _type: playlist} with
 * {@code entries}, from {@code -J}) or one JSON object per line (from {@code -j}). The uploader and channel are
 * who published the video, not who spoke, so speakers come only from the title.
 */
public final class YtDlpReader implements TalkReader {
    private static final DateTimeFormatter UPLOAD_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public String formatName() {
        return "yt-dlp";
    }

    @Override
    public ImportBatch read(Path source, ImportContext context) throws FormatException, IOException {
        List<JsonFiles.Located> values = JsonFiles.readAll(source);
        if (values.isEmpty()) {
            throw new FormatException(source, 1, "the file is empty, expected yt-dlp JSON");
        }
        Videos videos = new Videos(source);
        for (JsonFiles.Located value : values) {
            JsonNode node = value.node();
            if (!node.isObject()) {
                throw new FormatException(source, value.line(), "expected a JSON object describing a video or playlist");
            }
            if (isPlaylist(node)) {
                List<Integer> indexes = videos.addEntries(value.line(), node);
                String name = Optional.ofNullable(JsonValues.line(node, "title")).orElse(fileStem(source));
                videos.playlists.add(new PlaylistDraft(name, null, indexes));
            } else {
                videos.add(value.line(), node);
            }
            context.progress().advanced(videos.nodes.size(), -1);
        }
        return withSubtitlesBeside(source, videos.toBatch(context));
    }

    /**
     * A video's {@code NAME.info.json} brings the subtitles yt-dlp wrote beside it ({@code NAME.en.vtt}, from
     * {@code --write-subs --write-auto-subs}).
     */
    private static ImportBatch withSubtitlesBeside(Path source, ImportBatch batch) throws FormatException, IOException {
        String name = source.getFileName().toString();
        if (batch.talks().size() != 1 || !batch.playlists().isEmpty() || !name.toLowerCase(Locale.ROOT).endsWith(".info.json")) {
            return batch;
        }
        TranscriptFile subtitles = new SubtitlesBeside().find(source, name.substring(0, name.length() - ".info.json".length()));
        return subtitles == null ? batch : new ImportBatch(List.of(batch.talks().get(0).withTranscript(subtitles)), List.of());
    }

    /**
     * Reads what {@code yt-dlp --flat-playlist -J url} printed: a playlist (or a channel's videos) becomes its
     * talks and a playlist of them in the same order, a single video one talk. Entries that are themselves
     * playlists or channel tabs (a channel's front page lists its tabs) are not talks and are left out.
     */
    public ImportBatch readListing(String url, byte[] json, ImportContext context) throws FormatException {
        JsonNode node = JsonFiles.parse(null, json);
        if (!node.isObject()) {
            throw new FormatException(null, 1, "yt-dlp printed no JSON object for the link");
        }
        Videos videos = new Videos(null);
        if (isPlaylist(node)) {
            List<Integer> indexes = videos.addEntries(1, node);
            if (indexes.isEmpty()) {
                throw new FormatException(null, 0, "the link lists no videos (a channel's front page lists its tabs: "
                        + "import its Videos tab, e.g. …/@channel/videos, or one of its playlists)");
            }
            String name = Optional.ofNullable(JsonValues.line(node, "title")).orElse(PlainText.oneLine(url));
            videos.playlists.add(new PlaylistDraft(name, null, indexes));
        } else {
            videos.add(1, node);
        }
        return videos.toBatch(context);
    }

    private static boolean isPlaylist(JsonNode node) {
        return "playlist".equals(JsonValues.text(node, "_type")) || node.path("entries").isArray();
    }

    /**
     * An entry that is not a video one can watch: a link to a playlist or a channel tab, or a playlist's
     * placeholder for a video its owner made private or deleted (titled "[Private video]", "[Deleted video]").
     */
    private static boolean isNotAVideo(JsonNode entry) {
        String title = Optional.ofNullable(JsonValues.text(entry, "title")).orElse("");
        if (title.matches("\\[(Private|Deleted|Unavailable) video\\]")) {
            return true;
        }
        String ie = Optional.ofNullable(JsonValues.text(entry, "ie_key")).orElse("");
        String url = Optional.ofNullable(JsonValues.text(entry, "url")).orElse("");
        return "playlist".equals(JsonValues.text(entry, "_type")) || ie.equalsIgnoreCase("YoutubeTab")
                || url.contains("/playlist?list=");
    }

    /** The video objects of one source, gathered first so their titles are read together as one batch. */
    private static final class Videos {
        private final Path source;
        final List<JsonNode> nodes = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();
        final List<PlaylistDraft> playlists = new ArrayList<>();

        Videos(Path source) {
            this.source = source;
        }

        void add(int line, JsonNode node) {
            nodes.add(node);
            lines.add(line);
        }

        List<Integer> addEntries(int line, JsonNode playlist) {
            List<Integer> indexes = new ArrayList<>();
            for (JsonNode entry : playlist.path("entries")) {
                if (entry.isObject() && !isNotAVideo(entry)) { // yt-dlp writes null for unavailable videos
                    indexes.add(nodes.size());
                    add(line, entry);
                }
            }
            return indexes;
        }

        ImportBatch toBatch(ImportContext context) throws FormatException {
            List<String> rawTitles = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                String rawTitle = JsonValues.line(nodes.get(i), "title");
                if (rawTitle == null) {
                    throw new FormatException(source, lines.get(i), "a video has no 'title'");
                }
                rawTitles.add(rawTitle);
            }
            // A playlist or channel names its videos in one layout; reading the titles together lets it decide.
            List<ParsedTitle> parsed = new TitleParser(context.knownSpeaker())
                    .parseBatch(rawTitles.stream().map(TitleParser::stripVideoId).toList()).titles();
            List<ImportedTalk> talks = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                talks.add(video(source, lines.get(i), nodes.get(i), rawTitles.get(i), parsed.get(i)));
            }
            return new ImportBatch(talks, playlists);
        }
    }

    private static ImportedTalk video(Path source, int line, JsonNode node, String rawTitle, ParsedTitle fromTitle)
            throws FormatException {
        ParsedTitle parsed = separateFields(node).orElse(fromTitle).orTitle(rawTitle);
        LocalDate uploaded = uploadDate(source, line, JsonValues.text(node, "upload_date"));
        String id = JsonValues.text(node, "id");
        String media = media(node, id);
        List<String> tags = JsonValues.strings(node, "tags").stream()
                .map(TopicPath::normalize).flatMap(Optional::stream).distinct().toList();
        Integer year = Optional.ofNullable(parsed.eventYear())
                .or(() -> Optional.ofNullable(JsonValues.year(node, "release_year")))
                .orElse(uploaded == null ? null : uploaded.getYear());
        Talk talk = Talk.titled(parsed.title())
                .withSpeakers(parsed.speakers())
                .withEvent(parsed.event())
                .withYear(year)
                .withRecorded(uploaded)
                .withDuration(JsonValues.seconds(node, "duration"))
                .withMedia(media)
                .withThumbnail(thumbnail(node))
                .withTags(tags)
                .withDescription(JsonValues.text(node, "description"));
        return new ImportedTalk(talk, sourceKey(node, id, media), !tags.isEmpty(), List.of(), List.of());
    }

    /** Music-style metadata names track and artists apart; when present it beats guessing from the title. */
    private static Optional<ParsedTitle> separateFields(JsonNode node) {
        String track = JsonValues.line(node, "track");
        List<String> artists = JsonValues.strings(node, "artists");
        if (artists.isEmpty() && JsonValues.text(node, "artist") != null) {
            artists = List.of(JsonValues.text(node, "artist").split("\\s*,\\s*"));
        }
        return track == null || artists.isEmpty() ? Optional.empty() : Optional.of(new ParsedTitle(track, artists, null));
    }

    private static LocalDate uploadDate(Path source, int line, String text) throws FormatException {
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text, UPLOAD_DATE);
            return Limits.isDate(date) ? date : null; // a bogus date in a dump: the talk without it
        } catch (DateTimeParseException e) {
            throw new FormatException(source, line, "'upload_date' is '" + text + "', expected YYYYMMDD");
        }
    }

    private static String media(JsonNode node, String id) {
        for (String field : List.of("webpage_url", "original_url", "url")) {
            String url = JsonValues.text(node, field);
            if (url != null && url.toLowerCase(Locale.ROOT).matches("^https?://.*")) {
                return url;
            }
        }
        boolean youtube = extractor(node).map(e -> e.startsWith("youtube")).orElse(false);
        return youtube && id != null ? "https://www.youtube.com/watch?v=" + id : null;
    }

    private static String thumbnail(JsonNode node) {
        String thumbnail = JsonValues.text(node, "thumbnail");
        if (thumbnail == null && node.path("thumbnails").isArray() && !node.path("thumbnails").isEmpty()) {
            JsonNode thumbnails = node.path("thumbnails");
            thumbnail = JsonValues.text(thumbnails.get(thumbnails.size() - 1), "url"); // yt-dlp sorts best last
        }
        return thumbnail;
    }

    private static String sourceKey(JsonNode node, String id, String media) {
        Optional<String> extractor = extractor(node);
        if (id != null && extractor.isPresent()) {
            return extractor.get().startsWith("youtube") ? SourceKeys.youtube(id) : extractor.get() + ":" + id;
        }
        return SourceKeys.forMedia(media);
    }

    private static Optional<String> extractor(JsonNode node) {
        return Optional.ofNullable(JsonValues.text(node, "extractor_key"))
                .or(() -> Optional.ofNullable(JsonValues.text(node, "ie_key")))
                .or(() -> Optional.ofNullable(JsonValues.text(node, "extractor")))
                .map(e -> e.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
    }

    private static String fileStem(Path file) {
        String stem = PlainText.oneLine(file.getFileName().toString().replaceFirst("(\\.info)?\\.(json|jsonl|ndjson)$", ""));
        return stem.isEmpty() ? "yt-dlp playlist" : stem;
    }
}
