package dev.talkshelf.ui.thumbnails;

import dev.talkshelf.model.MediaLocation;
import dev.talkshelf.model.Talk;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Where a talk's picture comes from: a frame of its local file, the picture URL its import gave, the picture
 * YouTube publishes for a YouTube link's video id, or nowhere.
 */
public sealed interface ThumbnailSource {

    /** The name of the cached picture file: the same source always maps to the same name. */
    String cacheName();

    record Frame(Path video) implements ThumbnailSource {
        @Override
        public String cacheName() {
            return hash("frame:" + video.toAbsolutePath()) + ".jpg";
        }

        /** ffmpeg's arguments: one frame at {@code seconds}, scaled to 320 px wide, no prompts, errors only. */
        public List<String> ffmpegArguments(String ffmpeg, Path target, int seconds) {
            return List.of(ffmpeg, "-nostdin", "-loglevel", "error", "-y", "-ss", Integer.toString(seconds),
                    "-i", video.toAbsolutePath().toString(), "-frames:v", "1", "-vf", "scale=320:-2", target.toString());
        }
    }

    record Web(String url) implements ThumbnailSource {
        @Override
        public String cacheName() {
            return hash("web:" + url) + ".img";
        }
    }

    record None() implements ThumbnailSource {
        @Override
        public String cacheName() {
            return "";
        }
    }

    /** As {@link #of(Talk, String)} with YouTube's own picture server. */
    static ThumbnailSource of(Talk talk) {
        return of(talk, YouTubeVideos.PICTURES);
    }

    /**
     * A local video or audio file wins over a web picture, the picture the import gave over the one derived from a
     * YouTube link (under {@code youTubePictures}); only http(s) pictures are fetched. Decided on the text
     * alone (this runs on the FX thread): a file on a network share never gets ffmpeg, whatever the preferences
     * say, so showing a list never makes the system contact another machine; its web picture is used instead.
     */
    static ThumbnailSource of(Talk talk, String youTubePictures) {
        MediaLocation media = MediaLocation.parse(talk.media()).orElse(null);
        if (media instanceof MediaLocation.LocalFile f && !MediaLocation.isNetworkPath(talk.media())
                && MediaLocation.hasMediaExtension(f.text())) {
            return new Frame(f.path());
        }
        String url = talk.thumbnail();
        if (url != null) {
            String lower = url.strip().toLowerCase(Locale.ROOT);
            if (lower.startsWith("https://") || lower.startsWith("http://")) {
                return new Web(url.strip());
            }
        }
        return YouTubeVideos.pictureOf(talk.media(), youTubePictures).<ThumbnailSource>map(Web::new).orElse(new None());
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
