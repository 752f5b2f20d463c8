package dev.talkshelf.ui;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.Services;
import dev.talkshelf.ui.settings.WindowSettings;
import dev.talkshelf.ui.shared.Desktop;
import dev.talkshelf.ui.shared.FxTaskRunner;
import dev.talkshelf.ui.shared.Playback;
import dev.talkshelf.ui.shared.TaskRunner;
import dev.talkshelf.ui.talks.LazyRow;
import dev.talkshelf.ui.thumbnails.Thumbnails;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The window's speed clause at 100,000 talks: time from building the window to its first rows, and how long
 * the FX thread stalls while someone types in the search bar and scrolls the table. Prints figures; run with
 * <pre>
 * mvn -q -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.talkshelf.ui.WindowSpeedBenchmark [library.db] [talks]
 * </pre>
 * A library path that does not exist yet is built there (and reused on the next run). Options:
 * {@code -Dbench.rounds=N} types the queries N times; {@code -Dbench.trace=true} prints each service call, each
 * stall over {@code -Dbench.show} ms (25) as it happens, and where the FX thread was during stalls over
 * {@code -Dbench.over} ms (20), by frame or, with {@code -Dbench.stacks=true}, by whole stack.
 */
public final class WindowSpeedBenchmark {
    private static final int THUMBNAIL_POOL = 1000;
    private static final long KEY_GAP_MILLIS = 80;
    private static final List<String> QUERIES = List.of("python async", "tag:python status:unwatched", "rust");

    private WindowSpeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        headless();
        Path temp = Files.createTempDirectory("talkshelf-window-bench");
        Path library = args.length > 0 ? Path.of(args[0]) : temp.resolve("library.db");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        if (!Files.exists(library)) {
            build(library, n);
        }
        Path thumbs = temp.resolve("thumbnails");
        cacheThumbnails(thumbs);

        long openStart = System.nanoTime();
        Services services = Library.open(library, Clock.systemUTC());
        long openMs = millisSince(openStart);

        long fxStart = System.nanoTime();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        long fxMs = millisSince(fxStart);

        StallMonitor stalls = new StallMonitor(onFx(Thread::currentThread));
        stalls.start();
        FxTaskRunner runner = new FxTaskRunner();
        TaskRunner tasks = Boolean.getBoolean("bench.trace") ? new TracingTasks(runner) : runner;
        Thumbnails thumbnails = new Thumbnails(thumbs, Optional.empty());
        MainWindow[] window = new MainWindow[1];
        long[] windowStart = new long[1];

        stalls.phase("startup");
        onFx(() -> {
            windowStart[0] = System.nanoTime();
            window[0] = new MainWindow(services, tasks, Playback.NONE, Desktop.NONE, thumbnails, WindowSettings.DEFAULTS);
            trace("window built", windowStart[0]);
            Stage stage = new Stage();
            stage.setScene(new Scene(window[0].root(), 1360, 860));
            stage.show();
            trace("stage shown", windowStart[0]);
        });
        TableView<LazyRow> table = onFx(() -> lookupTable(window[0].root()));
        // The benchmark's own checks run on the FX thread too: the nodes they read are looked up once, since a
        // scene-wide lookup every few milliseconds would itself stall the thread being measured.
        Counts counts = onFx(() -> Counts.of(window[0].root()));
        TextField field = onFx(() -> (TextField) window[0].root().lookup("#search"));
        MainWindowViewModel model = window[0].model();

        waitUntil(() -> visibleRowsLoaded(table, model, ""), 60_000);
        long firstRowsMs = millisSince(windowStart[0]);
        waitUntil(() -> counts.shown(table), 60_000);
        waitForWorker(tasks);
        long settledMs = millisSince(windowStart[0]);
        Stats startup = stalls.take();

        System.out.printf("library: %s (%,d talks)%n", library, onFx(() -> table.getItems().size()));
        System.out.printf("open library %d ms, FX toolkit %d ms%n", openMs, fxMs);
        System.out.printf("first rows: %d ms after building the window (%d ms after opening the library); all parts loaded %d ms%n",
                firstRowsMs, openMs + firstRowsMs, settledMs);
        System.out.printf("startup FX stall: max %d ms, p99 %d ms%n", startup.max(), startup.p99());

        stalls.printFrames("startup");
        List<Stats> typing = new ArrayList<>();
        // CPU time of the FX thread, which a busy machine moves far less than wall-clock stalls (it includes the
        // benchmark's own checks of the table, the same for every version).
        long fxThreadId = onFx(() -> Thread.currentThread().getId());
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long fxCpuBefore = threads.getThreadCpuTime(fxThreadId);
        List<String> queries = new ArrayList<>();
        for (int round = 0; round < Integer.getInteger("bench.rounds", 1); round++) {
            queries.addAll(QUERIES);
        }
        for (String query : queries) {
            stalls.phase("typing");
            for (int i = 1; i <= query.length(); i++) {
                String prefix = query.substring(0, i);
                String typed = query.substring(i - 1, i);
                Platform.runLater(() -> {
                    if (prefix.length() == 1) {
                        field.selectAll(); // the first key replaces the last query, as after Ctrl+F
                    }
                    field.replaceSelection(typed);
                });
                Thread.sleep(KEY_GAP_MILLIS);
            }
            long lastKey = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(KEY_GAP_MILLIS);
            waitUntil(() -> visibleRowsLoaded(table, model, query), 60_000);
            long resultsMs = millisSince(lastKey);
            waitUntil(() -> counts.shown(table), 60_000);
            waitForWorker(tasks);
            long doneMs = millisSince(lastKey);
            Stats s = stalls.take();
            typing.add(s);
            System.out.printf("typed %-30s results %5d ms after the last key (%,d matches), sidebar and status %5d ms; FX stall max %d ms, p99 %d ms%n",
                    '"' + query + '"', resultsMs, onFx(() -> table.getItems().size()), doneMs, s.max(), s.p99());
        }
        Stats allTyping = Stats.merge(typing);
        System.out.printf("typing overall FX stall: max %d ms, p99 %d ms (%d probes, %d over 50 ms); FX thread CPU %d ms%n",
                allTyping.max(), allTyping.p99(), allTyping.count(), allTyping.over(50),
                TimeUnit.NANOSECONDS.toMillis(threads.getThreadCpuTime(fxThreadId) - fxCpuBefore));

        Platform.runLater(() -> field.setText(""));
        waitUntil(() -> visibleRowsLoaded(table, model, ""), 60_000);
        waitUntil(() -> counts.shown(table), 60_000);
        waitForWorker(tasks);
        for (String where : List.of("middle", "end")) {
            stalls.phase("scroll");
            long start = System.nanoTime();
            Platform.runLater(() -> {
                int size = table.getItems().size();
                table.scrollTo(where.equals("middle") ? size / 2 : size - 1);
            });
            Thread.sleep(50);
            waitUntil(() -> visibleRowsLoaded(table, model, ""), 60_000);
            long ms = millisSince(start);
            Thread.sleep(100);
            Stats s = stalls.take();
            System.out.printf("scroll to the %-6s rows shown %4d ms; FX stall max %d ms, p99 %d ms%n", where, ms, s.max(), s.p99());
        }

        grid(window[0], stalls);

        stalls.stop();
        onFx(() -> Platform.exit()); // before the thumbnail workers stop, so no cell asks them for a picture after
        runner.close();
        thumbnails.close();
        services.close();
        System.exit(0);
    }

    /**
     * The grid at the same size: from the switch (the toolbar button) to the first cards showing their talks, then
     * scrolling its lines to the middle and the end. A card carries its talk's title as accessible text once shown.
     */
    private static void grid(MainWindow window, StallMonitor stalls) throws Exception {
        stalls.phase("grid");
        long start = System.nanoTime();
        Platform.runLater(() -> ((javafx.scene.control.ToggleButton) window.root().lookup("#layout-grid")).fire());
        javafx.scene.control.skin.VirtualFlow<?> flow = null;
        while (flow == null) {
            Thread.sleep(5);
            flow = onFx(() -> (javafx.scene.control.skin.VirtualFlow<?>) window.root().lookup(".talk-grid-flow"));
        }
        javafx.scene.control.skin.VirtualFlow<?> lines = flow;
        waitUntil(() -> cardsShown(lines), 60_000);
        long firstMs = millisSince(start);
        Stats first = stalls.take();
        System.out.printf("grid: first cards shown %d ms after the switch (%d cards a line, %,d lines); FX stall max %d ms, p99 %d ms%n",
                firstMs, onFx(() -> ((javafx.scene.Parent) lines.getFirstVisibleCell().getChildrenUnmodifiable().get(0))
                        .getChildrenUnmodifiable().size()), onFx(lines::getCellCount), first.max(), first.p99());
        for (String where : List.of("middle", "end")) {
            stalls.phase("grid scroll");
            long t = System.nanoTime();
            Platform.runLater(() -> lines.scrollTo(where.equals("middle") ? lines.getCellCount() / 2 : lines.getCellCount() - 1));
            Thread.sleep(50);
            waitUntil(() -> cardsShown(lines), 60_000);
            long ms = millisSince(t);
            Thread.sleep(100);
            Stats s = stalls.take();
            System.out.printf("grid: scroll to the %-6s cards shown %4d ms; FX stall max %d ms, p99 %d ms%n", where, ms, s.max(), s.p99());
        }
        stalls.phase("grid wheel");
        long t = System.nanoTime();
        for (int i = 0; i < 100; i++) {
            Platform.runLater(() -> lines.scrollPixels(120));
            Thread.sleep(16);
        }
        waitUntil(() -> cardsShown(lines), 60_000);
        long ms = millisSince(t);
        Stats s = stalls.take();
        System.out.printf("grid: 100 wheel steps of 120 px at 60 Hz, cards shown %d ms after the first; FX stall max %d ms, p99 %d ms%n",
                ms, s.max(), s.p99());
    }

    /** Whether every card on screen shows its talk (its accessible text is set once its talk is there). FX thread. */
    private static boolean cardsShown(javafx.scene.control.skin.VirtualFlow<?> lines) {
        int shown = 0;
        for (javafx.scene.Node card : lines.lookupAll(".talk-card")) {
            if (card.isVisible() && card.getScene() != null) {
                if (card.getAccessibleText() == null) {
                    return false;
                }
                shown++;
            }
        }
        return shown > 0;
    }

    static void headless() {
        String[][] props = {{"testfx.robot", "glass"}, {"testfx.headless", "true"}, {"prism.order", "sw"}, {"prism.text", "t2k"},
                {"glass.platform", "Monocle"}, {"monocle.platform", "Headless"}, {"java.awt.headless", "true"},
                {"headless.geometry", "1440x900-32"}};
        for (String[] p : props) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
    }

    // ---- the library ----------------------------------------------------------------------------------------

    private static final String[] WORDS = {"async", "typing", "data", "web", "django", "testing", "performance", "packaging",
            "security", "machine", "learning", "pandas", "numpy", "api", "design", "community", "memory", "rust", "go",
            "kubernetes", "cloud", "databases", "postgres", "sqlite", "graphql", "compilers", "parsers", "concurrency",
            "scaling", "debugging", "profiling", "observability", "microservices", "functional", "patterns", "lessons",
            "production", "beginners", "advanced", "deep", "dive", "building", "modern", "fast", "effective", "real",
            "world", "tools", "teams", "open", "source", "education", "science", "visualization", "streaming", "events"};
    private static final String[] TOPICS = {"python", "python/async", "python/typing", "python/packaging", "python/internals",
            "python/web/django", "python/web/flask", "python/data/pandas", "python/data/numpy", "rust", "rust/async",
            "go", "javascript", "javascript/react", "databases", "databases/postgres", "databases/sqlite", "devops",
            "devops/kubernetes", "testing", "security", "ml", "ml/deep-learning", "community", "education", "performance"};
    private static final String[] CONFERENCES = {"PyCon US", "EuroPython", "PyCon AU", "PyCon UK", "DjangoCon US",
            "DjangoCon Europe", "PyData London", "PyData NYC", "SciPy", "RustConf", "GopherCon", "JSConf", "FOSDEM",
            "Strange Loop", "QCon", "GOTO", "NDC Oslo", "PyCon DE", "PyCon India", "PyGotham", "Kiwi PyCon", "PyCascades",
            "PyTexas", "PyOhio", "PyCon Italia", "PyCon JP", "PyCon Korea", "PyCon Canada", "RustFest", "EuroRust",
            "KubeCon", "PGConf", "Devoxx", "JavaZone"};
    private static final String[] FIRST = {"Ada", "Alan", "Alex", "Amy", "Ana", "Ben", "Beth", "Carl", "Chen", "Chris",
            "Dan", "Dana", "David", "Elena", "Emma", "Eric", "Fatima", "Felix", "Gina", "Hana", "Hugo", "Ines", "Ivan",
            "Jack", "Jane", "Jin", "Joao", "Julia", "Karl", "Kate", "Lars", "Lea", "Leo", "Lina", "Luca", "Maya", "Mei",
            "Mia", "Nadia", "Nina", "Noah", "Olga", "Omar", "Paul", "Priya", "Raj", "Rosa", "Sam", "Sara", "Tom"};

    private static void build(Path file, int n) throws Exception {
        long start = System.nanoTime();
        Random random = new Random(42);
        String[] surnames = new String[400];
        for (int i = 0; i < surnames.length; i++) {
            surnames[i] = syllables(random, 2 + random.nextInt(2));
        }
        String[] speakers = new String[20_000];
        for (int i = 0; i < speakers.length; i++) {
            speakers[i] = FIRST[i % FIRST.length] + " " + surnames[(i / FIRST.length) % surnames.length];
        }
        String[] events = new String[500];
        for (int i = 0; i < events.length; i++) {
            events[i] = CONFERENCES[i % CONFERENCES.length] + " " + (2024 - i / CONFERENCES.length);
        }
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        List<Talk> talks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            List<String> words = new ArrayList<>();
            int count = 3 + random.nextInt(4);
            for (int w = 0; w < count; w++) {
                words.add(WORDS[random.nextInt(WORDS.length)]);
            }
            if (random.nextBoolean()) {
                words.add(random.nextInt(words.size()), "python");
            }
            String title = Character.toUpperCase(words.get(0).charAt(0)) + String.join(" ", words).substring(1);
            List<String> by = new ArrayList<>();
            for (int s = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(3)); s > 0; s--) {
                by.add(speakers[random.nextInt(speakers.length)]);
            }
            String event = events[random.nextInt(events.length)];
            int year = Integer.parseInt(event.substring(event.length() - 4));
            List<String> tags = new ArrayList<>();
            for (int t = 1 + random.nextInt(3); t > 0; t--) {
                String tag = TOPICS[random.nextInt(TOPICS.length)];
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            int r = random.nextInt(100);
            WatchState watch = r < 70 ? WatchState.UNWATCHED
                    : r < 88 ? new WatchState(WatchStatus.WATCHED, null, now.minusSeconds(i * 60L), 1, now.minusSeconds(i * 60L))
                    : r < 95 ? new WatchState(WatchStatus.IN_PROGRESS, Duration.ofSeconds(60 + random.nextInt(900)), null, 0, now.minusSeconds(i * 30L))
                    : new WatchState(WatchStatus.SKIPPED, null, null, 0, null);
            Talk talk = Talk.titled(title)
                    .withSpeakers(by)
                    .withEvent(event)
                    .withYear(year)
                    .withDuration(Duration.ofSeconds(300 + random.nextInt(3300)))
                    .withMedia("https://www.youtube.com/watch?v=v" + Integer.toString(i, 36))
                    .withThumbnail(thumbnailUrl(random.nextInt(THUMBNAIL_POOL)))
                    .withAdded(now.minusSeconds((long) (n - i) * 600))
                    .withRating(random.nextInt(4) == 0 ? 1 + random.nextInt(5) : null)
                    .withTags(tags)
                    .withWatch(watch)
                    .withDescription(random.nextInt(3) == 0 ? ("In this talk we look at " + String.join(" ", words) + ". ").repeat(4) : null);
            talks.add(talk);
        }
        try (Services s = Library.open(file, Clock.systemUTC())) {
            s.imports().apply(List.of(ImportBatch.ofTalks(talks)), false);
        }
        System.out.printf("built %,d talks in %d ms at %s%n", n, millisSince(start), file);
    }

    private static String syllables(Random random, int count) {
        String[] parts = {"ka", "ro", "mi", "sen", "dal", "ver", "to", "lin", "gar", "shi", "na", "bel", "mor", "tan", "wes", "qui"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(parts[random.nextInt(parts.length)]);
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }

    private static String thumbnailUrl(int k) {
        return "https://i.ytimg.com/vi/bench" + k + "/hqdefault.jpg";
    }

    /** Cached pictures for every thumbnail URL the talks use, so the window decodes real images but never fetches. */
    private static void cacheThumbnails(Path dir) throws Exception {
        Files.createDirectories(dir);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int k = 0; k < THUMBNAIL_POOL; k++) {
            BufferedImage img = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.getHSBColor(k / (float) THUMBNAIL_POOL, 0.5f, 0.8f));
            g.fillRect(0, 0, 320, 180);
            g.setColor(Color.WHITE);
            g.drawString("talk " + k, 20, 90);
            g.dispose();
            byte[] digest = sha.digest(("web:" + thumbnailUrl(k)).getBytes(StandardCharsets.UTF_8));
            ImageIO.write(img, "jpg", dir.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".img").toFile());
        }
    }

    // ---- watching the window --------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static TableView<LazyRow> lookupTable(Node root) {
        return (TableView<LazyRow>) root.lookup("#talks");
    }

    /** The table shows the results of {@code query}, and every row on screen has its talk (or there are none). */
    private static boolean visibleRowsLoaded(TableView<LazyRow> table, MainWindowViewModel model, String query) {
        if (!model.talks().query().equals(query) || model.talks().loadingProperty().get()) {
            return false;
        }
        if (table.getItems().isEmpty()) {
            return true;
        }
        int shown = 0;
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) table.lookup(".virtual-flow");
        javafx.scene.control.IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        javafx.scene.control.IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null) {
            return false;
        }
        for (int i = first.getIndex(); i <= last.getIndex(); i++) {
            if (flow.getVisibleCell(i) instanceof TableRow<?> row && !row.isEmpty() && row.getIndex() >= 0
                    && row.getIndex() < table.getItems().size()) {
                if (row.getItem() != table.getItems().get(row.getIndex()) || ((LazyRow) row.getItem()).row() == null) {
                    return false;
                }
                shown++;
            }
        }
        return shown > 0;
    }

    /** The status line and the sidebar's "All" count, looked up once. */
    private record Counts(javafx.scene.control.Label summary, javafx.scene.control.Label all) {
        static Counts of(Node root) {
            javafx.scene.layout.HBox shelf = (javafx.scene.layout.HBox) root.lookup("#shelf-all");
            return new Counts((javafx.scene.control.Label) root.lookup("#summary"), (javafx.scene.control.Label) shelf.getChildren().get(3));
        }

        /** Both agree with the table's number of matches. */
        boolean shown(TableView<LazyRow> table) {
            int n = table.getItems().size();
            return summary.getText().startsWith(n == 1 ? "1 talk" : String.format("%,d talks", n))
                    && all.getText().equals(String.format("%,d", n));
        }
    }

    private static void waitUntil(BooleanSupplier onFx, long timeoutMillis) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!onFx(onFx::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the window did not get there in " + timeoutMillis + " ms");
            }
            Thread.sleep(5);
        }
    }

    /** Waits until the service work queued so far (sidebar counts, status line) has run and reached the FX thread. */
    private static void waitForWorker(TaskRunner tasks) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> tasks.run(() -> null, ok -> done.complete(null), done::completeExceptionally));
        done.get(60, TimeUnit.SECONDS);
        CompletableFuture<Void> again = new CompletableFuture<>();
        Platform.runLater(() -> tasks.run(() -> null, ok -> again.complete(null), again::completeExceptionally));
        again.get(60, TimeUnit.SECONDS);
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    private static final long T0 = System.nanoTime();

    private static void trace(String what, long since) {
        if (Boolean.getBoolean("bench.trace")) {
            System.out.printf("  [%6d] %s after %d ms%n", millisSince(T0), what, millisSince(since));
        }
    }

    /** With -Dbench.trace=true: when each service call was queued, ran, and how long its result took on the FX thread. */
    private static final class TracingTasks implements TaskRunner {
        private final TaskRunner inner;

        TracingTasks(TaskRunner inner) {
            this.inner = inner;
        }

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess,
                            Consumer<Throwable> onFailure) {
            long queued = System.nanoTime();
            String caller = StackWalker.getInstance().walk(f -> f.skip(1).filter(x -> !x.getClassName().contains("Benchmark"))
                    .findFirst().map(x -> x.getClassName().replaceAll(".*\\.", "") + "." + x.getMethodName()).orElse("?"));
            long[] ran = new long[2];
            inner.run(() -> {
                ran[0] = System.nanoTime();
                T r = work.call();
                ran[1] = System.nanoTime();
                return r;
            }, r -> {
                long fx = System.nanoTime();
                onSuccess.accept(r);
                System.out.printf("  [%6d] %-40s waited %5d ms, ran %5d ms, FX callback %4d ms%n", millisSince(T0), caller,
                        TimeUnit.NANOSECONDS.toMillis(ran[0] - queued), TimeUnit.NANOSECONDS.toMillis(ran[1] - ran[0]), millisSince(fx));
            }, onFailure);
        }

        @Override
        public void debounce(Object key, long delayMillis, Runnable action) {
            inner.debounce(key, delayMillis, action);
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    /**
     * Posts a probe to the FX thread every 5 ms (one at a time) and records how late each one ran: the
     * longest delay is the longest the FX thread was busy with something else.
     */
    private static final class StallMonitor {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Long> delays = new ArrayList<>();
        private final Thread thread = new Thread(this::loop, "stall-monitor");
        private final Thread fx;
        /** With -Dbench.trace=true: what the FX thread was doing while a probe waited over 20 ms, by frame. */
        private final Map<String, Integer> stallFrames = new TreeMap<>();

        StallMonitor(Thread fx) {
            this.fx = fx;
        }

        void start() {
            thread.setDaemon(true);
            thread.start();
        }

        void phase(String name) {
            take();
        }

        synchronized Stats take() {
            Stats s = new Stats(new ArrayList<>(delays));
            delays.clear();
            return s;
        }

        void stop() {
            running.set(false);
            printFrames("typing and scrolling");
        }

        synchronized void printFrames(String phase) {
            if (Boolean.getBoolean("bench.trace")) {
                System.out.println("  where the FX thread was during stalls over 20 ms, " + phase + ":");
                stallFrames.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(Boolean.getBoolean("bench.stacks") ? 12 : 40)
                        .forEach(e -> System.out.printf("  stall samples %4d  %s%n", e.getValue(), e.getKey()));
            }
            stallFrames.clear();
        }

        private synchronized void sample() {
            if (Boolean.getBoolean("bench.stacks")) {
                StringBuilder sb = new StringBuilder();
                StackTraceElement[] st = fx.getStackTrace();
                for (int i = 0; i < Math.min(st.length, 40); i++) {
                    String cn = st[i].getClassName().replaceAll(".*\\.", "");
                    sb.append("\n      ").append(cn).append('.').append(st[i].getMethodName());
                }
                stallFrames.merge(sb.toString(), 1, Integer::sum);
                return;
            }
            Set<String> seen = new HashSet<>();
            for (StackTraceElement f : fx.getStackTrace()) {
                String name = f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName();
                if ((f.getClassName().startsWith("dev.talkshelf") || f.getClassName().startsWith("javafx.scene.control")
                        || name.startsWith("Scene.do") || name.startsWith("Tooltip")) && seen.add(name)) {
                    stallFrames.merge(name, 1, Integer::sum);
                }
            }
        }

        private void loop() {
            while (running.get()) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                long[] at = new long[1];
                Platform.runLater(() -> {
                    at[0] = System.nanoTime();
                    ran.countDown();
                });
                try {
                    boolean trace = Boolean.getBoolean("bench.trace");
                    while (!ran.await(trace ? 3 : 1000, TimeUnit.MILLISECONDS)) {
                        if (trace && System.nanoTime() - posted > Long.getLong("bench.over", 20) * 1_000_000L) {
                            sample();
                        }
                    }
                    synchronized (this) {
                        delays.add(TimeUnit.NANOSECONDS.toMillis(at[0] - posted));
                    }
                    if (Boolean.getBoolean("bench.trace") && at[0] - posted > Long.getLong("bench.show", 25) * 1_000_000L) {
                        System.out.printf("  [%6d] FX stall of %d ms began%n", TimeUnit.NANOSECONDS.toMillis(posted - T0), TimeUnit.NANOSECONDS.toMillis(at[0] - posted));
                    }
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private record Stats(List<Long> delays) {
        static Stats merge(List<Stats> all) {
            List<Long> d = new ArrayList<>();
            all.forEach(s -> d.addAll(s.delays));
            return new Stats(d);
        }

        long max() {
            return delays.stream().mapToLong(Long::longValue).max().orElse(0);
        }

        long p99() {
            long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
        }

        int count() {
            return delays.size();
        }

        long over(long millis) {
            return delays.stream().filter(d -> d > millis).count();
        }
    }
}
