package dev.talkshelf.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.model.SortKey;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.service.BenchService;
import dev.talkshelf.service.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Search and facet latency at library scale. Builds a 100,000-talk library from the PyVideo sample (titles,
 * speakers, descriptions replicated with variation, so word frequencies look like a real library: about
 * half the talks mention "python"), then prints p50/p95/max per query. Run it as described in
 * docs/performance.md; {@code -Dtalks=N} changes the size, {@code -Dlibrary=FILE} keeps/reuses the file.
 */
public final class SearchBenchmark {
    private static final String[] TOPICS = {"python", "python/free-threading", "python/typing", "python/packaging",
            "python/async", "web/django", "web/flask", "web/fastapi", "data/pandas", "data/machine-learning",
            "data/visualization", "devops/docker", "devops/ci", "testing", "security", "community", "education",
            "science/astronomy", "science/biology", "performance"};
    private static final String[] EVENTS = {"EuroPython", "PyCon US", "PyCon DE", "PyData London", "DjangoCon EU",
            "PyCon AU", "PyGotham", "Kiwi PyCon", "PyCon India", "SciPy", "PyBay", "FOSDEM Python devroom"};
    private static final WatchStatus[] STATUS_MIX = {WatchStatus.UNWATCHED, WatchStatus.UNWATCHED, WatchStatus.UNWATCHED,
            WatchStatus.UNWATCHED, WatchStatus.UNWATCHED, WatchStatus.UNWATCHED, WatchStatus.WATCHED, WatchStatus.WATCHED,
            WatchStatus.IN_PROGRESS, WatchStatus.SKIPPED};

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("talks", 100_000);
        Path sample = Path.of(System.getProperty("sample", "/work/shared/pyvideo-sample"));
        String keep = System.getProperty("library");
        Path dir = keep == null ? Files.createTempDirectory("talkshelf-bench") : null;
        Path file = keep == null ? dir.resolve("bench.talkshelf") : Path.of(keep);
        Instant now = Instant.parse("2025-06-01T12:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        boolean build = !Files.exists(file);
        try (Database db = Database.open(file, clock)) {
            TalkStore talks = new TalkStore(db, clock);
            if (build) {
                long t0 = System.nanoTime();
                generate(db, talks, readSample(sample), n, now);
                System.out.printf("built %,d talks in %.1f s (%s)%n", talks.count(), (System.nanoTime() - t0) / 1e9, file);
            }
            // A long time limit: on a shared machine a slow run is a figure to print, not an error.
            Duration limit = Duration.ofSeconds(60);
            SearchService search = new SearchService(new TalkSearch(db, limit), talks, new FacetStore(db, limit),
                    new TalkAggregates(db), new PlaylistStore(db, clock), new CueSearch(db), clock);
            // A fresh facet store per run: its first call loads the facet postings, as after a launch or an edit.
            Supplier<SearchService> fresh = () -> new SearchService(new TalkSearch(db, limit), talks, new FacetStore(db, limit),
                    new TalkAggregates(db), new PlaylistStore(db, clock), new CueSearch(db), clock);
            run(search, fresh);
        } finally {
            if (keep == null) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path p : files.toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.deleteIfExists(dir);
            }
        }
    }

    private static void run(SearchService s, Supplier<SearchService> fresh) {
        record Case(String kind, String query, SortKey sort, int offset) {
        }
        List<Case> cases = List.of(
                new Case("frequent word", "python", null, 0),
                new Case("frequent word, page 3", "python", null, 400),
                new Case("two frequent words", "python data", null, 0),
                new Case("rare word", "metaclasses", null, 0),
                new Case("uncommon word", "kindnesses", null, 0),
                new Case("prefix", "metaclas", null, 0),
                new Case("phrase", "\"machine learning\"", null, 0),
                new Case("speaker:", "speaker:\"Mark Shannon\"", null, 0),
                new Case("title:", "title:async", null, 0),
                new Case("event:", "event:europython", null, 0),
                new Case("tag: (hierarchy)", "tag:python", null, 0),
                new Case("tag:= (exact)", "tag:=python/typing", null, 0),
                new Case("status:", "status:in-progress", null, 0),
                new Case("year range", "year:2015..2019", null, 0),
                new Case("year + duration", "year:>=2020 duration:<30m", null, 0),
                new Case("negation", "python -django", null, 0),
                new Case("or", "django or flask", null, 0),
                new Case("words + filters", "python year:2020 status:unwatched", null, 0),
                new Case("filters only", "tag:data rating:>=4 has:media", null, 0),
                new Case("added:", "added:<30d", null, 0),
                new Case("empty, newest", "", null, 0),
                new Case("empty, by title", "", SortKey.TITLE, 0),
                new Case("word, by duration", "python", SortKey.DURATION, 0),
                new Case("not only", "-python", null, 0),
                // The kinds issue #14 names, each with its fields in both orders where order could matter.
                new Case("or/not + status:", "django or flask -testing status:unwatched", null, 0),
                new Case("status: + or/not", "status:unwatched django or flask -testing", null, 0),
                new Case("(or) not + status:", "(django or flask) -testing status:unwatched", null, 0),
                new Case("common or/not + status:", "python or data -django status:watched", null, 0),
                new Case("phrase + speaker:a", "\"machine learning\" speaker:a", null, 0),
                new Case("speaker:a + phrase", "speaker:a \"machine learning\"", null, 0),
                new Case("word + duration + year", "python duration:<30m year:2015..2019", null, 0),
                new Case("year + duration + word", "year:2015..2019 duration:<30m python", null, 0),
                new Case("word + rating or", "python rating:>=4 or django", null, 0),
                new Case("rating + status", "rating:>=3 status:unwatched", null, 0),
                new Case("tag + year", "tag:python year:2020", null, 0),
                new Case("year + tag", "year:2020 tag:python", null, 0),
                new Case("tag + word", "tag:web python", null, 0),
                new Case("tag or tag", "tag:python or tag:data", null, 0),
                new Case("reversed year range", "year:2019..2015", null, 0),
                new Case("word, -tag", "python -tag:web", null, 0));
        System.out.printf("%n%-24s %-40s %9s %8s %8s %8s %8s %8s%n", "kind", "query", "total", "p50 ms", "p95 ms",
                "max ms", "cpu p50", "cpu p95");
        for (Case c : cases) {
            print(c.kind(), c.query(), Integer.getInteger("runs", 30), () -> (c.sort() == null ? s.search(c.query(), c.offset(), 200)
                    : s.search(c.query(), c.sort(), false, c.offset(), 200)).total());
        }
        System.out.printf("%n%-24s %-40s %9s %8s %8s %8s %8s %8s%n", "facets", "query", "total", "p50 ms", "p95 ms",
                "max ms", "cpu p50", "cpu p95");
        for (String q : List.of("", "python", "tag:web", "year:2019 status:unwatched", "metaclasses")) {
            print(q.isEmpty() ? "whole library" : "within query", q, 15, () -> s.facets(q).total());
        }
        for (String q : List.of("", "python")) {
            print("first call", q, 8, () -> fresh.get().facets(q).total());
        }
    }

    /**
     * Times {@code work} as {@code bench} does ({@link BenchService#measure}: three warm-up runs, then wall-clock and
     * this thread's CPU percentiles), and prints one row. SQLite runs on the calling thread, so CPU time is the work
     * itself; on a shared machine the wall clock also counts waiting for a core.
     */
    private static void print(String kind, String query, int runs, Supplier<Long> totalOfWork) {
        BenchService.Timing t = BenchService.measure(query, 3, runs, () -> new long[] {0, totalOfWork.get()});
        System.out.printf("%-24s %-40s %,9d %8.1f %8.1f %8.1f %8.1f %8.1f%n", kind, query, t.total(), t.p50Ms(), t.p95Ms(),
                t.maxMs(), t.cpuP50Ms(), t.cpuP95Ms());
    }

    private static List<JsonNode> readSample(Path root) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> videos = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json") && f.getParent().getFileName().toString().equals("videos"))
                    .sorted(Comparator.naturalOrder()).toList()) {
                videos.add(mapper.readTree(p.toFile()));
            }
        }
        return videos;
    }

    private static void generate(Database db, TalkStore talks, List<JsonNode> sample, int n, Instant now) {
        Random rnd = new Random(42);
        List<String> vocabulary = new ArrayList<>();
        List<String> firstNames = new ArrayList<>();
        List<String> lastNames = new ArrayList<>();
        for (JsonNode v : sample) {
            for (String w : v.path("title").asText().split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 3) {
                    vocabulary.add(w.toLowerCase());
                }
            }
            for (JsonNode sp : v.path("speakers")) {
                String[] parts = sp.asText().split(" ", 2);
                if (parts.length == 2) {
                    firstNames.add(parts[0]);
                    lastNames.add(parts[1]);
                }
            }
        }
        firstNames.add("Łukasz");
        db.write(c -> {
            for (int i = 0; i < n; i++) {
                JsonNode v = sample.get(rnd.nextInt(sample.size()));
                String title = v.path("title").asText();
                if (rnd.nextBoolean()) {
                    title = title + ": " + vocabulary.get(rnd.nextInt(vocabulary.size())) + " "
                            + vocabulary.get(rnd.nextInt(vocabulary.size()));
                }
                String description = v.path("description").asText();
                if (rnd.nextDouble() < 0.45) { // about half the library should not mention python at all
                    title = title.replaceAll("(?i)python", "code");
                    description = description.replaceAll("(?i)python", "code");
                }
                if (i % 10_000 == 0) {
                    title = "Metaclasses Demystified"; // a rare word: ten talks in the library
                }
                boolean aboutPython = (title + description).toLowerCase().contains("python");
                List<String> speakers = new ArrayList<>();
                for (JsonNode sp : v.path("speakers")) {
                    speakers.add(rnd.nextInt(4) == 0 ? sp.asText()
                            : firstNames.get(rnd.nextInt(firstNames.size())) + " " + lastNames.get(rnd.nextInt(lastNames.size())));
                }
                int year = 2010 + rnd.nextInt(15);
                String event = EVENTS[rnd.nextInt(EVENTS.length)] + " " + year;
                List<String> tags = new ArrayList<>();
                for (int k = rnd.nextInt(3); k >= 0; k--) {
                    String topic = TOPICS[rnd.nextInt(TOPICS.length)];
                    tags.add(topic.startsWith("python") && !aboutPython ? "community" : topic);
                }
                String media = rnd.nextInt(10) == 0 ? "/home/me/talks/" + i + ".mp4"
                        : v.path("videos").path(0).path("url").asText(null);
                WatchStatus status = STATUS_MIX[rnd.nextInt(STATUS_MIX.length)];
                Talk t = Talk.titled(title).withSpeakers(speakers).withEvent(event).withYear(year)
                        .withDuration(Duration.ofSeconds(Math.max(60, v.path("duration").asLong(1800) + rnd.nextInt(600) - 300)))
                        .withMedia(media).withDescription(description).withTags(tags)
                        .withRating(rnd.nextInt(3) == 0 ? 1 + rnd.nextInt(5) : null)
                        .withAdded(now.minus(Duration.ofMinutes(rnd.nextInt(5 * 365 * 24 * 60))))
                        .withWatch(new WatchState(status, status == WatchStatus.IN_PROGRESS ? Duration.ofMinutes(5) : null,
                                null, status == WatchStatus.WATCHED ? 1 : 0,
                                status == WatchStatus.UNWATCHED ? null : now.minus(Duration.ofHours(rnd.nextInt(10_000)))));
                talks.insert(t, null);
            }
            return null;
        });
    }
}
