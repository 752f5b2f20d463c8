package dev.talkshelf.service;

import dev.talkshelf.app.Library;
import dev.talkshelf.formats.ImportBatch;
import dev.talkshelf.formats.ImportBatch.ImportedTalk;
import dev.talkshelf.model.Talk;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How long applying a PyVideo-sized import (21,700 talks) to a new library takes: the database half of
 * the "whole PyVideo data set in 5 s" goal. Prints figures; run with
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.talkshelf.service.ImportBenchmark [talks]}.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 21_700;
        Random random = new Random(42);
        String[] words = {"python", "async", "rust", "typing", "data", "web", "django", "testing", "performance", "packaging",
                "security", "machine", "learning", "pandas", "numpy", "api", "design", "community", "gil", "memory"};
        List<ImportedTalk> talks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String title = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " talk " + i;
            Talk t = Talk.titled(title)
                    .withSpeakers(List.of("Speaker " + random.nextInt(9000), "Speaker " + random.nextInt(9000)).subList(0, 1 + random.nextInt(2)))
                    .withEvent("PyCon " + (2010 + i % 15)).withYear(2010 + i % 15)
                    .withDuration(Duration.ofSeconds(600 + random.nextInt(3000)))
                    .withMedia("https://www.youtube.com/watch?v=" + Integer.toString(i, 36) + "xx")
                    .withThumbnail("https://i.ytimg.com/vi/" + i + "/hqdefault.jpg")
                    .withLinks(List.of("https://slides.example/" + i))
                    .withTags(List.of("python", "python/" + words[random.nextInt(words.length)], words[random.nextInt(words.length)]))
                    .withDescription(("A talk about " + title + ". ").repeat(12));
            talks.add(new ImportedTalk(t, "youtube:" + i, true, List.of(), List.of()));
        }
        Path dir = Files.createTempDirectory("talkshelf-import-bench");
        for (int run = 1; run <= 3; run++) {
            Path file = dir.resolve("lib" + run + ".db");
            try (Services s = Library.open(file, Clock.systemUTC())) {
                long start = System.nanoTime();
                ImportSummary summary = s.imports().apply(List.of(new ImportBatch(talks, List.of())), false);
                long ms = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("run %d: applied %d talks in %d ms (%.0f talks/s)%n", run, summary.added(), ms, summary.added() * 1000.0 / ms);
            }
        }
    }
}
