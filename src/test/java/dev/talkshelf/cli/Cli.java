package dev.talkshelf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkshelf.app.Library;
import dev.talkshelf.service.LibraryBackups;
import dev.talkshelf.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.talkshelf.catalog.WriteWaitListener;
import java.time.Clock;
import java.util.Map;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs command lines the way a shell would: one process-like run per command against a real library file. */
final class Cli {
    private final Path library;
    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    private final Map<String, String> environment;

    Cli(Path dir) {
        this(dir, System.getenv());
    }

    /** Runs with {@code environment} as the one external programs (yt-dlp) are looked up in. */
    Cli(Path dir, Map<String, String> environment) {
        this.library = dir.resolve("library.db");
        this.environment = environment;
    }

    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliEnvironment env = new CliEnvironment() {
            @Override
            public Services open(Path libraryOption) {
                return Library.open(library, clock, WriteWaitListener.NONE, environment);
            }

            @Override
            public LibraryBackups backups(Path libraryOption) {
                return new LibraryBackups(library, clock);
            }

            @Override
            public void openWindow(Path libraryOption) {
                throw new AssertionError("no window in tests");
            }
        };
        int code = new CliRunner(env, new PrintWriter(out), new PrintWriter(err), "the log").run(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed and returns what it printed. */
    Result ok(String... args) {
        Result r = run(args);
        assertEquals(0, r.code(), () -> "exit code of " + String.join(" ", args) + "; stderr: " + r.err());
        return r;
    }

    /** Imports talks given as JSON objects; in a new library they get ids 1, 2, 3, ... in this order. */
    void importTalks(Path dir, String... talkObjects) {
        Path file = dir.resolve("talks-" + System.nanoTime() + ".json");
        try {
            Files.writeString(file, "{\"format\": \"talkshelf-library\", \"version\": 1, \"talks\": ["
                    + String.join(",", talkObjects) + "]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ok("import", file.toString());
    }

    /** A run refused as bad input: exit code 2, nothing on stdout, one line on stderr that says {@code fragment}. */
    static void assertBadInput(Result r, String fragment) {
        assertEquals(2, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains(fragment), r.err());
    }

    static String talk(String title, int minutes) {
        return "{\"title\": \"" + title + "\", \"duration\": " + minutes * 60 + "}";
    }
}
