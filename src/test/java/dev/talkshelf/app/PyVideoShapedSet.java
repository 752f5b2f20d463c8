package dev.talkshelf.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkshelf.model.TopicPath;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A PyVideo-shaped data set of any size, written in PyVideo's layout (event/category.json, event/videos/*.json), for
 * measuring the topic tree at the scale of the real one (21,700 talks, issue #13). The talks are the real talks of the
 * PyVideo sample (titles, descriptions, lengths, CC0), spread over ~25 conference series and their years, with other
 * speakers from the sample so that no two are the same talk. Their tags reproduce PyVideo's noise: each subject comes
 * in the spellings PyVideo uses, with the shares its data has (django as python/django 1,477 times and top-level 296,
 * internals top-level and under python, concurrency beside async/concurrency and async/concurreny), and general
 * variants on top (case, hyphens, plurals, a letter off, a source hierarchy); events tag their talks with their own
 * names, places and formats; some series tag nothing, some only their name; 1.7% of talks are by "Various Speakers".
 * The same seed gives the same set.
 */
final class PyVideoShapedSet {
    /** A spelling of a subject and how often PyVideo's data uses it (relative). */
    private record Spelling(String tag, int weight) {
    }

    /** How a conference series tags its talks. */
    private enum Style { SUBJECTS, NAME_ONLY, NOTHING }

    /** A conference series: its name, the tags naming it, its places, how it tags, its share of talks. */
    private record Series(String name, List<String> eventTags, List<String> places, Style style, int weight) {
    }

    private static final List<Series> SERIES = List.of(
            new Series("PyCon US", List.of("pycon", "pycon-us", "PyCon US {y}", "pycon{yy}"),
                    List.of("montreal", "portland", "cleveland", "pittsburgh", "salt-lake-city", "usa"), Style.SUBJECTS, 50),
            new Series("EuroPython", List.of("europython", "EuroPython {y}", "ep{y}"),
                    List.of("bilbao", "rimini", "edinburgh", "basel", "dublin", "prague", "florence"), Style.SUBJECTS, 30),
            new Series("PyCon AU", List.of("pyconau", "pycon-au", "PyCon AU {y}"),
                    List.of("sydney", "melbourne", "hobart", "brisbane", "australia"), Style.SUBJECTS, 12),
            new Series("PyData London", List.of("pydata", "pydata-london", "PyData London {y}"), List.of("london", "uk"), Style.SUBJECTS, 12),
            new Series("PyData NYC", List.of("pydata", "pydatanyc"), List.of("new-york", "nyc"), Style.SUBJECTS, 8),
            new Series("PyData Berlin", List.of("pydata", "pydata-berlin"), List.of("berlin", "germany"), Style.SUBJECTS, 6),
            new Series("PythonWebConf", List.of("pythonwebconf", "python-web-conf"), List.of(), Style.NAME_ONLY, 3),
            new Series("PyCon Belarus", List.of("pyconby", "pycon-belarus"), List.of("belarus", "minsk"), Style.NAME_ONLY, 2),
            new Series("DjangoCon US", List.of("djangocon", "djangocon-us"), List.of("philadelphia", "san-diego", "austin"), Style.SUBJECTS, 8),
            new Series("DjangoCon Europe", List.of("djangocon-europe", "djangocon-eu"),
                    List.of("porto", "copenhagen", "heidelberg", "budapest"), Style.SUBJECTS, 6),
            new Series("PyGotham", List.of("pygotham"), List.of("new-york"), Style.NOTHING, 4),
            new Series("SciPy", List.of("scipy-{y}", "scipy-conference"), List.of("austin"), Style.SUBJECTS, 8),
            new Series("PyCascades", List.of("pycascades"), List.of("seattle", "vancouver", "portland"), Style.SUBJECTS, 3),
            new Series("PyTennessee", List.of("pytennessee"), List.of("nashville", "tennessee"), Style.NAME_ONLY, 2),
            new Series("Kiwi PyCon", List.of("kiwipycon", "kiwi-pycon"), List.of("new-zealand", "wellington", "dunedin"), Style.SUBJECTS, 3),
            new Series("PyCon India", List.of("pyconindia", "pycon-india"), List.of("india", "bangalore", "hyderabad"), Style.SUBJECTS, 4),
            new Series("PyCon UK", List.of("pyconuk"), List.of("cardiff", "uk"), Style.SUBJECTS, 4),
            new Series("PyOhio", List.of("pyohio"), List.of("columbus", "ohio"), Style.NOTHING, 4),
            new Series("North Bay Python", List.of("north-bay-python", "nbpy"), List.of("petaluma"), Style.SUBJECTS, 2),
            new Series("PyCon DE", List.of("pyconde", "pycon-de"), List.of("karlsruhe", "berlin", "germany"), Style.SUBJECTS, 5),
            new Series("Plone Conference", List.of("ploneconf", "plone-conference"), List.of("ferrara", "barcelona", "tokyo"), Style.SUBJECTS, 3),
            new Series("PyCon Italia", List.of("pycon-italia", "pyconit"), List.of("florence", "firenze", "italy"), Style.SUBJECTS, 3),
            new Series("PyCon JP", List.of("pyconjp"), List.of("tokyo", "japan"), Style.NAME_ONLY, 3),
            new Series("PyCon Colombia", List.of("pyconco"), List.of("medellin", "colombia"), Style.SUBJECTS, 2),
            new Series("ChiPy", List.of("chipy"), List.of("chicago"), Style.NOTHING, 2));

    /** Subjects in the spellings PyVideo's data has, with their relative frequencies. */
    private static final List<List<Spelling>> SUBJECTS = List.of(
            List.of(s("python", 900), s("Python", 100), s("python3", 80), s("python-3", 30), s("cpython", 60)),
            List.of(s("python/django", 1477), s("django", 296), s("Django", 60), s("django rest framework", 40), s("drf", 20)),
            List.of(s("internals", 398), s("python/internals", 285), s("cpython internals", 20), s("bytecode", 30)),
            List.of(s("concurrency", 291), s("async/concurrency", 10), s("async/concurreny", 6), s("threading", 60),
                    s("multiprocessing", 40), s("parallelism", 40), s("gil", 50)),
            List.of(s("asyncio", 250), s("async", 120), s("asynchronous", 30), s("async/await", 20)),
            List.of(s("machine learning", 500), s("machine-learning", 300), s("Machine Learning", 80), s("ml", 60),
                    s("deep learning", 200), s("deep-learning", 60), s("ai", 150), s("artificial intelligence", 40),
                    s("scikit-learn", 120), s("tensorflow", 80), s("pytorch", 60), s("neural networks", 40)),
            List.of(s("data science", 400), s("data-science", 200), s("data", 300), s("Data Science", 60), s("big data", 60),
                    s("data analysis", 80), s("pandas", 300), s("numpy", 200), s("jupyter", 150), s("visualization", 120),
                    s("data visualization", 60), s("matplotlib", 60)),
            List.of(s("testing", 500), s("pytest", 150), s("unittest", 40), s("tdd", 40), s("unit testing", 40), s("tests", 30),
                    s("mocking", 20)),
            List.of(s("web", 300), s("flask", 200), s("api", 100), s("rest api", 60), s("rest", 50), s("web development", 80),
                    s("fastapi", 40), s("javascript", 60), s("html", 20)),
            List.of(s("performance", 300), s("optimisation", 30), s("optimization", 60), s("profiling", 60), s("performace", 5),
                    s("cython", 80), s("pypy", 40)),
            List.of(s("packaging", 200), s("pip", 40), s("pypi", 40), s("packagin", 3), s("distribution", 20), s("setuptools", 20)),
            List.of(s("security", 200), s("cryptography", 40), s("secuirty", 3)),
            List.of(s("education", 200), s("teaching", 100), s("beginners", 80), s("beginner", 40)),
            List.of(s("community", 300), s("diversity", 80), s("open source", 200), s("open-source", 60), s("pyladies", 40)),
            List.of(s("devops", 150), s("docker", 100), s("deployment", 80), s("kubernetes", 40), s("cloud", 60), s("ci", 20)),
            List.of(s("databases", 100), s("database", 80), s("postgresql", 80), s("sqlalchemy", 60), s("sql", 60), s("orm", 20),
                    s("mongodb", 20)),
            List.of(s("typing", 100), s("type hints", 80), s("mypy", 60), s("type-hints", 20), s("static typing", 20)),
            List.of(s("architecture", 60), s("refactoring", 60), s("design patterns", 50), s("best practices", 40),
                    s("clean code", 30), s("oop", 20)),
            // Subjects the taxonomy does not know: they stay topics of their own.
            List.of(s("micropython", 120), s("raspberry pi", 80), s("hardware", 60), s("iot", 40), s("internet of things", 10),
                    s("robotics", 20)),
            List.of(s("gis", 60), s("geospatial", 20), s("science", 100), s("scientific computing", 60), s("astronomy", 40),
                    s("bioinformatics", 30), s("finance", 30)),
            List.of(s("games", 40), s("pygame", 30), s("game development", 20), s("music", 30), s("gui", 30), s("qt", 20),
                    s("kivy", 20)),
            List.of(s("documentation", 80), s("sphinx", 30), s("docs", 10), s("debugging", 80), s("logging", 30)),
            List.of(s("metaprogramming", 40), s("decorators", 40), s("generators", 40), s("metaclasses", 20),
                    s("descriptors", 20), s("functional programming", 40), s("regular expressions", 20), s("unicode", 20)),
            List.of(s("plone", 60), s("zope", 20), s("twisted", 30), s("tornado", 20), s("celery", 30), s("scrapy", 20),
                    s("web scraping", 20), s("career", 60), s("mentoring", 20), s("accessibility", 20)));

    /** Format tags PyVideo's data has, and how often a talk of a tagging series carries one. */
    private static final List<Spelling> FORMATS = List.of(s("talk", 400), s("keynote", 60), s("Keynote", 30), s("tutorial", 60),
            s("workshop", 30), s("lightning talks", 60), s("lightning-talks", 40), s("lightning-talk", 40), s("lightning talk", 30),
            s("panel", 20));

    /**
     * Event tags no rule or list of the taxonomy knows (a city the JDK has no time zone for, an abbreviation of the
     * series): they stay topics. The quality test counts them apart and says so (docs/topics.md).
     */
    static final Set<String> UNLISTED = Set.of("nashville", "tennessee", "columbus", "ohio", "petaluma", "nbpy", "cardiff",
            "heidelberg", "dunedin", "ferrara");

    private static final int YEARS_FROM = 2012;
    private static final int YEARS = 12;

    private final List<JsonNode> sample;
    private final List<String> speakers;
    private final Set<String> noise = new HashSet<>();

    private PyVideoShapedSet(List<JsonNode> sample, List<String> speakers) {
        this.sample = sample;
        this.speakers = speakers;
    }

    private static Spelling s(String tag, int weight) {
        return new Spelling(tag, weight);
    }

    /** The set built on the PyVideo sample's talks (test resources). */
    static PyVideoShapedSet fromSample() throws IOException, URISyntaxException {
        Path root = Path.of(PyVideoShapedSet.class.getResource("/dev/talkshelf/formats/pyvideo-sample").toURI());
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> talks = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".json") && p.getParent().getFileName().toString().equals("videos"))
                    .sorted().toList()) {
                JsonNode talk = mapper.readTree(file.toFile());
                talks.add(talk);
                talk.path("speakers").forEach(n -> names.add(n.asText()));
            }
        }
        return new PyVideoShapedSet(talks, List.copyOf(names));
    }

    /**
     * What was written: every talk's tags as given, and the normalized tags among them that are no subject (event
     * names, places, formats), for checking the tree after the import.
     */
    record Written(List<List<String>> tags, Set<String> noise) {
    }

    /** Writes {@code count} talks under {@code root}. */
    Written write(Path root, int count, long seed) throws IOException {
        List<List<String>> given = new ArrayList<>();
        Random random = new Random(seed);
        ObjectMapper mapper = new ObjectMapper();
        int totalWeight = SERIES.stream().mapToInt(Series::weight).sum();
        for (int n = 0; n < count; n++) {
            int base = n % sample.size();
            int copy = n / sample.size();
            JsonNode original = sample.get(base);
            Series series = pickSeries(random, totalWeight);
            int year = YEARS_FROM + random.nextInt(YEARS);
            String event = series.name() + " " + year;
            Path folder = root.resolve(TopicPath.normalize(event).orElseThrow());
            if (!Files.exists(folder.resolve("category.json"))) {
                Files.createDirectories(folder.resolve("videos"));
                Files.writeString(folder.resolve("category.json"), mapper.writeValueAsString(mapper.createObjectNode().put("title", event)));
            }
            ObjectNode talk = mapper.createObjectNode();
            talk.put("title", original.path("title").asText());
            talk.put("description", original.path("description").asText(""));
            talk.put("duration", original.path("duration").asInt());
            talk.put("recorded", year + original.path("recorded").asText("2023-07-17").substring(4));
            ArrayNode people = talk.putArray("speakers");
            if (random.nextInt(1000) < 17) {
                people.add("Various Speakers");
            } else {
                people.add(speakers.get((base * 31 + copy) % speakers.size()));
                if (random.nextInt(8) == 0) {
                    people.add(speakers.get((base * 17 + copy * 7 + 1) % speakers.size()));
                }
            }
            ArrayNode tags = talk.putArray("tags");
            List<String> chosen = tags(random, series, year);
            chosen.forEach(tags::add);
            given.add(chosen);
            talk.putArray("videos").addObject().put("type", "youtube")
                    .put("url", "https://www.youtube.com/watch?v=" + videoId(n));
            Files.writeString(folder.resolve("videos").resolve(n + ".json"), mapper.writeValueAsString(talk));
        }
        return new Written(given, Set.copyOf(noise));
    }

    private static Series pickSeries(Random random, int totalWeight) {
        int r = random.nextInt(totalWeight);
        for (Series series : SERIES) {
            r -= series.weight();
            if (r < 0) {
                return series;
            }
        }
        throw new IllegalStateException();
    }

    private List<String> tags(Random random, Series series, int year) {
        List<String> tags = new ArrayList<>();
        boolean subjects = switch (series.style()) {
            case SUBJECTS -> random.nextInt(100) >= 3; // a few talks of a tagging series have no tags at all
            case NAME_ONLY, NOTHING -> false;
        };
        if (series.style() == Style.NOTHING) {
            return tags;
        }
        if (subjects) {
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                tags.add(vary(random, pick(random, SUBJECTS.get(random.nextInt(SUBJECTS.size())))));
            }
        }
        if (!subjects || random.nextInt(100) < 30) {
            String name = series.eventTags().get(random.nextInt(series.eventTags().size()))
                    .replace("{y}", Integer.toString(year)).replace("{yy}", Integer.toString(year % 100));
            tags.add(noise(name));
        }
        if (!series.places().isEmpty() && (!subjects || random.nextInt(100) < 10)) {
            tags.add(noise(series.places().get(random.nextInt(series.places().size()))));
        }
        if (random.nextInt(100) < (subjects ? 15 : 40)) {
            tags.add(noise(pick(random, FORMATS)));
        }
        return tags;
    }

    private String noise(String tag) {
        noise.add(TopicPath.normalize(tag).orElseThrow());
        return tag;
    }

    private static String pick(Random random, List<Spelling> spellings) {
        int r = random.nextInt(spellings.stream().mapToInt(Spelling::weight).sum());
        for (Spelling spelling : spellings) {
            r -= spelling.weight();
            if (r < 0) {
                return spelling.tag();
            }
        }
        throw new IllegalStateException();
    }

    /** The variants any source's tags show besides the listed spellings: case, hyphens, plurals, a letter off, a hierarchy. */
    static String vary(Random random, String tag) {
        int r = random.nextInt(1000);
        if (r < 50) {
            return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
        }
        if (r < 100) {
            return tag.indexOf(' ') >= 0 ? tag.replace(' ', '-') : tag.replace('-', ' ');
        }
        if (r < 130 && tag.length() >= 4 && tag.indexOf('/') < 0) {
            return tag.endsWith("s") ? tag.substring(0, tag.length() - 1) : tag + "s";
        }
        if (r < 134 && tag.length() >= 7 && tag.matches("[a-z]+")) {
            int at = 1 + random.nextInt(tag.length() - 3);
            return switch (random.nextInt(3)) {
                case 0 -> tag.substring(0, at) + tag.charAt(at + 1) + tag.charAt(at) + tag.substring(at + 2); // swapped
                case 1 -> tag.substring(0, at) + tag.substring(at + 1); // dropped
                default -> tag.substring(0, at) + tag.charAt(at) + tag.substring(at); // doubled
            };
        }
        if (r < 150 && tag.indexOf('/') < 0) {
            return "python/" + tag.toLowerCase(Locale.ROOT);
        }
        return tag;
    }

    /** A YouTube-shaped id of 11 characters, different for every talk. */
    private static String videoId(int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        StringBuilder id = new StringBuilder("Pv");
        long v = n;
        for (int i = 0; i < 9; i++) {
            id.append(alphabet.charAt((int) (v & 63)));
            v >>>= 6;
        }
        return id.toString();
    }
}
