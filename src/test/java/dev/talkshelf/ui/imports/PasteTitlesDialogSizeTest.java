package dev.talkshelf.ui.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PasteTitlesDialogSizeTest {
    @Test
    void theDialogTakesEightyPercentOfItsOwner() {
        assertArrayEquals(new double[] {1152, 720}, PasteTitlesDialog.size(1440, 900));
    }

    @Test
    void aSmallOwnerStillGetsAUsableDialog() {
        assertArrayEquals(new double[] {760, 460}, PasteTitlesDialog.size(800, 500));
    }

    @Test
    void withoutAnOwnerTheDialogIsAThousandBySixHundred() {
        assertArrayEquals(new double[] {1000, 600}, PasteTitlesDialog.size(0, 0));
    }
}
