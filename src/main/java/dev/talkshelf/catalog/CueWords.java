package dev.talkshelf.catalog;

import dev.talkshelf.model.Letters;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Searched terms found in cue texts as {@code said_fts} finds them in a talk's: each term's words in a row, whole,
 * case, diacritics and punctuation aside (the unicode61 tokenizer's view). Plain ASCII cues are compared in their
 * packed UTF-8 bytes without making a string of each: a page's moments look through ~90,000 cues.
 */
public final class CueWords {
    private final List<String> terms;
    /** Each term's words, as lower-case ASCII bytes; null when a term is not plain ASCII (then cues are compared as text). */
    private final byte[][][] asciiWords;
    private final List<String> spacedTerms;
    /** Each plain ASCII term's first byte, lower case, in all eight bytes of a long (see {@link #held(byte[], int, int)}). */
    private final long[] firstBytes;
    /** Each plain ASCII term's second byte likewise, {@link #ANY} for a term whose first word is one letter. */
    private final long[] secondBytes;
    private static final long ANY = -1;
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** The bit that makes an ASCII capital lower case, in every byte. */
    private static final long CASE_BITS = 0x2020202020202020L;

    /**
     * The high bit of each byte of {@code x} that is zero, and perhaps of a byte above one that is (a byte 0x01 borrowed
     * from): none missed, which is what a look for places worth a closer look needs.
     */
    private static long zeroBytes(long x) {
        return (x - 0x0101010101010101L) & ~x & HIGH_BITS;
    }

    private CueWords(List<String> terms) {
        this.terms = terms.stream().map(CueWords::words).filter(t -> !t.isEmpty()).toList();
        this.spacedTerms = this.terms.stream().map(t -> " " + t + " ").toList();
        byte[][][] ascii = new byte[this.terms.size()][][];
        for (int i = 0; i < ascii.length; i++) {
            String term = this.terms.get(i);
            if (!Letters.isPlainAscii(term)) {
                ascii = null;
                break;
            }
            String[] words = term.split(" ");
            ascii[i] = new byte[words.length][];
            for (int w = 0; w < words.length; w++) {
                ascii[i][w] = words[w].getBytes(StandardCharsets.US_ASCII);
            }
        }
        this.asciiWords = ascii;
        // Each term's first and second byte in every byte of a long, with the bit that makes an ASCII letter lower case
        // set: a byte that equals it with that bit set may be that letter (letters and digits have it set already).
        this.firstBytes = new long[ascii == null ? 0 : ascii.length];
        this.secondBytes = new long[firstBytes.length];
        for (int i = 0; i < firstBytes.length; i++) {
            byte[] first = ascii[i][0];
            firstBytes[i] = (first[0] | 0x20) * 0x0101010101010101L;
            secondBytes[i] = first.length > 1 ? (first[1] | 0x20) * 0x0101010101010101L : ANY;
        }
    }

    /** The terms (folded as the index folds them), each a word or words said in a row. */
    public static CueWords of(List<String> terms) {
        return new CueWords(terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether the text holds one of the terms. */
    public boolean heldBy(String text) {
        return held(text) != NONE;
    }

    /** Whether {@code size} UTF-8 bytes at {@code from} hold one of the terms. */
    boolean heldBy(byte[] raw, int from, int size) {
        return held(raw, from, size) != NONE;
    }

    /**
     * How the text holds the terms, for ranking a talk's moments: {@link #NONE} when it holds none, else how many of
     * the terms it holds ({@link #terms}), how often they occur in all ({@link #occurrences}) and how many words it
     * has ({@link #wordCount}), in one long (a page's moments look through ~90,000 cues, most holding nothing).
     */
    public long held(String text) {
        String words = words(text);
        String spaced = " " + words + " ";
        int distinct = 0;
        int occurrences = 0;
        for (String term : spacedTerms) {
            int n = 0;
            for (int at = spaced.indexOf(term); at >= 0; at = spaced.indexOf(term, at + 1)) {
                n++;
            }
            distinct += n > 0 ? 1 : 0;
            occurrences += n;
        }
        int count = words.isEmpty() ? 0 : 1;
        for (int i = 0; i < words.length(); i++) {
            count += words.charAt(i) == ' ' ? 1 : 0;
        }
        return distinct == 0 ? NONE : pack(distinct, occurrences, count);
    }

    /** As {@link #held(String)}, for {@code size} UTF-8 bytes at {@code from}. */
    long held(byte[] raw, int from, int size) {
        if (asciiWords == null) {
            return held(new String(raw, from, size, StandardCharsets.UTF_8));
        }
        int end = from + size;
        int p = from;
        // Eight bytes at a time: is the cue beyond ASCII, and does it hold the first two letters of a term one after
        // the other (in either case)? Most cues hold none, and are done with here (a page has ~90,000 of them).
        boolean maybe = firstBytes.length > Long.SIZE;
        long carried = 0; // bit t: the last byte looked at is term t's first letter
        for (; p + 8 <= end; p += 8) {
            long eight = (long) LONGS.get(raw, p);
            if ((eight & HIGH_BITS) != 0) {
                return heldFolded(new String(raw, from, size, StandardCharsets.UTF_8));
            }
            if (!maybe) {
                long lower = eight | CASE_BITS;
                long carry = carried;
                carried = 0;
                for (int t = 0; t < firstBytes.length; t++) {
                    // The high bit of byte k set where byte k is the term's first (second) letter, or may be.
                    long firsts = zeroBytes(lower ^ firstBytes[t]);
                    long seconds = secondBytes[t] == ANY ? HIGH_BITS : zeroBytes(lower ^ secondBytes[t]);
                    long pairs = (firsts << 8 | ((carry >>> t & 1) != 0 ? 0x80L : 0)) & seconds;
                    maybe |= pairs != 0;
                    carried |= (firsts >>> 63) << t;
                }
            }
        }
        int tail = Math.max(from, p - 1);
        for (; p < end; p++) {
            if (raw[p] < 0) {
                return heldFolded(new String(raw, from, size, StandardCharsets.UTF_8));
            }
        }
        for (int q = tail; q < end && !maybe; q++) {
            for (int t = 0; t < firstBytes.length; t++) {
                maybe |= (raw[q] | 0x20) == (byte) firstBytes[t]
                        && (secondBytes[t] == ANY || q + 1 < end && (raw[q + 1] | 0x20) == (byte) secondBytes[t]);
            }
        }
        return maybe ? count(raw, from, end) : NONE;
    }

    /** The text holds none of the terms. */
    public static final long NONE = 0;

    /** How many of the terms a {@link #held} result holds. */
    public static int terms(long held) {
        return (int) (held >>> 48);
    }

    /** How often the terms occur, in all, in a {@link #held} result. */
    public static int occurrences(long held) {
        return (int) ((held >>> 24) & 0xFFFFFF);
    }

    /** How many words the text of a {@link #held} result has. */
    public static int wordCount(long held) {
        return (int) (held & 0xFFFFFF);
    }

    private static long pack(int terms, int occurrences, int words) {
        return (long) terms << 48 | (long) Math.min(occurrences, 0xFFFFFF) << 24 | Math.min(words, 0xFFFFFF);
    }

    /**
     * The terms' occurrences in bytes where each plain ASCII letter stands for itself, and the words when one occurs.
     * Each term is looked for in a tight pass of its own: most cues hold none, and a pass that stopped at every word
     * to count it and try each term took half as long again.
     */
    private long count(byte[] raw, int from, int end) {
        int distinct = 0;
        int occurrences = 0;
        for (byte[][] term : asciiWords) {
            byte first = term[0][0];
            // The second letter checked before the whole term: a common first letter starts many words.
            int second = term[0].length > 1 ? term[0][1] : -1;
            int n = 0;
            for (int q = from; q < end; q++) {
                if (LOWER[raw[q] & 0xFF] == first && (q == from || !WORD_BYTE[raw[q - 1] & 0xFF])
                        && (second < 0 || q + 1 < end && LOWER[raw[q + 1] & 0xFF] == second) && wordsAt(raw, q, end, term)) {
                    n++;
                }
            }
            distinct += n > 0 ? 1 : 0;
            occurrences += n;
        }
        if (distinct == 0) {
            return NONE;
        }
        int words = 0;
        for (int q = from; q < end; q++) {
            if (WORD_BYTE[raw[q] & 0xFF] && (q == from || !WORD_BYTE[raw[q - 1] & 0xFF])) {
                words++;
            }
        }
        return pack(distinct, occurrences, words);
    }

    private static final boolean[] WORD_BYTE = new boolean[256];
    private static final byte[] LOWER = new byte[256];

    static {
        for (int b = 0; b < 256; b++) {
            WORD_BYTE[b] = wordByte((byte) b);
            LOWER[b] = lower((byte) b);
        }
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * A cue beyond ASCII against plain ASCII terms: folded char by char (each letter's plain form kept once), then
     * compared as bytes; a cue with characters outside the BMP is compared as text.
     */
    private long heldFolded(String text) {
        byte[] folded = new byte[text.length() * 2];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                folded = room(folded, n, 1);
                folded[n++] = Character.isLetterOrDigit(c) ? (byte) c : (byte) ' ';
                continue;
            }
            if (Character.isSurrogate(c)) {
                return held(text);
            }
            String plain = plainOf(c);
            folded = room(folded, n, plain.length());
            for (int k = 0; k < plain.length(); k++) {
                char f = plain.charAt(k);
                // A letter that stays beyond ASCII is a letter no plain ASCII term holds: a word byte all the same.
                folded[n++] = f < 0x80 ? (byte) f : NON_ASCII_LETTER;
            }
        }
        return count(folded, 0, n);
    }

    /** Stands in a folded cue for a letter or digit beyond ASCII: a word byte no plain ASCII term holds. */
    private static final byte NON_ASCII_LETTER = 0x01;

    private static byte[] room(byte[] buffer, int used, int more) {
        return used + more <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(buffer.length * 2, used + more));
    }

    /** The term's words one after the other from {@code start}, each whole, with only non-word bytes between them. */
    private static boolean wordsAt(byte[] raw, int start, int end, byte[][] term) {
        int p = start;
        for (int w = 0; w < term.length; w++) {
            byte[] word = term[w];
            if (p + word.length > end) {
                return false;
            }
            for (int k = 0; k < word.length; k++) {
                if (LOWER[raw[p + k] & 0xFF] != word[k]) {
                    return false;
                }
            }
            p += word.length;
            if (p < end && WORD_BYTE[raw[p] & 0xFF]) {
                return false;
            }
            if (w + 1 < term.length) {
                while (p < end && !WORD_BYTE[raw[p] & 0xFF]) {
                    p++;
                }
            }
        }
        return true;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private static boolean wordByte(byte b) {
        return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 'A' && b <= 'Z' || b == NON_ASCII_LETTER;
    }

    /** The text {@link #plain}, its words apart by one space, none before or after. */
    public static String words(String s) {
        String plain = plain(s);
        StringBuilder out = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c != ' ' || (!out.isEmpty() && out.charAt(out.length() - 1) != ' ')) {
                out.append(c);
            }
        }
        int end = out.length();
        return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
    }

    /** Lower case, without diacritics, the stroked letters folded; punctuation as spaces: as the tokenizer sees it. */
    public static String plain(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
            } else if (Character.isSurrogate(c)) {
                return plainSlowly(s);
            } else {
                out.append(plainOf(c));
            }
        }
        return out.toString();
    }

    /**
     * Each letter beyond ASCII seen so far, plain: decomposing a whole cue for one accent cost more than the search,
     * and a map of boxed characters a tenth of it. Filled as met, by any thread: a slot is null or its final string.
     */
    private static final String[] PLAIN_CHARS = new String[Character.MAX_VALUE + 1];

    private static String plainOf(char c) {
        String plain = PLAIN_CHARS[c];
        if (plain == null) {
            plain = plainSlowly(String.valueOf(c));
            PLAIN_CHARS[c] = plain;
        }
        return plain;
    }

    private static String plainSlowly(String s) {
        String decomposed = Normalizer.normalize(Letters.fold(s), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ');
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
