package dev.talkshelf.ui.thumbnails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.model.Talk;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ThumbnailSourceTest {
    @Test
    void aLocalFileGetsAFrameEvenWithAPictureUrl() {
        Talk t = Talk.titled("x").withMedia("/videos/talk.mp4").withThumbnail("https://img.example/x.jpg");
        assertInstanceOf(ThumbnailSource.Frame.class, ThumbnailSource.of(t));
    }

    @Test
    void aWebVideoUsesThePictureItsImportGave() {
        Talk t = Talk.titled("x").withMedia("https://www.youtube.com/watch?v=abc").withThumbnail("https://i.ytimg.com/vi/abc/hq.jpg");
        assertEquals(new ThumbnailSource.Web("https://i.ytimg.com/vi/abc/hq.jpg"), ThumbnailSource.of(t));
    }

    @Test
    void aYouTubeVideoWithoutAPictureGetsTheOneYouTubePublishesForItsId() {
        Talk t = Talk.titled("x").withMedia("https://youtu.be/dQw4w9WgXcQ");
        assertEquals(new ThumbnailSource.Web("https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"), ThumbnailSource.of(t));
    }

    @Test
    void nothingUsableMeansThePlaceholder() {
        Talk t = Talk.titled("x").withMedia("https://www.youtube.com/watch?v=abc").withThumbnail("javascript:alert(1)");
        assertInstanceOf(ThumbnailSource.None.class, ThumbnailSource.of(t));
    }

    @Test
    void ffmpegGetsAnArgumentListWithTheFileAsOneArgument() {
        ThumbnailSource.Frame f = new ThumbnailSource.Frame(Path.of("/v/my talk; rm -rf.mp4"));
        var args = f.ffmpegArguments("ffmpeg", Path.of("/c/out.jpg"), 60);
        assertTrue(args.contains("/v/my talk; rm -rf.mp4"));
        assertEquals("/c/out.jpg", args.get(args.size() - 1));
    }

    @Test
    void theSameSourceAlwaysMapsToTheSameCacheFile() {
        assertEquals(new ThumbnailSource.Web("https://a/b.jpg").cacheName(), new ThumbnailSource.Web("https://a/b.jpg").cacheName());
    }

    @Test
    void aFileOnANetworkShareGetsNoFrameButItsWebPicture() {
        Talk t = Talk.titled("x").withMedia("\\\\nas\\talks\\talk.mp4").withThumbnail("https://img.example/x.jpg");
        assertEquals(new ThumbnailSource.Web("https://img.example/x.jpg"), ThumbnailSource.of(t));
    }

    @Test
    void aFileThatIsNotAVideoGetsNoFrame() {
        Talk t = Talk.titled("x").withMedia("/downloads/setup.exe");
        assertInstanceOf(ThumbnailSource.None.class, ThumbnailSource.of(t));
    }
}
