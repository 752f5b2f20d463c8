package dev.talkshelf.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the subtitle file that belongs to a video or a yt-dlp file: one in the same folder with the same base
 * name (`talk.mp4` -> `talk.srt`, `talk.en.vtt`, `talk.de.vtt`). With several, the one without a language wins,
 * then English, then the first language in name order. Each folder is listed once.
 */
final class SubtitlesBeside {
    private final Map<Path, Map<String, List<Path>>> byFolder = new HashMap<>();

    /** The transcript beside the file whose name without its extension(s) is {@code baseName}, or null. */
    TranscriptFile find(Path file, String baseName) throws FormatException, IOException {
        Path folder = file.toAbsolutePath().getParent();
        List<Path> candidates = subtitlesIn(folder).getOrDefault(baseName, List.of());
        if (candidates.isEmpty()) {
            return null;
        }
        Path chosen = candidates.stream().min(Comparator.comparing(SubtitlesBeside::preference)
                .thenComparing(p -> p.getFileName().toString())).orElseThrow();
        return new TranscriptFile(chosen.getFileName().toString(), TranscriptFiles.read(chosen));
    }

    private static int preference(Path subtitle) {
        String language = TranscriptFiles.languageFromName(subtitle);
        if (language.isEmpty()) {
            return 0;
        }
        return language.equals("en") ? 1 : language.startsWith("en-") ? 2 : 3;
    }

    private Map<String, List<Path>> subtitlesIn(Path folder) throws IOException {
        Map<String, List<Path>> known = byFolder.get(folder);
        if (known != null) {
            return known;
        }
        Map<String, List<Path>> found = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(TranscriptFiles::isTranscript).filter(Files::isRegularFile)
                    .forEach(p -> found.computeIfAbsent(TranscriptFiles.baseName(p), k -> new ArrayList<>()).add(p));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        byFolder.put(folder, found);
        return found;
    }
}
