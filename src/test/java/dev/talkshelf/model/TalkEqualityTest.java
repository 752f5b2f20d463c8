package dev.talkshelf.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Talk's written-out equality (decision 0065) still counts every component, as a record's own did. */
class TalkEqualityTest {
    private static final int LISTED = 15;

    /** One talk's components, in declaration order. */
    private static Object[] first() {
        return new Object[] {TalkId.of(1), "Caches", List.of("Ada"), "PyCon", 2020, LocalDate.of(2020, 5, 1),
                Duration.ofMinutes(30), "/talks/caches.mp4", "https://example.org/a.jpg", List.of("https://example.org/slides"),
                Instant.parse("2024-01-01T00:00:00Z"), 3, List.of("python"), WatchState.UNWATCHED, "About caches.", false};
    }

    /** A value differing from {@link #first()}'s in every component. */
    private static Object[] second() {
        return new Object[] {TalkId.of(2), "Queues", List.of("Grace"), "EuroPython", 2021, LocalDate.of(2021, 6, 2),
                Duration.ofMinutes(45), "/talks/queues.mp4", "https://example.org/b.jpg", List.of("https://example.org/code"),
                Instant.parse("2024-02-01T00:00:00Z"), 5, List.of("rust"), WatchState.UNWATCHED.withStatus(WatchStatus.WATCHED), "About queues.", true};
    }

    private static Talk make(Object[] components) throws ReflectiveOperationException {
        Class<?>[] types = Arrays.stream(Talk.class.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<Talk> canonical = Talk.class.getDeclaredConstructor(types);
        return canonical.newInstance(components);
    }

    @Test
    void talksWithTheSameComponentsAreEqualWithTheSameHash() throws ReflectiveOperationException {
        Talk a = make(first());
        Talk b = make(first());

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void talksDifferingInAnyOneComponentAreNotEqual() throws ReflectiveOperationException {
        RecordComponent[] components = Talk.class.getRecordComponents();
        assertEquals(16, components.length, "a new component: add it to equals, hashCode and this test");
        for (int i = 0; i < components.length; i++) {
            Object[] base = first();
            Object[] other = first();
            other[i] = second()[i];
            if (i == LISTED) {
                base[14] = null; // a listed talk carries no description
                other[14] = null;
            }
            assertNotEquals(make(base), make(other), components[i].getName());
        }
    }

    @Test
    void aTalkIsNotEqualToNothingOrSomethingElse() throws ReflectiveOperationException {
        Talk a = make(first());

        assertNotEquals(null, a);
        assertNotEquals("Caches", a);
    }
}
