package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StoreBudgetTest {
    @Test
    void aSmallLibraryKeepsOneSecondTransactions() {
        assertEquals(Duration.ofSeconds(1).toNanos(), StoreBudget.nanosFor(0));
        assertEquals(Duration.ofSeconds(1).toNanos(), StoreBudget.nanosFor(108_575));
        assertEquals(Duration.ofSeconds(1).toNanos(), StoreBudget.nanosFor(-5), "a count that makes no sense gets the least");
    }

    @Test
    void theBudgetGrowsWithTheLibraryUpToFourSeconds() {
        assertEquals(Duration.ofSeconds(2).toNanos(), StoreBudget.nanosFor(250_000));
        assertEquals(Duration.ofSeconds(4).toNanos(), StoreBudget.nanosFor(500_000));
        assertEquals(Duration.ofSeconds(4).toNanos(), StoreBudget.nanosFor(1_000_000));
        assertEquals(Duration.ofSeconds(4).toNanos(), StoreBudget.nanosFor(Long.MAX_VALUE / 2), "no overflow past the cap");
        long previous = 0;
        for (long talks = 0; talks <= 2_000_000; talks += 10_000) {
            long budget = StoreBudget.nanosFor(talks);
            assertTrue(budget >= previous, "never shorter for a larger library: " + talks);
            previous = budget;
        }
    }
}
