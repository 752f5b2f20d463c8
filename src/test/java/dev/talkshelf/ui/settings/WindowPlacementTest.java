package dev.talkshelf.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    @Test
    void firstRunOnASmallScreenFillsIt() {
        WindowPlacement p = WindowPlacement.choose(WindowSettings.DEFAULTS, 0, 0, 1440, 900);
        assertEquals(new WindowPlacement(0, 0, 1440, 900, true), p);
    }

    @Test
    void firstRunOnALargeScreenTakesNinetyPercentCentred() {
        WindowPlacement p = WindowPlacement.choose(WindowSettings.DEFAULTS, 0, 40, 2560, 1400);
        assertEquals(new WindowPlacement(128, 110, 2304, 1260, false), p);
    }

    @Test
    void rememberedBoundsOnTheScreenAreKept() {
        WindowSettings saved = WindowSettings.DEFAULTS.withBounds(50.0, 60.0, 1200, 800, false);
        assertEquals(new WindowPlacement(50, 60, 1200, 800, false), WindowPlacement.choose(saved, 0, 0, 1920, 1080));
    }

    @Test
    void rememberedBoundsOffTheScreenAreReplaced() {
        WindowSettings saved = WindowSettings.DEFAULTS.withBounds(3000.0, 60.0, 1200, 800, false);
        assertEquals(new WindowPlacement(0, 0, 1440, 900, true), WindowPlacement.choose(saved, 0, 0, 1440, 900));
    }

    @Test
    void rememberedSizeLargerThanTheScreenShrinksToIt() {
        WindowSettings saved = WindowSettings.DEFAULTS.withBounds(0.0, 0.0, 1900, 1200, false);
        assertEquals(new WindowPlacement(0, 0, 1440, 900, false), WindowPlacement.choose(saved, 0, 0, 1440, 900));
    }
}
