package dev.talkshelf.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

class IdTextTest {

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void commaSeparatedIdsAreReadInTheirOrder() {
        assertArrayEquals(new int[] {7, 3, 2147483646, 10}, IdText.array(text("7,3,2147483646,10")));
    }

    @Test
    void noTextIsNoIds() {
        assertEquals(0, IdText.array(null).length);
        assertEquals(0, IdText.array(text("")).length);
        assertTrue(IdText.set(null).isEmpty());
    }

    @Test
    void theSetHoldsEveryIdOnce() {
        BitSet expected = new BitSet();
        expected.set(1);
        expected.set(42);
        expected.set(100_000);
        assertEquals(expected, IdText.set(text("42,1,100000,42")));
    }

    @Test
    void anIdBeyondTheSupportedRangeIsRefused() {
        assertThrows(CatalogException.class, () -> IdText.set(text("1,99999999999")));
        assertThrows(CatalogException.class, () -> IdText.array(text("2147483647")));
    }

    @Test
    void textThatIsNoListOfIdsIsRefused() {
        assertThrows(CatalogException.class, () -> IdText.set(text("1,-2")));
    }
}
