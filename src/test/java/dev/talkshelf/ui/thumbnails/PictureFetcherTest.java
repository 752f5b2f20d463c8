package dev.talkshelf.ui.thumbnails;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real HTTP server on 127.0.0.1 (no traffic leaves this machine). The fetcher used in the app refuses it
 * outright; a fetcher that lets loopback through exercises redirects, time limits and the size cap.
 */
class PictureFetcherTest {
    static final byte[] PICTURE = "\u0089PNG not really a picture".getBytes(StandardCharsets.ISO_8859_1);

    HttpServer server;
    ExecutorService threads = Executors.newCachedThreadPool();
    final List<String> requested = new CopyOnWriteArrayList<>();
    String base;

    /** Loopback through (only here), everything else as in the app; 64 KB per picture. */
    final PictureFetcher loopbackAllowed = new PictureFetcher(a -> a.isLoopbackAddress() || PublicAddresses.isPublic(a),
            Duration.ofSeconds(5), Duration.ofSeconds(20), 64 * 1024);
    /** The same with 1 s for the whole fetch. */
    final PictureFetcher impatient = new PictureFetcher(a -> a.isLoopbackAddress() || PublicAddresses.isPublic(a),
            Duration.ofSeconds(5), Duration.ofSeconds(1), 64 * 1024);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        handle("/pic.png", ex -> send(ex, 200, PICTURE));
        for (int i = 1; i <= 4; i++) {
            int next = i - 1;
            handle("/hop" + i, ex -> redirect(ex, next == 0 ? "/pic.png" : "/hop" + next));
        }
        handle("/to-private", ex -> redirect(ex, "http://10.20.30.40/pic.png"));
        handle("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        handle("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        handle("/to-other-loopback", ex -> redirect(ex, "http://127.0.0.2:" + server.getAddress().getPort() + "/pic.png"));
        handle("/missing", ex -> send(ex, 404, new byte[0]));
        handle("/huge", ex -> send(ex, 200, new byte[200 * 1024]));
        handle("/huge-chunked", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: the size is not told up front
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 200; i++) {
                    out.write(new byte[1024]);
                }
            } catch (IOException ignored) {
                // the fetcher hung up, as it should
            }
        });
        handle("/trickle", ex -> {
            ex.sendResponseHeaders(200, 100);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100); // 10 s for the whole body: far past the 1 s limit
                }
            } catch (IOException | InterruptedException ignored) {
                // the fetcher hung up, as it should
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    void theAppsFetcherRefusesLoopbackWithoutSendingARequest() {
        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class,
                () -> PictureFetcher.forPublicInternet().fetch(base + "/pic.png"));

        assertEquals(base + "/pic.png: 127.0.0.1 is 127.0.0.1, not a public address", e.getMessage());
        assertEquals(List.of(), requested);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/pic.png", "http://[::1]/pic.png", "http://10.0.0.1/pic.png",
            "http://192.168.1.1/pic.png", "http://169.254.169.254/latest/meta-data/", "http://[fd00::1]/pic.png",
            "http://[::ffff:127.0.0.1]/pic.png", "http://0.0.0.0/pic.png", "http://100.64.0.1/pic.png",
            "http://2130706433/pic.png", "http://[0:0:0:0:0:ffff:a00:1]/pic.png"})
    void theAppsFetcherRefusesPrivateHosts(String url) {
        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> PictureFetcher.forPublicInternet().fetch(url));

        assertTrue(e.getMessage().endsWith(", not a public address"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.org/pic.png", "javascript:alert(1)", "data:image/png;base64,AA==",
            "jar:file:///x.jar!/pic.png", "gopher://127.0.0.1:6379/_FLUSHALL"})
    void onlyHttpPicturesAreFetched(String url) {
        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> PictureFetcher.forPublicInternet().fetch(url));

        assertEquals(url + ": only http(s) pictures are fetched", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///pic.png", "http://127.1/pic.png", "https://under_score..example/pic.png"})
    void anAddressWithoutAProperHostIsRefused(String url) {
        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> PictureFetcher.forPublicInternet().fetch(url));

        assertEquals(url + ": no valid host name", e.getMessage());
    }

    @Test
    void aPictureIsFetched() throws Exception {
        assertArrayEquals(PICTURE, loopbackAllowed.fetch(base + "/pic.png"));
    }

    @Test
    void threeRedirectsAreFollowed() throws Exception {
        assertArrayEquals(PICTURE, loopbackAllowed.fetch(base + "/hop3"));

        assertEquals(List.of("/hop3", "/hop2", "/hop1", "/pic.png"), requested);
    }

    @Test
    void aFourthRedirectIsRefused() {
        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> loopbackAllowed.fetch(base + "/hop4"));

        assertEquals(base + "/hop4: more than 3 redirects", e.getMessage());
        assertEquals(List.of("/hop4", "/hop3", "/hop2", "/hop1"), requested);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/to-private", "/to-metadata"})
    void aRedirectToAPrivateHostIsRefusedBeforeItIsContacted(String path) {
        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> loopbackAllowed.fetch(base + path));

        assertTrue(e.getMessage().endsWith(", not a public address"), e.getMessage());
    }

    @Test
    void aRedirectToAFileIsRefused() {
        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> loopbackAllowed.fetch(base + "/to-file"));

        assertEquals("file:///etc/passwd: only http(s) pictures are fetched", e.getMessage());
    }

    @Test
    void theAddressIsCheckedAgainAfterEachRedirect() {
        // This fetcher lets 127.0.0.1 through but no other address, so the redirect's 127.0.0.2 must be refused.
        PictureFetcher onlyThisAddress = new PictureFetcher(a -> a.getHostAddress().equals("127.0.0.1"),
                Duration.ofSeconds(5), Duration.ofSeconds(20), 64 * 1024);

        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> onlyThisAddress.fetch(base + "/to-other-loopback"));

        assertTrue(e.getMessage().endsWith(": 127.0.0.2 is 127.0.0.2, not a public address"), e.getMessage());
        assertEquals(List.of("/to-other-loopback"), requested);
    }

    @Test
    void aBodyThatTricklesPastTheTimeLimitIsCutOff() {
        long started = System.nanoTime();

        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> impatient.fetch(base + "/trickle"));

        long tookMs = (System.nanoTime() - started) / 1_000_000;
        assertEquals(base + "/trickle: took longer than 1 s", e.getMessage());
        assertTrue(tookMs < 8_000, "gave up long before the 10 s body ended: " + tookMs + " ms");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/huge", "/huge-chunked"})
    void aPictureOverTheSizeCapIsRefused(String path) {
        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> loopbackAllowed.fetch(base + path));

        assertEquals(base + path + ": larger than 65536 bytes", e.getMessage());
    }

    @Test
    void anErrorStatusIsNamed() {
        PictureFetcher.Refused e = assertThrows(PictureFetcher.Refused.class, () -> loopbackAllowed.fetch(base + "/missing"));

        assertEquals(base + "/missing: status 404", e.getMessage());
    }

    private void handle(String path, HttpHandler handler) {
        server.createContext(path, ex -> {
            requested.add(ex.getRequestURI().getPath());
            handler.handle(ex);
        });
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "image/png");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        } catch (IOException ignored) {
            // the fetcher hung up, as it should for a body over the cap
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }
}
