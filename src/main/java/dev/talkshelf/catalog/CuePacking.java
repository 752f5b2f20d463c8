package dev.talkshelf.catalog;

import dev.talkshelf.model.Cue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import net.jpountz.lz4.LZ4Compressor;
import net.jpountz.lz4.LZ4Exception;
import net.jpountz.lz4.LZ4Factory;
import net.jpountz.lz4.LZ4SafeDecompressor;

/**
 * A transcript's cues as one compressed blob: per cue its start (after the previous start), its length and its
 * UTF-8 text, each number a varint; the whole compressed with LZ4 (high compression), after a format byte and the
 * unpacked size. An hour of captions (~60 KB of text) packs to ~25 KB.
 *
 * <p>LZ4, not deflate: a page of {@code said:} moments unpacks 200 transcripts (~5 MB), which inflating made the
 * largest part of the search (~20 ms of CPU); LZ4 unpacks them in ~2 ms, for ~15 % more room (decision 0030).
 * Blobs kept before schema step 18 are deflated (they start with zlib's header byte, never {@link #LZ4}): they are
 * still read, for the steps that read them before step 18 repacks them.
 */
final class CuePacking {
    /** The first byte of a blob packed with LZ4; a deflated blob starts with zlib's 0x78. */
    private static final byte LZ4 = 1;
    private static final LZ4Factory FACTORY = LZ4Factory.fastestInstance();
    /** Compressing once, at attach, for reading at every search: the stronger level costs ~1 ms an hour of captions. */
    private static final LZ4Compressor COMPRESSOR = FACTORY.highCompressor(9);
    private static final LZ4SafeDecompressor DECOMPRESSOR = FACTORY.safeDecompressor();

    private CuePacking() {
    }

    static byte[] pack(List<Cue> cues) {
        byte[] raw = raw(cues);
        ByteArrayOutputStream packed = new ByteArrayOutputStream(raw.length / 2 + 16);
        packed.write(LZ4);
        varint(packed, raw.length);
        packed.writeBytes(COMPRESSOR.compress(raw));
        return packed.toByteArray();
    }

    private static byte[] raw(List<Cue> cues) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(cues.size() * 48);
        long previousStart = 0;
        for (Cue cue : cues) {
            long start = cue.start().toMillis();
            varint(raw, start - previousStart);
            varint(raw, cue.end().toMillis() - start);
            byte[] text = cue.text().getBytes(StandardCharsets.UTF_8);
            varint(raw, text.length);
            raw.writeBytes(text);
            previousStart = start;
        }
        return raw.toByteArray();
    }

    /**
     * A blob as this version packs it: a deflated one (kept before step 18) packed anew, a packed one as it is. A
     * damaged one is kept as it is: it reads as damaged, as it did, and the library's upgrade goes through.
     */
    static byte[] repack(byte[] packed) {
        if (packed.length > 0 && packed[0] == LZ4) {
            return packed;
        }
        try {
            return pack(unpack(packed, 256));
        } catch (CatalogException damaged) {
            return packed;
        }
    }

    /**
     * Lets SQL on this connection pack a kept blob anew: {@code repacked_cues(transcript.cues)}, for the migration that
     * repacks the transcripts deflated before it.
     */
    static void registerFunction(Connection c) throws SQLException {
        org.sqlite.Function.create(c, "repacked_cues", new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                result(repack(value_blob(0)));
            }
        }, 1, org.sqlite.Function.FLAG_DETERMINISTIC);
    }

    static List<Cue> unpack(byte[] packed, int count) {
        Lazy lazy = unpackLazily(packed);
        List<Cue> cues = new ArrayList<>(Math.max(count, lazy.size()));
        cues.addAll(lazy);
        return cues;
    }

    /**
     * The cues as a list that reads each cue's text only when it is asked for: one pass over the unpacked bytes finds
     * where each cue lies. For taking a few cues out of a long transcript (a page of search moments). Thread-safe.
     */
    static Lazy unpackLazily(byte[] packed) {
        return lazily(packed.length > 0 && packed[0] == LZ4 ? unpackLz4(packed) : inflate(packed));
    }

    private static byte[] unpackLz4(byte[] packed) {
        int[] at = {1};
        long size = varint(packed, at);
        if (size > MAX_RAW) {
            throw new CatalogException("a stored transcript is damaged (it says it is " + size + " bytes)");
        }
        byte[] raw = new byte[(int) size];
        try {
            int n = DECOMPRESSOR.decompress(packed, at[0], packed.length - at[0], raw, 0, raw.length);
            if (n != raw.length) {
                throw new CatalogException("a stored transcript is damaged (its cues end too soon)");
            }
        } catch (LZ4Exception e) {
            throw new CatalogException("a stored transcript is damaged: " + e.getMessage(), e);
        }
        return raw;
    }

    /** More than any transcript a file may bring (50 MB, TranscriptFiles) holds once packed. */
    private static final long MAX_RAW = 256L << 20;

    private static Lazy lazily(byte[] raw) {
        Lazy cues = new Lazy(raw, -1);
        cues.readTo(Integer.MAX_VALUE);
        return cues;
    }

    /**
     * As {@link #unpackLazily(byte[])} for a blob of {@code count} cues (the transcript's row says how many): where each
     * cue lies is found only as far as a cue is asked for. A page's moments take a few cues of each of 200 transcripts,
     * and finding where all ~90,000 cues lie was most of their time once the kept terms said which cues they are.
     */
    static Lazy unpackLazily(byte[] packed, int count) {
        return new Lazy(packed.length > 0 && packed[0] == LZ4 ? unpackLz4(packed) : inflate(packed), count);
    }

    /** Cues read from the unpacked bytes when asked for; {@link #text} reads a cue's text alone. Thread-safe. */
    static final class Lazy extends AbstractList<Cue> {
        private final byte[] raw;
        /** The number of cues, or -1 until all are read (then {@link #read}). */
        private int n;
        /** How many cues are found; volatile, so a thread that sees a cue found sees where it lies. */
        private volatile int read;
        private final int[] at = {0};
        private long start;
        private long[] starts;
        private long[] lengths;
        private int[] offsets;
        private int[] sizes;

        private Lazy(byte[] raw, int count) {
            this.raw = raw;
            this.n = count;
            int room = count < 0 ? 256 : Math.max(1, count);
            starts = new long[room];
            lengths = new long[room];
            offsets = new int[room];
            sizes = new int[room];
        }

        /** Finds where the cues up to {@code i} lie (all of them for MAX_VALUE); a cue said to be there must be. */
        private synchronized void readTo(int i) {
            while (read <= i && at[0] < raw.length && (n < 0 || read < n)) {
                if (read == starts.length) {
                    starts = Arrays.copyOf(starts, read * 2);
                    lengths = Arrays.copyOf(lengths, read * 2);
                    offsets = Arrays.copyOf(offsets, read * 2);
                    sizes = Arrays.copyOf(sizes, read * 2);
                }
                start += varint(raw, at);
                starts[read] = start;
                lengths[read] = varint(raw, at);
                sizes[read] = (int) varint(raw, at);
                offsets[read] = at[0];
                at[0] += sizes[read];
                if (at[0] > raw.length) {
                    throw new CatalogException("a stored transcript is damaged (a cue's text runs past its end)");
                }
                read++;
            }
            if (n < 0 && i == Integer.MAX_VALUE) {
                n = read;
            }
            if (i < n && read <= i) {
                throw new CatalogException("a stored transcript is damaged (it holds fewer cues than it says)");
            }
        }

        private void check(int i) {
            Objects.checkIndex(i, n);
            if (i >= read) {
                readTo(i);
            }
        }

        @Override
        public Cue get(int i) {
            check(i);
            return new Cue(Duration.ofMillis(starts[i]), Duration.ofMillis(starts[i] + lengths[i]), text(i));
        }

        /** How the cue's text holds the words' terms ({@link CueWords#held(String)}), read from its bytes. */
        long held(int i, CueWords words) {
            check(i);
            return words.held(raw, offsets[i], sizes[i]);
        }

        String text(int i) {
            check(i);
            return new String(raw, offsets[i], sizes[i], StandardCharsets.UTF_8);
        }

        @Override
        public int size() {
            return n;
        }
    }

    /** A blob as it was packed before step 18: deflated. */
    private static byte[] inflate(byte[] packed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream raw = new ByteArrayOutputStream(packed.length * 3);
            byte[] buffer = new byte[16_384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new CatalogException("a stored transcript is damaged (its cues end too soon)");
                }
                raw.write(buffer, 0, n);
            }
            return raw.toByteArray();
        } catch (DataFormatException e) {
            throw new CatalogException("a stored transcript is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    static void varint(ByteArrayOutputStream out, long value) {
        byte[] bytes = new byte[10];
        out.write(bytes, 0, varint(bytes, 0, value));
    }

    /** Writes {@code value} as a varint into {@code out} from {@code at} (up to 10 bytes); the position after it. */
    static int varint(byte[] out, int at, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out[at++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out[at++] = (byte) v;
        return at;
    }

    static long varint(byte[] in, int[] at) {
        // Most numbers of a transcript (a cue's start after the last, its text's length) fit one byte.
        if (at[0] < in.length && in[at[0]] >= 0) {
            return in[at[0]++];
        }
        long value = 0;
        int shift = 0;
        while (true) {
            if (at[0] >= in.length || shift > 63) {
                throw new CatalogException("a stored transcript is damaged (a number runs past its end)");
            }
            byte b = in[at[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }
}
