package dev.talkshelf.ui.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {

    @Test
    void workArrivingAfterTheWindowClosedIsDroppedQuietly() {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();
        assertDoesNotThrow(() -> runner.run(() -> {
            ran.set(true);
            return 1;
        }, r -> ran.set(true), e -> ran.set(true)));
        assertDoesNotThrow(() -> runner.debounce(this, 0, () -> ran.set(true)));
        assertFalse(ran.get());
    }
}
