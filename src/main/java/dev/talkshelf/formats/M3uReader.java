package dev.talkshelf.formats;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.formats.ImportBatch.PlaylistDraft;
import dev.talkshelf.model.Limits;
import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Reads M3U / M3U8 playlists: each entry (a path or URL, relative paths taken from the playlist's folder) is a
 * talk, titled from its {@code #EXTINF} line ("Speakers - Title", the artist-first order players use) or else
 * from its file name. The whole file also becomes one playlist.
 */
public final class M3uReader implements TalkReader {
    private static final String EXTINF = "#EXTINF:";
    private static final String PLAYLIST = "#PLAYLIST:";

    @Override
    public String formatName() {
        return "m3u";
    }

    @Override
    public ImportBatch read(Path source, ImportContext context) throws FormatException, IOException {
        TitleParser parser = new TitleParser(context.knownSpeaker());
        Path folder = source.toAbsolutePath().getParent();
        List<String> lines = lines(source);
        List<ImportedTalk> talks = new ArrayList<>();
        String name = stem(source);
        String info = null;
        int infoLine = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = i + 1;
            if (line.regionMatches(true, 0, EXTINF, 0, EXTINF.length())) {
                info = line.substring(EXTINF.length());
                infoLine = number;
            } else if (line.regionMatches(true, 0, PLAYLIST, 0, PLAYLIST.length())) {
                String given = PlainText.oneLine(line.substring(PLAYLIST.length()));
                name = given.isEmpty() ? name : given;
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                talks.add(entry(source, number, line, folder, info, infoLine, parser));
                info = null;
            }
        }
        if (info != null) {
            throw new FormatException(source, infoLine, "#EXTINF is not followed by the path or URL of its entry");
        }
        context.progress().advanced(talks.size(), talks.size());
        if (talks.isEmpty()) {
            return new ImportBatch(List.of(), List.of()); // an empty playlist file imports nothing, not an empty playlist
        }
        List<Integer> order = IntStream.range(0, talks.size()).boxed().toList();
        return new ImportBatch(talks, List.of(new PlaylistDraft(name, null, order)));
    }

    /** M3U8 is UTF-8 by definition; plain .m3u files from older players are often Latin-1. */
    private static List<String> lines(Path source) throws FormatException, IOException {
        try {
            return TextFiles.lines(source);
        } catch (FormatException e) {
            if (source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".m3u") && e.problem().startsWith("not UTF-8")) {
                return new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1).lines().toList();
            }
            throw e;
        }
    }

    private static ImportedTalk entry(Path source, int number, String location, Path folder, String info, int infoLine,
                                      TitleParser parser) throws FormatException {
        MediaLocation media = MediaLocation.parse(location)
                .orElseThrow(() -> new FormatException(source, number, "'" + location + "' is neither a file path nor an http(s) URL"));
        String mediaText = media instanceof MediaLocation.LocalFile local
                ? folder.resolve(local.path()).normalize().toString() : media.text();
        Duration duration = null;
        ParsedTitle parsed;
        String sourceKey = SourceKeys.forMedia(mediaText);
        if (info != null) {
            int comma = info.indexOf(',');
            String seconds = (comma < 0 ? info : info.substring(0, comma)).strip().split("\\s+")[0];
            duration = duration(source, infoLine, seconds);
            parsed = parser.parseArtistFirst(comma < 0 ? "" : info.substring(comma + 1));
        } else {
            parsed = new ParsedTitle("", List.of(), null);
        }
        if (PlainText.oneLine(parsed.title()).isEmpty()) {
            // No title in #EXTINF: the file name (or the last part of the URL) is what a player would show.
            YtDlpFileName fileName = YtDlpFileName.parse(lastSegment(mediaText));
            parsed = parser.parse(fileName.title()).orTitle(mediaText);
            if (fileName.videoId() != null && sourceKey == null) {
                sourceKey = SourceKeys.youtube(fileName.videoId());
            }
        }
        Talk talk = parsed.toTalk()
                .withDuration(duration)
                .withMedia(mediaText);
        return new ImportedTalk(talk, sourceKey, false, List.of(), List.of());
    }

    private static Duration duration(Path source, int line, String seconds) throws FormatException {
        try {
            double value = Double.parseDouble(seconds);
            // -1 means unknown; a length no talk has (1e16) is dropped like it, the entry is still worth having.
            return value <= 0 || !Limits.isSeconds(value) ? null : Duration.ofMillis(Math.round(value * 1000));
        } catch (NumberFormatException e) {
            throw new FormatException(source, line, "#EXTINF duration '" + seconds + "' is not a number of seconds");
        }
    }

    private static String lastSegment(String media) {
        String path = media;
        if (media.toLowerCase(Locale.ROOT).startsWith("http")) {
            try {
                String raw = URI.create(media).getPath();
                path = raw == null || raw.isEmpty() ? media : raw;
            } catch (IllegalArgumentException e) {
                path = media; // not a URI Java can take apart: its last segment as written
            }
        }
        String trimmed = path.replaceAll("[/\\\\]+$", "");
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
    }

    private static String stem(Path file) {
        String stem = PlainText.oneLine(file.getFileName().toString().replaceFirst("(?i)\\.m3u8?$", ""));
        return stem.isEmpty() ? "M3U playlist" : stem;
    }
}
