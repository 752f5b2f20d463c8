package dev.talkshelf.ui.settings;

/**
 * Where the window opens and how big: the remembered bounds when they still fit a screen, otherwise (first run,
 * or the screen it was on is gone) a size that suits this screen.
 *
 * @param maximized whether the stage should be maximized; the bounds are then what it restores to
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    /** At or below this many pixels wide or high a screen is "small": the window fills it. */
    static final double SMALL_WIDTH = 1600;
    static final double SMALL_HEIGHT = 1000;
    /** The share of a larger screen the window takes on first run. */
    static final double SHARE = 0.9;

    /**
     * @param screenX the visual bounds (without task bars) of the screen the window goes on
     */
    public static WindowPlacement choose(WindowSettings saved, double screenX, double screenY, double screenWidth, double screenHeight) {
        boolean remembered = saved.x() != null && saved.y() != null
                && saved.x() < screenX + screenWidth - 100 && saved.y() < screenY + screenHeight - 60
                && saved.x() + saved.width() > screenX + 100 && saved.y() >= screenY - 20;
        if (remembered) {
            double w = Math.min(saved.width(), screenWidth);
            double h = Math.min(saved.height(), screenHeight);
            return new WindowPlacement(saved.x(), saved.y(), w, h, saved.maximized());
        }
        boolean small = screenWidth <= SMALL_WIDTH || screenHeight <= SMALL_HEIGHT;
        if (small) {
            return new WindowPlacement(screenX, screenY, screenWidth, screenHeight, true);
        }
        double w = Math.round(screenWidth * SHARE);
        double h = Math.round(screenHeight * SHARE);
        return new WindowPlacement(screenX + Math.round((screenWidth - w) / 2), screenY + Math.round((screenHeight - h) / 2),
                w, h, saved.maximized());
    }
}
