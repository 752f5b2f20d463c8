package dev.talkshelf.formats;

import java.util.Collection;

/**
 * A fixed set of words, looked up by a stretch of a longer text without cutting it out as a new String.
 * The topic tagger asks it about every word of every description; making a String (and a map entry) per
 * word was most of the tagging time of a large import.
 */
final class WordTable {
    private final String[] slots;
    /** Each slot's word's hash: a probe compares it before it reads the word (most words of a text are in no table). */
    private final int[] hashes;
    private final int mask;

    WordTable(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(8, words.size() * 4) - 1) << 1;
        slots = new String[size];
        hashes = new int[size];
        mask = size - 1;
        for (String word : words) {
            int slot = spread(word.hashCode()) & mask;
            while (slots[slot] != null && !slots[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = word;
            hashes[slot] = word.hashCode();
        }
    }

    /** The word equal to {@code text[from, to)}, or null when there is none. */
    String find(String text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = extendHash(hash, text.charAt(i));
        }
        return find(text, from, to, hash);
    }

    /** As {@link #find(String, int, int)}, with the stretch's hash already known (see {@link #extendHash}). */
    String find(String text, int from, int to, int hash) {
        int length = to - from;
        for (int slot = spread(hash) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            String word = slots[slot];
            if (hashes[slot] == hash && word.length() == length && text.regionMatches(from, word, 0, length)) {
                return word;
            }
        }
        return null;
    }

    /** The hash of a stretch one character longer: String.hashCode's, so a caller can grow it as it reads. */
    static int extendHash(int hash, char next) {
        return 31 * hash + next;
    }

    /** Mixes the high bits in, as the table is indexed by the low ones. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
