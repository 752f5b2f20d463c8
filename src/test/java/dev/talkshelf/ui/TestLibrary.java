package dev.talkshelf.ui;

import dev.talkshelf.app.Library;
import dev.talkshelf.app.SampleLibrary;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.model.Talk;
import dev.talkshelf.service.Services;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Real library files for UI tests: the 20 sample talks, or many generated ones. */
public final class TestLibrary {
    private TestLibrary() {
    }

    public static Services sample(Path dir) {
        Services services = Library.open(dir.resolve("library-" + System.nanoTime() + ".db"), Clock.systemUTC());
        SampleLibrary.importInto(services);
        return services;
    }

    /** {@code n} generated talks with speakers, events, topics and durations, imported in batches. */
    public static Services generated(Path dir, int n) {
        Services services = Library.open(dir.resolve("big-" + System.nanoTime() + ".db"), Clock.systemUTC());
        String[] topics = {"python", "python/typing", "python/free-threading", "rust", "rust/async", "java", "databases",
                "testing", "security", "ai", "web", "concurrency"};
        String[] words = {"Fast", "Async", "Typed", "Hidden", "Modern", "Practical", "Zero-cost", "Reliable", "Scaling", "Secure"};
        String[] things = {"Pipelines", "Parsers", "Services", "Databases", "Compilers", "Tests", "APIs", "Caches", "Queues", "Schedulers"};
        int batch = 5000;
        for (int start = 0; start < n; start += batch) {
            List<Talk> talks = new ArrayList<>();
            for (int i = start; i < Math.min(n, start + batch); i++) {
                talks.add(Talk.titled(words[i % 10] + " " + things[(i / 10) % 10] + " part " + i)
                        .withSpeakers(List.of("Speaker " + (i % 997)))
                        .withEvent("Conf " + (2010 + i % 15))
                        .withYear(2010 + i % 15)
                        .withDuration(Duration.ofMinutes(20 + i % 40))
                        .withTags(List.of(topics[i % topics.length], topics[(i / 7) % topics.length])));
            }
            services.imports().apply(List.of(ImportBatch.ofTalks(talks)), false);
        }
        return services;
    }
}
