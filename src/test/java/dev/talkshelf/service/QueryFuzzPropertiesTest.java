package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.FuzzTries;
import dev.talkshelf.catalog.TempFolders;
import dev.talkshelf.model.Talk;
import dev.talkshelf.model.WatchState;
import dev.talkshelf.model.WatchStatus;
import dev.talkshelf.query.QueryCompiler;
import dev.talkshelf.query.QueryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Hostile and odd queries, generated: random text (any character, control characters, lone surrogates, NUL, huge
 * inputs) and queries built from the grammar (words, phrases, every field with valid and invalid values, not / or /
 * -, parentheses, deep nesting, many terms). Every one is parsed and compiled; every fourth one also runs as a search
 * and as facets on a real library, and some are saved as a smart playlist that is then listed. The answer is a
 * result or a readable error with its column, never another exception, and whatever the compiler accepts, the
 * library can run.
 *
 * <p>10,000 inputs in {@code mvn verify}; {@code -Dtalkshelf.fuzz.tries=1000000} runs a million (docs/testing.md).
 */
@AddLifecycleHook(FuzzTries.class)
class QueryFuzzPropertiesTest {
    private static final List<String> VOCABULARY = List.of("python", "rust", "go", "py", "ru", "async", "types", "café",
            "Łukasz", "lukasz", "日本語", "🐍", "and", "or", "not", "AND", "OR", "NOT", "NEAR", "near(", "*", "^", "{x}",
            "col:umn", "a\u0000b", "\u0000", "\u001b[31m", "\u001b]0;title\u0007", "\uD800", "\uDC00x", "\u0301", "x\u200Bz",
            "--", "-", "'", ";", "\\", "\"\"", "2020", "1h30m", "..", ">=", "=", "%", "_", "\r\n", "\t");
    private static final List<String> FIELDS = List.of("title", "speaker", "event", "tag", "year", "status", "duration",
            "rating", "playlist", "added", "has", "Title", "YEAR", "foo", "x", "é");

    private static Path dir;
    private static TestLibrary lib;
    private static QueryCompiler compiler;
    private static final AtomicLong inputs = new AtomicLong();
    private static final AtomicLong onLibrary = new AtomicLong();
    private static final AtomicLong refused = new AtomicLong();
    private static final AtomicLong slowestNanos = new AtomicLong();
    private static final AtomicLong smartPlaylists = new AtomicLong();

    @BeforeContainer
    static void open() throws IOException {
        dir = Files.createTempDirectory("talkshelf-query-fuzz");
        lib = TestLibrary.in(dir);
        String[] words = {"Python", "Rust", "Go", "Async", "Types", "Café", "Łukasz"};
        for (int i = 0; i < 60; i++) {
            lib.clock.advance(Duration.ofHours(7));
            lib.talks.insert(Talk.titled(words[i % words.length] + " talk " + i + " NEAR \"quotes\" (parens)")
                    .withSpeakers(List.of("Speaker " + (i % 6), "Łukasz Langa"))
                    .withEvent("PyCon " + (2015 + i % 8))
                    .withYear(2015 + i % 8)
                    .withTags(List.of(words[i % words.length].toLowerCase() + "/sub" + (i % 3), "col:umn"))
                    .withDuration(i % 5 == 0 ? null : Duration.ofMinutes(5 + i))
                    .withRating(i % 4 == 0 ? 1 + i % 5 : null)
                    .withMedia(i % 3 == 0 ? "/videos/" + i + ".mp4" : null)
                    .withDescription(i % 2 == 0 ? "about {x} * ^ " + words[(i + 1) % words.length] : null)
                    .withWatch(WatchState.UNWATCHED.withStatus(WatchStatus.values()[i % WatchStatus.values().length])), null);
        }
        lib.playlists.create("Manual");
        lib.playlists.create("Smart one source");
        lib.playlists.createSmart("Smart one", "python year:>=2018");
        lib.playlists.createSmart("Chain 1", "rust or playlist:\"Smart one\"");
        lib.playlists.createSmart("Chain 2", "-go playlist:\"Chain 1\"");
        compiler = new QueryCompiler(lib.clock, lib.playlistStore::find);
    }

    @AfterContainer
    static void close() throws IOException {
        System.out.printf("query fuzz: %,d inputs, %,d run on the library, %,d refused with a message, %,d saved as smart"
                        + " playlists, slowest %.1f ms%n", inputs.get(), onLibrary.get(), refused.get(), smartPlaylists.get(),
                slowestNanos.get() / 1e6);
        lib.close();
        TempFolders.delete(dir);
    }

    // ---- the check ----------------------------------------------------------------------------------

    /** A result or a readable error; whatever compiles also runs on the library. */
    private static void check(String query) {
        long n = inputs.incrementAndGet();
        long start = System.nanoTime();
        boolean compiled;
        try {
            compiler.compile(query);
            compiled = true;
        } catch (QueryException e) {
            readable(query, e.getMessage(), e.column());
            compiled = false;
        }
        if (n % 4 == 0) {
            onLibrary.incrementAndGet();
            try {
                lib.search.search(query, 0, 20);
                lib.search.facets(query);
                if (n % 40 == 0 && compiled) {
                    savedAsSmartPlaylist(query, n);
                }
                assertTrue(compiled, () -> "the compiler refused what the search ran: " + printable(query));
            } catch (SearchTimeoutException e) {
                refused.incrementAndGet(); // the library is small: worth seeing in the figures if it ever happens
            } catch (InvalidQueryException e) {
                assertTrue(!compiled, () -> "the compiler accepted what the search refused: " + printable(query) + ": " + e.getMessage());
                readable(query, e.getMessage(), e.column());
            }
        }
        if (!compiled) {
            refused.incrementAndGet();
        }
        slowestNanos.accumulateAndGet(System.nanoTime() - start, Math::max);
    }

    private static void savedAsSmartPlaylist(String query, long n) {
        String name = "fuzz " + n;
        try {
            lib.playlists.createSmart(name, query);
        } catch (UserInputException e) {
            return; // a blank query: a smart playlist needs one
        }
        smartPlaylists.incrementAndGet();
        assertTrue(lib.playlists.list().stream().anyMatch(s -> s.playlist().name().equals(name) && !s.isBroken()));
        lib.playlists.show(name, 0, 5);
        lib.playlists.delete(name);
    }

    private static void readable(String query, String message, int column) {
        int length = query.codePointCount(0, query.length());
        assertTrue(column >= 1 && column <= length + 1, () -> "column " + column + " outside " + printable(query) + ": " + message);
        for (String inside : List.of("SQL", "sqlite", "fts5", "Exception", "java.", "\tat ")) {
            assertTrue(!message.contains(inside), () -> "not a readable error: " + message + " for " + printable(query));
        }
    }

    private static String printable(String query) {
        String shown = query.length() > 300 ? query.substring(0, 300) + "... (" + query.length() + " chars)" : query;
        StringBuilder sb = new StringBuilder("\"");
        shown.chars().forEach(c -> sb.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return sb.append('"').toString();
    }

    // ---- the properties (tries scale with -Dtalkshelf.fuzz.tries, see FuzzTries) --------------------

    @Property(tries = 3_000)
    void randomTextGivesAResultOrAReadableError(@ForAll("randomText") String query) {
        check(query);
    }

    @Property(tries = 6_000)
    void grammarBuiltQueriesGiveAResultOrAReadableError(@ForAll("grammar") String query) {
        check(query);
    }

    @Property(tries = 1_000)
    void hugeQueriesGiveAResultOrAReadableError(@ForAll("huge") String query) {
        check(query);
    }

    // ---- generators -----------------------------------------------------------------------------------

    @Provide
    Arbitrary<String> randomText() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().all().ofMaxLength(40)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001f').withCharRange('\uD800', '\uDFFF')
                        .withChars("ab ()\"-:").ofMaxLength(30)),
                Tuple.of(4, Arbitraries.strings().withChars("()\"-:*^{}+ .,=<>'\\;").withCharRange('a', 'f').withCharRange('0', '3')
                        .ofMaxLength(60)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1_990).ofMaxLength(2_010)));
    }

    @Provide
    Arbitrary<String> grammar() {
        // Mostly a few levels, as people write; now and then up to 40, past the nesting limit.
        return Arbitraries.randomValue(random -> withNoise(random, expr(random,
                random.nextInt(4) == 0 ? random.nextInt(41) : random.nextInt(8))));
    }

    @Provide
    Arbitrary<String> huge() {
        return Arbitraries.randomValue(random -> switch (random.nextInt(7)) {
            case 0, 1 -> {
                StringBuilder sb = new StringBuilder();
                int terms = 50 + random.nextInt(41);
                for (int i = 0; i < terms; i++) {
                    sb.append(term(random)).append(pick(random, List.of(" ", " or ", " -", " and not ", "  ")));
                }
                yield sb.toString().strip();
            }
            case 2, 3 -> {
                String open = pick(random, List.of("(", "not ", "-(", "( not "));
                int n = 20 + random.nextInt(41);
                yield open.repeat(n) + term(random) + (open.contains("(") ? ")".repeat(n) : "");
            }
            case 4 -> {
                String text = letters(random, "abc ", 1_900 + random.nextInt(200));
                yield random.nextBoolean() ? text : "\"" + text + "\"";
            }
            case 5 -> letters(random, "()", 1_000 + random.nextInt(19_000));
            default -> "word ".repeat(1 + random.nextInt(200_000));
        });
    }

    /** An expression nested about {@code depth} levels, one or two terms per level. */
    private static String expr(Random random, int depth) {
        if (depth == 0) {
            return term(random);
        }
        String inner = expr(random, depth - 1);
        if (random.nextInt(60) == 0) {
            return random.nextBoolean() ? "(" + inner : inner + (random.nextBoolean() ? ")" : " or"); // unbalanced
        }
        return switch (random.nextInt(8)) {
            case 0 -> "(" + inner + ")";
            case 1 -> "not " + inner;
            case 2 -> "-" + inner;
            case 3 -> "-(" + inner + ")";
            case 4 -> inner + " or " + term(random);
            case 5 -> term(random) + " " + inner;
            case 6 -> inner + " AND " + term(random);
            default -> "(" + term(random) + " or " + inner + ")";
        };
    }

    private static String term(Random random) {
        int kind = random.nextInt(14);
        if (kind < 4) {
            return pick(random, VOCABULARY);
        }
        if (kind < 6) {
            List<String> words = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                words.add(pick(random, VOCABULARY));
            }
            return "\"" + String.join(" ", words) + "\"";
        }
        if (kind == 6 && random.nextInt(10) == 0) {
            return "\"" + pick(random, VOCABULARY); // unclosed
        }
        if (random.nextInt(3) == 0) {
            return pick(random, FIELDS) + ":" + pick(random, pick(random, FIELD_VALUES));
        }
        String field = pick(random, List.copyOf(VALID.keySet()));
        return field + ":" + pick(random, VALID.get(field));
    }

    /** Values each field takes, so most built queries get past the compiler and reach the library. */
    private static final Map<String, List<String>> VALID = Map.of(
            "title", List.of("python", "\"rust talk\"", "go", "\"near\""),
            "speaker", List.of("łukasz", "\"speaker 3\"", "lang"),
            "event", List.of("pycon", "\"pycon 2019\""),
            "tag", List.of("python", "=python/sub1", "rust/sub2", "col:umn", "go"),
            "year", List.of("2020", ">=2019", "<2018", "2015..2019", "..2019", "2019.."),
            "status", List.of("watched", "in-progress", "unwatched", "skipped"),
            "duration", List.of("30m", "1h30m", "<45m", ">=1h", "90s", "10m..40m"),
            "rating", List.of("1", "5", ">3", "<=2", "1..5"),
            "added", List.of("today", "yesterday", "30d", "<2w", ">1y", "2025-01-01", "2024-01-01..2025-12-31"),
            "playlist", List.of("Manual", "\"Smart one\"", "\"Chain 2\"", "\"Chain 1\""));

    private static final List<List<String>> FIELD_VALUES = List.of(
            List.of("2020", ">=2019", "<2018", "2015..2019", "..2019", "2019..", "..", "99999", "0999", "abc", "1e9",
                    "2019..2018..2017", "=2020", ">", "<=", "-1"),
            List.of("30m", "1h30m", "<45m", ">=1h", "90s", "0", "99999999h", "1h..2h", "..20m", "5", "999999", "h", "m30"),
            List.of("1", "5", "0", "6", ">3", "<=2", "1..5", "x"),
            List.of("watched", "in-progress", "unwatched", "skipped", "halfway", "=watched", ">watched", "WATCHED"),
            List.of("today", "yesterday", "30d", "<2w", ">1y", "12h", "99999y", "2024-01-01", "2024-13-45", "2024-02-30",
                    "2024-01-01..2024-02-01", "..2024-01-01", "+999999999-12-31", "1970-01-01", "0000-01-01"),
            List.of("media", "file", "notes", "note", "description", "rating", "x", "MEDIA"),
            List.of("python", "=python/sub1", "rust/sub2", "..", "///", "a b", "=", "=/", "col:umn", "ŁUKASZ"),
            List.of("Manual", "\"Smart one\"", "\"Chain 2\"", "\"Chain 1\"", "Missing", "\"\"", "\"Smart one source\"", "smart"),
            VOCABULARY,
            VOCABULARY.stream().map(w -> "\"" + w + "\"").toList(),
            VOCABULARY.stream().map(w -> "=" + w).toList());

    private static final List<String> NOISE = List.of("\u0000", "\u001b", "\u0007", "\uD800", "\uDFFF", "\"", "(", ")", ":",
            "-", "\u2028", "\uFEFF", "\r");

    /** Characters no grammar writes, dropped in at a random place now and then. */
    private static String withNoise(Random random, String query) {
        if (random.nextInt(10) < 8) {
            return query;
        }
        int at = random.nextInt(query.length() + 1);
        return query.substring(0, at) + pick(random, NOISE) + query.substring(at);
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String letters(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
