package dev.talkshelf.ui.thumbnails;

import dev.talkshelf.model.Talk;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Pictures for talks, made or fetched on two background threads and kept on disk, so the window never waits on
 * the network or ffmpeg and works offline with what it has. A failed source is not tried again this session.
 * Web pictures come only from public addresses, within time and size limits ({@link PictureFetcher}); the folder
 * is kept under a size cap, least recently used out ({@link ThumbnailCache}), trimmed at start and after writes.
 */
public final class Thumbnails implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Thumbnails.class.getName());
    private static final long FFMPEG_TIMEOUT_SECONDS = 15;

    private final Path cacheDir;
    private final ThumbnailCache cache;
    private final PictureFetcher fetcher;
    private final Optional<String> ffmpeg;
    private final String youTubePictures;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "talkshelf-thumbnails");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    // Keyed by source, not by cache file name: the name is a SHA-256, worked out on a worker, never on the FX thread.
    private final Set<ThumbnailSource> failed = ConcurrentHashMap.newKeySet();
    /** Who waits for each picture being made: a second view asking meanwhile is told too, not forgotten. */
    private final Map<ThumbnailSource, List<Consumer<Path>>> running = new HashMap<>();
    private final Map<ThumbnailSource, Path> known = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ThumbnailSource, Path> eldest) {
            return size() > 2000;
        }
    });

    // Decoded pictures by file and size, used on the FX thread only. New results show mostly pictures shown a
    // moment ago (a library has far fewer channels than talks), and decoding them again cost both cores.
    private final Map<String, javafx.scene.image.Image> pictures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, javafx.scene.image.Image> eldest) {
            return size() > 400;
        }
    };

    /** Pictures from the public internet, a cache of at most 200 MB. */
    public Thumbnails(Path cacheDir, Optional<String> ffmpeg) {
        this(cacheDir, ffmpeg, PictureFetcher.forPublicInternet(), ThumbnailCache.DEFAULT_MAX_BYTES);
    }

    /** Trims the cache to {@code maxCacheBytes} at once, on a background thread. */
    public Thumbnails(Path cacheDir, Optional<String> ffmpeg, PictureFetcher fetcher, long maxCacheBytes) {
        this(cacheDir, ffmpeg, fetcher, maxCacheBytes, YouTubeVideos.PICTURES);
    }

    /**
     * {@code youTubePictures}: where the pictures of YouTube videos are fetched from ({@link YouTubeVideos#PICTURES};
     * tests point it at a server of their own, with a fetcher that lets that server's address through).
     */
    public Thumbnails(Path cacheDir, Optional<String> ffmpeg, PictureFetcher fetcher, long maxCacheBytes,
                      String youTubePictures) {
        this.youTubePictures = youTubePictures;
        this.cacheDir = cacheDir;
        this.ffmpeg = ffmpeg;
        this.fetcher = fetcher;
        this.cache = new ThumbnailCache(cacheDir, maxCacheBytes);
        workers.execute(() -> forget(cache.trim()));
    }

    /**
     * The picture in {@code file} scaled to fit {@code width} x {@code height}, loading in the background the first
     * time and shared after that. FX thread only.
     */
    public javafx.scene.image.Image picture(Path file, double width, double height) {
        String key = file + "@" + width + "x" + height;
        javafx.scene.image.Image image = pictures.get(key);
        if (image == null || image.isError()) {
            image = new javafx.scene.image.Image(file.toUri().toString(), width, height, true, true, true);
            pictures.put(key, image);
        }
        return image;
    }

    /**
     * Hands {@code talk}'s picture, scaled to fit {@code width} x {@code height}, to {@code show} on the FX thread once
     * it is decoded, unless {@code stillWanted} says by then that the talk is no longer on screen. Nothing is handed
     * over for a talk without a picture, or when it cannot be read. FX thread only.
     */
    public void show(Talk talk, double width, double height, BooleanSupplier stillWanted,
                     Consumer<javafx.scene.image.Image> show) {
        request(talk, file -> Platform.runLater(() -> {
            if (!stillWanted.getAsBoolean()) {
                return;
            }
            javafx.scene.image.Image loaded = picture(file, width, height);
            if (loaded.getProgress() >= 1) {
                if (!loaded.isError()) {
                    show.accept(loaded);
                }
                return;
            }
            loaded.progressProperty().addListener(new ChangeListener<Number>() {
                @Override
                public void changed(ObservableValue<? extends Number> obs, Number old, Number now) {
                    if (now.doubleValue() >= 1) {
                        // A shared picture outlives one view's interest in it: listen once, then let go.
                        obs.removeListener(this);
                        if (!loaded.isError() && stillWanted.getAsBoolean()) {
                            show.accept(loaded);
                        }
                    }
                }
            });
        }));
    }

    /** Whether two versions of a talk show the same picture: the same talk, media and thumbnail address. */
    public static boolean samePicture(Talk a, Talk b) {
        return a != null && b != null && Objects.equals(a.id(), b.id()) && Objects.equals(a.media(), b.media())
                && Objects.equals(a.thumbnail(), b.thumbnail());
    }

    /** Finds ffmpeg on the PATH; empty when it is not installed (local files then get the placeholder). */
    public static Optional<String> findFfmpeg() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : new String[] {"ffmpeg", "ffmpeg.exe"}) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate.toString());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The picture file for a talk, handed to {@code ready} on a background thread once it exists; never called
     * when there is none. Cheap when the file is already cached.
     */
    public void request(Talk talk, Consumer<Path> ready) {
        ThumbnailSource source = ThumbnailSource.of(talk, youTubePictures);
        if (source instanceof ThumbnailSource.None) {
            return;
        }
        Path cached = known.get(source);
        if (cached != null) {
            ready.accept(cached);
            return;
        }
        if (failed.contains(source)) {
            return;
        }
        synchronized (running) {
            List<Consumer<Path>> waiting = running.get(source);
            if (waiting != null) {
                waiting.add(ready);
                return;
            }
            running.put(source, new ArrayList<>(List.of(ready)));
        }
        workers.execute(() -> {
            try {
                Path target = cacheDir.resolve(source.cacheName());
                if (Files.isRegularFile(target)) {
                    cache.used(target);
                    known.put(source, target);
                    tellWaiting(source, target);
                } else if (make(source, target)) {
                    known.put(source, target);
                    forget(cache.written(target));
                    tellWaiting(source, target);
                } else {
                    failed.add(source);
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "no thumbnail for " + talk.title(), e);
                failed.add(source);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                synchronized (running) {
                    running.remove(source);
                }
            }
        });
    }

    private void tellWaiting(ThumbnailSource source, Path file) {
        List<Consumer<Path>> waiting;
        synchronized (running) {
            waiting = running.remove(source);
        }
        if (waiting != null) {
            waiting.forEach(w -> w.accept(file));
        }
    }

    /** Whether the picture for {@code talk} was given up on this session (refused, failed); for tests. */
    boolean gaveUpOn(Talk talk) {
        return failed.contains(ThumbnailSource.of(talk, youTubePictures));
    }

    /** Trimmed files are made again when next asked for, not served from memory as if still there. */
    private void forget(List<Path> removed) {
        if (!removed.isEmpty()) {
            synchronized (known) {
                known.values().removeIf(removed::contains);
            }
        }
    }

    private boolean make(ThumbnailSource source, Path target) throws IOException, InterruptedException {
        Files.createDirectories(cacheDir);
        Path part = Files.createTempFile(cacheDir, ".thumb", ".jpg");
        try {
            boolean ok = source instanceof ThumbnailSource.Frame frame ? grab(frame, part)
                    : source instanceof ThumbnailSource.Web web && download(web.url(), part);
            if (ok && Files.size(part) > 0) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return true;
            }
            return false;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private boolean grab(ThumbnailSource.Frame frame, Path out) throws IOException, InterruptedException {
        if (ffmpeg.isEmpty() || !Files.isRegularFile(frame.video())) {
            return false;
        }
        // Past the title card when the talk is long enough; the first frame otherwise.
        for (int seconds : new int[] {60, 0}) {
            Process p = new ProcessBuilder(frame.ffmpegArguments(ffmpeg.get(), out, seconds))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(FFMPEG_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            if (p.exitValue() == 0 && Files.size(out) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean download(String url, Path out) throws IOException, InterruptedException {
        Files.write(out, fetcher.fetch(url));
        return true;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
