package dev.talkshelf.catalog;

import dev.talkshelf.model.Cue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A transcript's cues as one compressed blob: per cue its start (after the previous start), its length and its
 * UTF-8 text, each number a varint; the whole deflated. An hour of captions (~60 KB of text) packs to ~20 KB.
 */
final class CuePacking {
    private CuePacking() {
    }

    static byte[] pack(List<Cue> cues) {
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
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(raw.toByteArray());
            deflater.finish();
            ByteArrayOutputStream packed = new ByteArrayOutputStream(raw.size() / 2 + 64);
            byte[] buffer = new byte[16_384];
            while (!deflater.finished()) {
                packed.write(buffer, 0, deflater.deflate(buffer));
            }
            return packed.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static List<Cue> unpack(byte[] packed, int count) {
        byte[] raw = inflate(packed);
        List<Cue> cues = new ArrayList<>(count);
        int[] at = {0};
        long start = 0;
        while (at[0] < raw.length) {
            start += varint(raw, at);
            long length = varint(raw, at);
            int bytes = (int) varint(raw, at);
            String text = new String(raw, at[0], bytes, StandardCharsets.UTF_8);
            at[0] += bytes;
            cues.add(new Cue(Duration.ofMillis(start), Duration.ofMillis(start + length), text));
        }
        return cues;
    }

    /**
     * The cues as a list that reads each cue's text only when it is asked for: one pass over the unpacked bytes finds
     * where each cue lies. For taking a few cues out of a long transcript (a page of search moments).
     */
    static Lazy unpackLazily(byte[] packed) {
        return lazily(inflate(packed));
    }

    /**
     * Unpacks a page of transcripts one after the other with one inflater and one buffer: a new inflater per blob
     * cost its native set-up and cleaner, and a new buffer per blob its zeroing, 200 times a page. Not thread-safe.
     */
    static final class Unpacker implements AutoCloseable {
        private final Inflater inflater = new Inflater();
        private byte[] buffer = new byte[1 << 16];

        /** As {@link CuePacking#unpackLazily(byte[])}. */
        Lazy unpackLazily(byte[] packed) {
            inflater.reset();
            inflater.setInput(packed);
            int n = 0;
            try {
                while (!inflater.finished()) {
                    if (n == buffer.length) {
                        buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
                    }
                    int got = inflater.inflate(buffer, n, buffer.length - n);
                    if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new CatalogException("a stored transcript is damaged (its cues end too soon)");
                    }
                    n += got;
                }
            } catch (DataFormatException e) {
                throw new CatalogException("a stored transcript is damaged: " + e.getMessage(), e);
            }
            return lazily(java.util.Arrays.copyOf(buffer, n));
        }

        @Override
        public void close() {
            inflater.end();
        }
    }

    private static Lazy lazily(byte[] raw) {
        int[] at = {0};
        long start = 0;
        int count = 0;
        long[] starts = new long[256];
        long[] lengths = new long[256];
        int[] offsets = new int[256];
        int[] sizes = new int[256];
        while (at[0] < raw.length) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                lengths = java.util.Arrays.copyOf(lengths, count * 2);
                offsets = java.util.Arrays.copyOf(offsets, count * 2);
                sizes = java.util.Arrays.copyOf(sizes, count * 2);
            }
            start += varint(raw, at);
            starts[count] = start;
            lengths[count] = varint(raw, at);
            sizes[count] = (int) varint(raw, at);
            offsets[count] = at[0];
            at[0] += sizes[count];
            if (at[0] > raw.length) {
                throw new CatalogException("a stored transcript is damaged (a cue's text runs past its end)");
            }
            count++;
        }
        return new Lazy(raw, count, starts, lengths, offsets, sizes);
    }

    /** Cues read from the unpacked bytes when asked for; {@link #text} reads a cue's text alone. */
    static final class Lazy extends java.util.AbstractList<Cue> {
        private final byte[] raw;
        private final int n;
        private final long[] starts;
        private final long[] lengths;
        private final int[] offsets;
        private final int[] sizes;

        private Lazy(byte[] raw, int n, long[] starts, long[] lengths, int[] offsets, int[] sizes) {
            this.raw = raw;
            this.n = n;
            this.starts = starts;
            this.lengths = lengths;
            this.offsets = offsets;
            this.sizes = sizes;
        }

        @Override
        public Cue get(int i) {
            return new Cue(Duration.ofMillis(starts[i]), Duration.ofMillis(starts[i] + lengths[i]), text(i));
        }

        /** How the cue's text holds the words' terms ({@link CueWords#held(String)}), read from its bytes. */
        long held(int i, CueWords words) {
            java.util.Objects.checkIndex(i, n);
            return words.held(raw, offsets[i], sizes[i]);
        }

        String text(int i) {
            java.util.Objects.checkIndex(i, n);
            return new String(raw, offsets[i], sizes[i], StandardCharsets.UTF_8);
        }

        @Override
        public int size() {
            return n;
        }
    }

    private static byte[] inflate(byte[] packed) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream raw = new ByteArrayOutputStream(packed.length * 3);
            byte[] buffer = new byte[16_384];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
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

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long varint(byte[] in, int[] at) {
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
