package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A stored date read by hand ({@link Sql#isoDate}) is the date {@link LocalDate#parse} reads, or none where it reads none. */
class SqlDatePropertiesTest {
    private static LocalDate parsed(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Texts shaped like dates: digits and a few other characters, dashes mostly where a date has them. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> part4 = Arbitraries.strings().withChars("0123456789+-٣ x").ofMinLength(3).ofMaxLength(5);
        Arbitrary<String> part2 = Arbitraries.strings().withChars("0123456789 -").ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> dash = Arbitraries.of("-", "-", "-", "/", "");
        Arbitrary<String> numbers = Combinators.combine(Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 32))
                .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
        return Arbitraries.oneOf(numbers, numbers, Combinators.combine(part4, dash, part2, dash, part2)
                .as((y, a, m, b, d) -> y + a + m + b + d));
    }

    @Property(tries = 3000)
    void readsWhatLocalDateParseReads(@ForAll("dateLike") String text) {
        assertEquals(parsed(text), Sql.isoDate(text), text);
    }

    @Property(tries = 1000)
    void everyDateReadsBackFromItsIsoText(@ForAll("days") LocalDate date) {
        assertEquals(date, Sql.isoDate(date.toString()));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs().between(LocalDate.of(-3000, 1, 1).toEpochDay(), LocalDate.of(12000, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Example
    void edgesReadAsTheFormatterReadsThem() {
        for (String text : List.of("2024-02-29", "2023-02-29", "2023-04-31", "2023-00-10", "2023-13-01", "0000-01-01",
                "+2024-01-01", "-0001-12-31", "+12024-01-01", "2024-1-01", "2024-01-1", "20240101", "2024-01-01 ",
                " 2024-01-01", "2024-01-01T00:00", "2024–01–01", "٢٠٢٤-01-01", "")) {
            assertEquals(parsed(text), Sql.isoDate(text), text);
        }
    }
}
