package dev.talkshelf.formats;

import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.model.Limits;
import dev.talkshelf.model.PlainText;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a folder of downloaded videos (searched recursively, in sorted order) or one video file: each file is
 * a talk titled from its name, yt-dlp's {@code [videoid]} turned into a source key.
 */
public final class VideoFolderReader implements TalkReader {
    static final Set<String> VIDEO_EXTENSIONS = Set.of("mp4", "mkv", "webm", "mov", "m4v", "avi", "mpg", "wmv", "flv", "ogv");

    private final DurationProbe probe;

    public VideoFolderReader(DurationProbe probe) {
        this.probe = probe;
    }

    /** Durations from ffprobe when it is installed, none otherwise. */
    public VideoFolderReader() {
        this(Ffprobe.onPath().<DurationProbe>map(f -> f).orElse(DurationProbe.NONE));
    }

    @Override
    public String formatName() {
        return "folder";
    }

    @Override
    public ImportBatch read(Path source, ImportContext context) throws FormatException, IOException {
        List<Path> videos = videos(source);
        TitleParser parser = new TitleParser(context.knownSpeaker());
        List<ImportedTalk> talks = new ArrayList<>();
        SubtitlesBeside subtitles = new SubtitlesBeside();
        for (Path video : videos) {
            YtDlpFileName name = YtDlpFileName.parse(video.getFileName().toString());
            ParsedTitle parsed = parser.parse(name.title()).orTitle(fileNameTitle(video));
            Talk talk = parsed.toTalk()
                    .withMedia(video.toAbsolutePath().toString())
                    .withDuration(probe.duration(video).filter(Limits::isDuration).orElse(null));
            String fileName = video.getFileName().toString();
            talks.add(new ImportedTalk(talk, name.videoId() == null ? null : SourceKeys.youtube(name.videoId()),
                    false, List.of(), List.of())
                    .withTranscript(subtitles.find(video, fileName.substring(0, fileName.lastIndexOf('.')))));
            context.progress().advanced(talks.size(), videos.size());
        }
        return new ImportBatch(talks, List.of());
    }

    /** The file name itself, for a name the parser leaves nothing of (only an id, only symbols). */
    private static String fileNameTitle(Path video) {
        String name = PlainText.oneLine(video.getFileName().toString());
        return name.isEmpty() ? "video" : name;
    }

    static boolean isVideo(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && VIDEO_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static List<Path> videos(Path source) throws FormatException, IOException {
        if (Files.isRegularFile(source)) {
            if (!isVideo(source)) {
                throw new FormatException(source, 0, "not a video file (expected one of " + String.join(", ",
                        VIDEO_EXTENSIONS.stream().sorted().toList()) + ")");
            }
            return List.of(source);
        }
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(Files::isRegularFile).filter(VideoFolderReader::isVideo)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
