package dev.talkshelf.service;

/**
 * A set of 64-bit fingerprints of strings, in one array of longs (open addressing): "may this key be there?" with no
 * false "no" and, rarely, a false "yes". An import of a million talks remembers three keys of every talk it wrote
 * ({@link DuplicateKeys}); as strings in hash sets that was ~300 MB of heap, as fingerprints it is ~50 MB.
 */
final class KeyFingerprints {
    /** Marks a free slot; a fingerprint equal to it is stored as {@link #ZERO_STAND_IN}. */
    private static final long FREE = 0L;
    private static final long ZERO_STAND_IN = 0x9E3779B97F4A7C15L;
    private long[] slots = new long[1024];
    private int size;

    /** Adds the key's fingerprint (null is never in the set). */
    void add(String key) {
        if (key == null) {
            return;
        }
        if ((size + 1) * 2L > slots.length) {
            grow();
        }
        if (insert(slots, fingerprint(key))) {
            size++;
        }
    }

    /** True when the key was added, and for about one key in 2^63 that was not. */
    boolean mayContain(String key) {
        if (key == null) {
            return false;
        }
        long f = fingerprint(key);
        int mask = slots.length - 1;
        for (int i = spread(f) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == f) {
                return true;
            }
            if (slots[i] == FREE) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long f : slots) {
            if (f != FREE) {
                insert(bigger, f);
            }
        }
        slots = bigger;
    }

    private static boolean insert(long[] table, long f) {
        int mask = table.length - 1;
        for (int i = spread(f) & mask; ; i = (i + 1) & mask) {
            if (table[i] == f) {
                return false;
            }
            if (table[i] == FREE) {
                table[i] = f;
                return true;
            }
        }
    }

    private static int spread(long f) {
        return (int) (f ^ (f >>> 32));
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finaliser; never {@link #FREE}. */
    static long fingerprint(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h = (h ^ key.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == FREE ? ZERO_STAND_IN : h;
    }
}
