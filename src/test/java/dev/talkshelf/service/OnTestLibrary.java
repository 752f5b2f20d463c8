package dev.talkshelf.service;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A service test on a {@link TestLibrary} of its own: a new library file in the test's folder before each test (before
 * the test class's own set-up runs), closed after it.
 */
abstract class OnTestLibrary {
    @TempDir
    Path dir;

    TestLibrary lib;

    @BeforeEach
    final void openTestLibrary() {
        lib = TestLibrary.in(dir);
    }

    @AfterEach
    final void closeTestLibrary() {
        lib.close();
    }
}
