package dev.talkshelf.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Picks the reader for an import source from its name, a peek at its first bytes and, for folders, their
 * layout. A format name given by the user ({@code --format}) always wins. Readers are registered from outside,
 * so formats owned elsewhere (the native {@code json} library file) plug in the same way.
 */
public final class FormatDetector {
    /** The native TalkShelf library file: a JSON object whose "format" is "talkshelf-library". */
    public static final String NATIVE_FORMAT = "json";
    private static final int PEEK_BYTES = 64 * 1024;
    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, TalkReader> readers = new LinkedHashMap<>();

    public FormatDetector(Collection<? extends TalkReader> readers) {
        for (TalkReader reader : readers) {
            this.readers.put(reader.formatName(), reader);
        }
    }

    /** The readers of this package, plus any given (such as the native library reader). */
    public static FormatDetector withBuiltInReaders(TalkReader... extra) {
        List<TalkReader> all = new ArrayList<>(List.of(new TitleListReader(), new PyVideoReader(), new YtDlpReader(),
                new FreeTubeReader(), new CsvTalkReader(), new M3uReader(), new VideoFolderReader()));
        all.addAll(List.of(extra));
        return new FormatDetector(all);
    }

    public Set<String> formatNames() {
        return readers.keySet();
    }

    /** The reader named by {@code formatName} if given (null or blank to detect), else the detected one. */
    public TalkReader readerFor(Path source, String formatName) throws FormatException, IOException {
        String name = formatName == null || formatName.isBlank() ? detect(source) : formatName.strip().toLowerCase(Locale.ROOT);
        TalkReader reader = readers.get(name);
        if (reader == null) {
            throw new FormatException(source, 0, "no reader for format '" + name + "' (known: " + String.join(", ", readers.keySet()) + ")");
        }
        return reader;
    }

    /** The name of the format {@code source} looks like. */
    public String detect(Path source) throws FormatException, IOException {
        if (Files.isDirectory(source)) {
            return detectFolder(source);
        }
        if (!Files.isRegularFile(source)) {
            throw new FormatException(source, 0, "no such file or folder");
        }
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (name.endsWith(".info.json")) {
            return "yt-dlp";
        }
        if (name.equals("category.json")) {
            return "pyvideo";
        }
        if (VideoFolderReader.VIDEO_EXTENSIONS.contains(extension)) {
            return "folder";
        }
        switch (extension) {
            case "m3u", "m3u8":
                return "m3u";
            case "csv", "tsv":
                return "csv";
            default:
                break;
        }
        byte[] head = peek(source);
        String text = new String(head, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading();
        if (text.startsWith("{")) {
            return detectJson(source, head);
        }
        if (text.regionMatches(true, 0, "#EXTM3U", 0, 7)) {
            return "m3u";
        }
        String firstLine = text.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        if (!extension.equals("txt") && firstLine.matches("(?:.*[,;\\t])?\\s*\"?title\"?\\s*(?:[,;\\t].*)?") && firstLine.matches(".*[,;\\t].*")) {
            return "csv";
        }
        if (extension.equals("db") || extension.equals("json")) {
            throw new FormatException(source, 1, "not a file TalkShelf can import (expected JSON)");
        }
        return "titles";
    }

    private static String detectFolder(Path folder) throws FormatException, IOException {
        try (Stream<Path> walk = Files.walk(folder, 3)) {
            boolean pyvideo = walk.anyMatch(p -> p.getFileName().toString().equals("category.json")
                    || (p.getFileName().toString().endsWith(".json") && p.getParent() != null
                    && p.getParent().getFileName() != null && p.getParent().getFileName().toString().equals("videos")));
            if (pyvideo) {
                return "pyvideo";
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            if (walk.anyMatch(p -> Files.isRegularFile(p) && VideoFolderReader.isVideo(p))) {
                return "folder";
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        throw new FormatException(folder, 0, "nothing to import here: no PyVideo event folders and no video files");
    }

    /** Tells JSON kinds apart by the first object's top-level fields; a truncated peek is fine. */
    private static String detectJson(Path source, byte[] head) throws FormatException {
        Map<String, String> fields = topLevelFields(head);
        if (LibraryJsonWriter.FORMAT.equals(fields.get("format"))) {
            return NATIVE_FORMAT;
        }
        if (fields.containsKey("playlistName")) {
            return "freetube";
        }
        if (fields.keySet().stream().anyMatch(Set.of("_type", "extractor", "extractor_key", "webpage_url", "upload_date", "ie_key")::contains)) {
            return "yt-dlp";
        }
        if (fields.keySet().stream().anyMatch(Set.of("videos", "speakers", "recorded", "thumbnail_url", "related_urls")::contains)) {
            return "pyvideo";
        }
        throw new FormatException(source, 1, "a JSON file of a kind TalkShelf does not know; name the format with --format");
    }

    private static Map<String, String> topLevelFields(byte[] head) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(head)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return fields;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                fields.put(name, value == JsonToken.VALUE_STRING ? parser.getText() : "");
                parser.skipChildren();
            }
        } catch (IOException e) {
            // the peek may cut the file anywhere: what was read so far is what we have
        }
        return fields;
    }

    private static byte[] peek(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PEEK_BYTES);
        }
    }
}
