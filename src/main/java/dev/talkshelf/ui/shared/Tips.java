package dev.talkshelf.ui.shared;

import java.util.function.Supplier;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their control, not with the window. Each {@link Tooltip} is a popup
 * window with a scene of its own: the ~15 of the first screen (top bar, search bar, details' stars) took ~8 % of the
 * FX thread's time before the first rows (decision 0031).
 */
public final class Tips {
    private Tips() {
    }

    /**
     * Gives {@code control} the tooltip {@code text} the first time the pointer enters it. The tooltip is in place
     * before the pointer's move that entered the control reaches it, so it shows after the usual delay.
     */
    public static <C extends Control> C onHover(C control, String text) {
        return onHover(control, () -> text);
    }

    /** As {@link #onHover(Control, String)}, with the text as it is each time the pointer enters (none when null). */
    public static <C extends Control> C onHover(C control, Supplier<String> text) {
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            String now = text.get();
            if (now == null) {
                control.setTooltip(null);
            } else if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(now));
            } else {
                control.getTooltip().setText(now);
            }
        });
        return control;
    }

    /**
     * One tooltip for many cells, made the first time one of them asks for it. It wraps its text at
     * {@value #MAX_WIDTH} px: a cell's whole text (a 300-character title) on one line was 2,100 px wide, off the screen.
     */
    public static final class Shared {
        static final double MAX_WIDTH = 560;
        private Tooltip tip;

        /** The tooltip, made now if no cell asked for it before. */
        public Tooltip get() {
            if (tip == null) {
                tip = new Tooltip();
                tip.setWrapText(true);
                tip.setMaxWidth(MAX_WIDTH);
            }
            return tip;
        }

        /** The tooltip if a cell asked for it already, or null: a cell that never showed one needs none cleared. */
        public Tooltip ifMade() {
            return tip;
        }
    }
}
