package dev.talkshelf.ui.thumbnails;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class YouTubeVideosTest {
    @Test
    void watchLinksShortLinksAndEmbedsGiveTheirId() {
        assertEquals(Optional.of("dQw4w9WgXcQ"), YouTubeVideos.id("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s"));
        assertEquals(Optional.of("dQw4w9WgXcQ"), YouTubeVideos.id("https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ"));
        assertEquals(Optional.of("dQw4w9WgXcQ"), YouTubeVideos.id("https://youtu.be/dQw4w9WgXcQ?si=abc"));
        assertEquals(Optional.of("dQw4w9WgXcQ"), YouTubeVideos.id("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"));
        assertEquals(Optional.of("dQw4w9WgXcQ"), YouTubeVideos.id("https://www.youtube.com/shorts/dQw4w9WgXcQ"));
        assertEquals(Optional.of("dQw4w9WgXcQ"), YouTubeVideos.id("https://www.youtube.com/live/dQw4w9WgXcQ?feature=x"));
    }

    @Test
    void otherHostsPlaylistsAndMisshapenIdsGiveNone() {
        assertEquals(Optional.empty(), YouTubeVideos.id("https://vimeo.com/123456789"));
        assertEquals(Optional.empty(), YouTubeVideos.id("https://www.youtube.com/playlist?list=PL123"));
        assertEquals(Optional.empty(), YouTubeVideos.id("https://www.youtube.com/watch?v=short"));
        assertEquals(Optional.empty(), YouTubeVideos.id("https://evil.example/watch?v=dQw4w9WgXcQ"));
        assertEquals(Optional.empty(), YouTubeVideos.id("https://notyoutube.com/watch?v=dQw4w9WgXcQ"));
        assertEquals(Optional.empty(), YouTubeVideos.id("file:///videos/talk.mp4"));
        assertEquals(Optional.empty(), YouTubeVideos.id(null));
    }

    @Test
    void thePictureIsYouTubesHighQualityDefault() {
        assertEquals(Optional.of("https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"),
                YouTubeVideos.pictureOf("https://youtu.be/dQw4w9WgXcQ", YouTubeVideos.PICTURES));
    }
}
