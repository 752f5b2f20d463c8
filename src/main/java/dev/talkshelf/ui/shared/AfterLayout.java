package dev.talkshelf.ui.shared;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;

/** Work for right after a layout pass of a scene: a post-layout pulse listener that takes itself off once it has run. */
public final class AfterLayout {
    private AfterLayout() {
    }

    /**
     * Runs {@code then} once, after the first layout pass at which {@code ready} holds. On the FX thread, and not from
     * inside another pulse listener (the scene is walking its list then). A pass comes with the next change to the
     * scene; ask for one ({@code Platform.requestNextPulse}) if nothing else will change.
     */
    public static void once(Scene scene, BooleanSupplier ready, Runnable then) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (!ready.getAsBoolean()) {
                    return;
                }
                scene.removePostLayoutPulseListener(this);
                then.run();
            }
        });
    }
}
