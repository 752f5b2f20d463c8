package dev.talkshelf.formats;

import dev.talkshelf.model.Transcript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a talk's subtitles or transcript from a WebVTT (.vtt) or SubRip (.srt) file, as yt-dlp
 * (`--write-subs --write-auto-subs`, named `NAME.en.vtt`) and conference recordings ship them.
 */
public final class TranscriptFiles {
    /** An hour of captions is ~60 KB of cues (~200 KB with YouTube's inline timings); 50 MB is no transcript. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** `talk.en.vtt`, `talk.pt-BR.srt`, `talk.en-orig.vtt`: the language tag before the extension. */
    private static final Pattern LANGUAGE = Pattern.compile(".+\\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.(?i:vtt|srt)");

    private TranscriptFiles() {
    }

    public static boolean isTranscript(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".vtt") || name.endsWith(".srt");
    }

    /** The language the file's name gives (`en` for `talk.en.vtt`), or "". */
    public static String languageFromName(Path file) {
        Matcher m = LANGUAGE.matcher(file.getFileName().toString());
        return m.matches() ? m.group(1) : "";
    }

    /** The name the file's video would have: `talk.en.vtt` and `talk.srt` belong to `talk.*`. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        String withoutExtension = name.substring(0, name.lastIndexOf('.'));
        String language = languageFromName(file);
        return language.isEmpty() ? withoutExtension
                : withoutExtension.substring(0, withoutExtension.length() - language.length() - 1);
    }

    public static Transcript read(Path file) throws FormatException, IOException {
        if (!isTranscript(file)) {
            throw new FormatException(file, 0, "not a subtitle file: TalkShelf reads .vtt (WebVTT) and .srt (SubRip)");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new FormatException(file, 0, "a subtitle file of " + Files.size(file) / (1024 * 1024)
                    + " MB is far larger than any transcript (at most " + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        List<String> lines = TextFiles.lines(file);
        String language = languageFromName(file);
        List<RawCue> raw;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".vtt")) {
            WebVttReader.Parsed parsed = WebVttReader.read(file, lines);
            raw = parsed.cues();
            if (language.isEmpty()) {
                language = parsed.language();
            }
        } else {
            raw = SrtReader.read(file, lines);
        }
        if (raw.size() > Transcript.MAX_CUES) {
            throw new FormatException(file, raw.get(Transcript.MAX_CUES).timingLine(),
                    "more than " + Transcript.MAX_CUES + " cues: not a talk's transcript");
        }
        return new Transcript(language, RollingCaptions.clean(raw));
    }
}
