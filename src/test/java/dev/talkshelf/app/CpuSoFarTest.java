package dev.talkshelf.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class CpuSoFarTest {
    private static final Pattern SAID = Pattern.compile("CPU ([\\d,]+) ms, this thread ([\\d,]+) ms");

    @Test
    @EnabledOnOs(OS.LINUX)
    void aNewThreadSaysItsOwnTimeNotTheProcesss() throws Exception {
        String[] said = new String[1];
        Thread fresh = new Thread(() -> said[0] = CpuSoFar.describe());
        fresh.start();
        fresh.join();

        Matcher m = SAID.matcher(said[0]);
        assertTrue(m.matches(), said[0]);
        long process = Long.parseLong(m.group(1).replace(",", ""));
        long thread = Long.parseLong(m.group(2).replace(",", ""));
        assertTrue(thread < process, said[0]); // this JVM has run the tests so far; the new thread almost nothing
    }
}
