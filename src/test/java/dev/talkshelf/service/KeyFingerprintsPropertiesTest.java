package dev.talkshelf.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class KeyFingerprintsPropertiesTest {
    @Property(tries = 200)
    void everyKeyAddedIsMaybeThereAndTheSizeCountsDistinctKeys(@ForAll @Size(max = 3000) List<String> keys) {
        KeyFingerprints set = new KeyFingerprints();
        keys.forEach(set::add);

        keys.forEach(k -> assertTrue(set.mayContain(k), k));
        assertEquals(new HashSet<>(keys).size(), set.size());
    }

    @Property(tries = 100)
    void keysNeverAddedAreNotThere(@ForAll @Size(max = 2000) Set<String> added, @ForAll @Size(max = 200) Set<String> others) {
        KeyFingerprints set = new KeyFingerprints();
        added.forEach(set::add);

        for (String k : others) {
            if (!added.contains(k)) {
                assertFalse(set.mayContain(k), k); // a false "maybe" is allowed, but at 2^-63 it never shows here
            }
        }
        assertFalse(set.mayContain(null));
    }
}
