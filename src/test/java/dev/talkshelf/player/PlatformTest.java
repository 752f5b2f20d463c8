package dev.talkshelf.player;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformTest {

    private static final String URL = "https://example.org/talk?a=1&b=^2";

    @Test
    void linuxOpensWithXdgOpen() {
        assertEquals(List.of("xdg-open", URL), Platform.LINUX.openCommand(URL));
    }

    @Test
    void macOpensWithOpen() {
        assertEquals(List.of("open", URL), Platform.MAC.openCommand(URL));
    }

    @Test
    void windowsUsesTheUrlHandlerNotCmd() {
        assertEquals(List.of("rundll32", "url.dll,FileProtocolHandler", URL), Platform.WINDOWS.openCommand(URL));
    }
}
