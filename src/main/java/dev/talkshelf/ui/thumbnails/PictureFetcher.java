package dev.talkshelf.ui.thumbnails;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Fetches a talk's picture from the web, trusting nothing about the address: http(s) only; every address the
 * host resolves to must pass the address check (public addresses only, {@link PublicAddresses}) before each
 * request, so also after each redirect, of which at most {@value #MAX_REDIRECTS} are followed (the client
 * itself follows none); a connect time limit, one time limit for the whole fetch including every body, and a
 * size cap. Blocking: call it on a background thread.
 *
 * <p>The check and the connection resolve the host through the same JVM address cache (30 s by default), so a
 * DNS answer that changes between them (rebinding) is not seen by the connection.
 */
public final class PictureFetcher {
    public static final int MAX_REDIRECTS = 3;
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration WHOLE_TIMEOUT = Duration.ofSeconds(20);
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final Predicate<InetAddress> allowed;
    private final Duration wholeTimeout;
    private final long maxBytes;
    private final Duration connectTimeout;
    /** Made at the first fetch, on a background thread: building an HTTP client (TLS included) is work a window start need not wait for. */
    private HttpClient http;

    /** {@code allowed}: which resolved addresses may be contacted (tests let loopback through). */
    public PictureFetcher(Predicate<InetAddress> allowed, Duration connectTimeout, Duration wholeTimeout, long maxBytes) {
        this.allowed = allowed;
        this.wholeTimeout = wholeTimeout;
        this.maxBytes = maxBytes;
        this.connectTimeout = connectTimeout;
    }

    /** Public addresses only, 5 s to connect, 20 s for the whole picture, at most 5 MB. */
    public static PictureFetcher forPublicInternet() {
        return new PictureFetcher(PublicAddresses::isPublic, CONNECT_TIMEOUT, WHOLE_TIMEOUT, MAX_BYTES);
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    /** A picture that is not fetched, and why (for the log). */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The picture's bytes.
     *
     * @throws Refused      for an address, a redirect, a size or a time that breaks the rules, or a status other than 200
     * @throws IOException  when the network fails
     */
    public byte[] fetch(String url) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + wholeTimeout.toNanos();
        URI uri = parse(url);
        for (int hop = 0; ; hop++) {
            checkHost(uri);
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(remaining(deadline))
                    .header("User-Agent", "TalkShelf").header("Accept", "image/*").GET().build();
            HttpResponse<byte[]> response = await(http().sendAsync(request, this::bodyFor), deadline, uri);
            int status = response.statusCode();
            if (status == 200) {
                return response.body();
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                if (hop == MAX_REDIRECTS) {
                    throw new Refused(url + ": more than " + MAX_REDIRECTS + " redirects");
                }
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new Refused(url + ": a redirect without a Location"));
                uri = parse(resolve(uri, location));
                continue;
            }
            throw new Refused(uri + ": status " + status);
        }
    }

    private HttpResponse.BodySubscriber<byte[]> bodyFor(HttpResponse.ResponseInfo info) {
        if (info.statusCode() != 200) {
            return new CappedBody(-1); // a redirect's or an error's body is never read
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new CappedBody(declared > maxBytes ? 0 : maxBytes);
    }

    private <T> T await(CompletableFuture<T> pending, long deadline, URI uri) throws IOException, InterruptedException {
        try {
            return pending.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true); // also closes the connection
            throw new Refused(uri + ": took longer than " + wholeTimeout.toSeconds() + " s");
        } catch (InterruptedException e) {
            pending.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TooLarge) {
                throw new Refused(uri + ": larger than " + maxBytes + " bytes");
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(uri + ": " + cause, cause);
        }
    }

    private void checkHost(URI uri) throws Refused {
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new Refused(uri + ": unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (!allowed.test(address)) {
                throw new Refused(uri + ": " + host + " is " + address.getHostAddress() + ", not a public address");
            }
        }
    }

    private static URI parse(String url) throws Refused {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new Refused(url + ": not a valid address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))) {
            throw new Refused(url + ": only http(s) pictures are fetched");
        }
        if (uri.getHost() == null) {
            throw new Refused(url + ": no valid host name");
        }
        return uri;
    }

    private static String resolve(URI base, String location) throws Refused {
        try {
            return base.resolve(new URI(location.strip())).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new Refused(base + ": a redirect to an invalid address");
        }
    }

    private static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("too large");
        }
    }

    /** Collects a body up to {@code cap} bytes and gives up past it; a cap below zero reads nothing at all. */
    private static final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long cap;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private Flow.Subscription subscription;

        CappedBody(long cap) {
            this.cap = cap;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            if (cap < 0) {
                s.cancel();
                result.complete(new byte[0]);
            } else {
                s.request(1);
            }
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer item : items) {
                if (bytes.size() + (long) item.remaining() > cap) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable error) {
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }
    }
}
