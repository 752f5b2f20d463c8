package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talkshelf.service.BenchService.Timing;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchServiceTest {
    @TempDir
    Path dir;

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = new double[20];
        for (int i = 0; i < 20; i++) {
            sorted[i] = i + 1;
        }

        assertEquals(10, BenchService.percentile(sorted, 50));
        assertEquals(19, BenchService.percentile(sorted, 95));
        assertEquals(1, BenchService.percentile(new double[] {1}, 95));
    }

    @Test
    void aSearchPastItsLimitIsReportedNotThrown() {
        Timing t = BenchService.measure("slow", 0, 3, () -> {
            throw new InvalidQueryException("the search took too long", 1);
        });

        assertEquals("the search took too long", t.error());
        assertTrue(Double.isNaN(t.p95Ms()));
    }

    @Test
    void eachCaseReportsThePageAndTotalOfTheSameSearch() {
        try (TestLibrary lib = TestLibrary.in(dir)) {
            for (int i = 0; i < 230; i++) {
                lib.talk("Python talk " + i, 20 + i % 30);
            }
            lib.talk("Rust talk", 40);
            BenchService bench = new BenchService(lib.search, lib.playlists);

            List<Timing> timings = bench.run(List.of(new BenchService.Case("python", null),
                    new BenchService.Case("rust", dev.talkshelf.model.SortKey.TITLE)), 2, BenchService.Listener.NONE);

            Timing python = timings.stream().filter(t -> t.query().equals("python")).findFirst().orElseThrow();
            assertEquals(200, python.rows());
            assertEquals(230, python.total());
            Timing rust = timings.stream().filter(t -> t.query().equals("rust [sort title]")).findFirst().orElseThrow();
            assertEquals(1, rust.rows());
            assertNull(rust.error());
            Timing facets = timings.get(0);
            assertEquals("facets: whole library, first call", facets.query());
            assertEquals(231, facets.total());
            assertEquals(facets.p50Ms(), facets.maxMs(), "one run");
        }
    }
}
