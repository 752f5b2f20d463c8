package dev.talkshelf.ui.thumbnails;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.talkshelf.model.Talk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pictures a window asks for: what the app's Thumbnails fetches and keeps, on real files and a real server. */
class ThumbnailsTest {
    @TempDir
    Path dir;

    @Test
    void aPictureOnThisMachineIsNeverFetched() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        List<String> requested = new CopyOnWriteArrayList<>();
        server.createContext("/", ex -> {
            requested.add(ex.getRequestURI().getPath());
            ex.sendResponseHeaders(200, 3);
            ex.getResponseBody().write(new byte[] {1, 2, 3});
            ex.close();
        });
        server.start();
        List<Path> handed = new CopyOnWriteArrayList<>();
        try (Thumbnails thumbnails = new Thumbnails(dir, Optional.empty())) {
            Talk talk = Talk.titled("Hostile import").withMedia("https://www.youtube.com/watch?v=abc")
                    .withThumbnail("http://127.0.0.1:" + server.getAddress().getPort() + "/admin/picture.jpg");

            thumbnails.request(talk, handed::add);

            waitFor(() -> thumbnails.gaveUpOn(talk) || !handed.isEmpty());
        } finally {
            server.stop(0);
        }
        assertEquals(List.of(), requested);
        assertEquals(List.of(), handed);
    }

    @Test
    void aLocalVideoGetsAFrameFromFfmpegKeptInTheCache() throws Exception {
        Optional<String> ffmpeg = Thumbnails.findFfmpeg();
        org.junit.jupiter.api.Assumptions.assumeTrue(ffmpeg.isPresent(), "ffmpeg is installed here");
        Path clip = dir.resolve("clip dir").resolve("a blue talk.mp4");
        Files.createDirectories(clip.getParent());
        Process make = new ProcessBuilder(ffmpeg.get(), "-nostdin", "-loglevel", "error", "-f", "lavfi", "-i",
                "color=c=0x2040e0:s=320x240:d=2:r=10", "-pix_fmt", "yuv420p", clip.toString())
                .redirectErrorStream(true).start();
        assertTrue(make.waitFor(60, TimeUnit.SECONDS) && make.exitValue() == 0, "ffmpeg made the clip");
        Path cache = dir.resolve("cache");
        List<Path> handed = new CopyOnWriteArrayList<>();
        try (Thumbnails thumbnails = new Thumbnails(cache, ffmpeg)) {
            thumbnails.request(Talk.titled("Blue").withMedia(clip.toString()), handed::add);
            waitFor(() -> !handed.isEmpty());
        }
        Path frame = handed.get(0);
        assertTrue(frame.startsWith(cache));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(frame.toFile());
        assertEquals(320, image.getWidth());
        int rgb = image.getRGB(160, 120);
        int red = (rgb >> 16) & 0xff;
        int blue = rgb & 0xff;
        assertTrue(blue > 180 && red < 80, "the frame is the clip's blue, got " + Integer.toHexString(rgb));
    }

    @Test
    void theCacheIsTrimmedToItsCapWhenTheAppStarts() throws Exception {
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            Path file = Files.write(dir.resolve("picture" + i + ".img"), new byte[1000]);
            Files.setLastModifiedTime(file, FileTime.from(now.minus(Duration.ofMinutes(10 - i))));
        }

        try (Thumbnails ignored = new Thumbnails(dir, Optional.empty(), PictureFetcher.forPublicInternet(), 2000)) {
            waitFor(() -> count() == 2);
        }
        assertTrue(Files.exists(dir.resolve("picture3.img")) && Files.exists(dir.resolve("picture4.img")));
    }

    private long count() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(10);
        }
    }
}
