package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.talkshelf.model.Cue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Cues packed come back equal; a blob deflated as before step 18 reads as the same cues, and repacked too. */
class CuePackingPropertiesTest {
    @Provide
    Arbitrary<List<Cue>> transcripts() {
        Arbitrary<String> text = Arbitraries.strings().withChars("abc XYZ,.’éß\u00a0\u4e2d").ofMaxLength(90).map(t -> "w" + t);
        Arbitrary<Long> gap = Arbitraries.longs().between(0, 400_000);
        Arbitrary<Long> length = Arbitraries.longs().between(0, 20_000);
        return Combinators.combine(gap, length, text).as((g, l, t) -> new Object[] {g, l, t})
                .list().ofMaxSize(300).map(CuePackingPropertiesTest::timed);
    }

    private static List<Cue> timed(List<Object[]> parts) {
        List<Cue> cues = new ArrayList<>();
        long start = 0;
        for (Object[] p : parts) {
            start += (Long) p[0];
            cues.add(new Cue(Duration.ofMillis(start), Duration.ofMillis(start + (Long) p[1]), (String) p[2]));
        }
        return cues;
    }

    @Property(tries = 300)
    void packedCuesComeBackEqual(@ForAll("transcripts") List<Cue> cues) {
        byte[] packed = CuePacking.pack(cues);
        assertEquals(cues, CuePacking.unpack(packed, cues.size()));
        assertEquals(cues, List.copyOf(CuePacking.unpackLazily(packed)));
        CuePacking.Lazy asNeeded = CuePacking.unpackLazily(packed, cues.size());
        for (int i = cues.size() - 1; i >= cues.size() / 2; i--) {
            assertEquals(cues.get(i), asNeeded.get(i), "a cue read before those ahead of it");
        }
        assertEquals(cues, List.copyOf(asNeeded));
        assertArrayEquals(packed, CuePacking.repack(packed), "a blob packed as now is kept as it is");
    }

    @Property(tries = 300)
    void aBlobDeflatedBeforeStep18ReadsAndRepacksToTheSameCues(@ForAll("transcripts") List<Cue> cues) {
        byte[] deflated = deflatedAsBefore(cues);
        assertEquals(cues, CuePacking.unpack(deflated, cues.size()));
        assertEquals(cues, CuePacking.unpack(CuePacking.repack(deflated), cues.size()));
    }

    @org.junit.jupiter.api.Test
    void aDamagedDeflatedBlobIsKeptAsItIsAndStillReadsAsDamaged() {
        byte[] deflated = deflatedAsBefore(List.of(new Cue(Duration.ZERO, Duration.ofSeconds(1), "the gil is released")));
        byte[] damaged = Arrays.copyOf(deflated, deflated.length / 2);

        assertArrayEquals(damaged, CuePacking.repack(damaged));
        org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class, () -> CuePacking.unpack(damaged, 1));
    }

    /** The packing of schema steps 11 to 17, written here as those versions wrote it. */
    static byte[] deflatedAsBefore(List<Cue> cues) {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        long previous = 0;
        for (Cue cue : cues) {
            long start = cue.start().toMillis();
            varint(raw, start - previous);
            varint(raw, cue.end().toMillis() - start);
            byte[] text = cue.text().getBytes(StandardCharsets.UTF_8);
            varint(raw, text.length);
            raw.writeBytes(text);
            previous = start;
        }
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(raw.toByteArray());
        deflater.finish();
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return packed.toByteArray();
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
