package dev.talkshelf.catalog;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The one way a talk's description goes into {@code talk.description} and comes out of it. A long description is kept
 * deflated, as a blob: a format byte, the UTF-8 length as a varint, then raw deflate at the fastest level. A short
 * one, or one that would not shrink, is kept as text, as every description was before schema step 22; both forms
 * read back the same (decision 0039).
 *
 * <p>Deflate, not LZ4 as the cues: descriptions are read one talk at a time (details, export, the index rows), so
 * unpacking speed hardly matters, and on the PyVideo descriptions deflate keeps 57 % of the bytes where LZ4 keeps 83 %.
 */
final class DescriptionPacking {
    /** The first byte of a deflated description; the only form so far. */
    private static final byte DEFLATED = 1;
    /** Below this many UTF-8 bytes deflate's own overhead eats most of the gain: kept as text. */
    private static final int SMALLEST_PACKED = 160;
    /** A description is at most a few hundred KB; a blob that says more is damaged. */
    private static final int MAX_RAW = 16 << 20;
    private static final ThreadLocal<Deflater> DEFLATER =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    /** Packing reuses one buffer per thread for descriptions up to this size (nearly all are a few KB). */
    private static final int SCRATCH_SIZE = 64 << 10;
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[SCRATCH_SIZE]);
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));
    private static final System.Logger LOG = System.getLogger(DescriptionPacking.class.getName());

    private DescriptionPacking() {
    }

    /** What the column keeps for a description: null for none or blank, a String or a byte[] (bind with {@link Sql}). */
    static Object pack(String description) {
        if (description == null || description.isBlank()) {
            return null;
        }
        byte[] raw = description.getBytes(StandardCharsets.UTF_8);
        if (raw.length < SMALLEST_PACKED) {
            return description;
        }
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        // Deflated straight into a buffer of the text's size: what does not finish within it would not be kept anyway.
        byte[] out = raw.length <= SCRATCH_SIZE ? SCRATCH.get() : new byte[raw.length];
        out[0] = DEFLATED;
        int n = CuePacking.varint(out, 1, raw.length);
        while (!deflater.finished() && n < raw.length) {
            n += deflater.deflate(out, n, raw.length - n);
        }
        return deflater.finished() && n < raw.length ? Arrays.copyOf(out, n) : description;
    }

    /** The description a column value holds, in either form; a damaged blob reads as none, so one bad row breaks nothing. */
    static String unpack(Object stored) {
        if (stored instanceof byte[] packed) {
            try {
                return inflate(packed);
            } catch (CatalogException | DataFormatException damaged) {
                LOG.log(System.Logger.Level.WARNING, "a stored description is damaged and reads as none: {0}",
                        damaged.getMessage());
                return null;
            }
        }
        return stored == null ? null : stored.toString();
    }

    static String read(ResultSet rs, String column) throws SQLException {
        return unpack(rs.getObject(column));
    }

    static String read(ResultSet rs, int column) throws SQLException {
        return unpack(rs.getObject(column));
    }

    private static String inflate(byte[] packed) throws DataFormatException {
        if (packed.length == 0 || packed[0] != DEFLATED) {
            throw new CatalogException("unknown form " + (packed.length == 0 ? "(empty)" : packed[0]));
        }
        int[] at = {1};
        long size = CuePacking.varint(packed, at);
        if (size > MAX_RAW) {
            throw new CatalogException("it says it is " + size + " bytes");
        }
        byte[] raw = new byte[(int) size];
        Inflater inflater = INFLATER.get();
        inflater.reset();
        inflater.setInput(packed, at[0], packed.length - at[0]);
        int n = 0;
        while (n < raw.length) {
            int got = inflater.inflate(raw, n, raw.length - n);
            if (got == 0 && (inflater.finished() || inflater.needsInput() || inflater.needsDictionary())) {
                throw new CatalogException("it ends too soon");
            }
            n += got;
        }
        return new String(raw, StandardCharsets.UTF_8);
    }

    /**
     * Lets SQL on this connection pack a description kept as text: {@code packed_description(talk.description)}, for
     * the schema step that packs the descriptions an older library kept.
     */
    static void registerFunction(Connection c) throws SQLException {
        org.sqlite.Function.create(c, "packed_description", new org.sqlite.Function() {
            @Override
            protected void xFunc() throws SQLException {
                Object packed = pack(value_text(0));
                if (packed instanceof byte[] bytes) {
                    result(bytes);
                } else if (packed == null) {
                    result();
                } else {
                    result((String) packed);
                }
            }
        }, 1, org.sqlite.Function.FLAG_DETERMINISTIC);
    }
}
