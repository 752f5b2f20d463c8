package dev.talkshelf.ui.theme;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Stylesheet;

/**
 * Reads the theme's stylesheets once, and throws them away, on a thread of its own while the toolkit starts.
 *
 * <p>Why: JavaFX reads the controls' stylesheet on the FX thread, where AtlantaFX's thousand rules took ~100 ms at
 * every start, nearly all of it code not yet compiled (a second read in the same process takes a tenth of the
 * first). Read here first, on the other core while the toolkit starts, the FX thread's own read runs compiled.
 * JavaFX gives no public way to hand it the sheet read here, so this buys speed, not the read itself.
 *
 * <p>Reading a sheet fills JavaFX's shared tables of style and pseudo-class names, which are not made for two
 * threads; so the FX thread {@link #awaitDone() waits} for this read before it makes its first node.
 */
public final class StylesheetWarmUp {
    private static final System.Logger LOG = System.getLogger(StylesheetWarmUp.class.getName());
    /** Longer than any read takes; past it the FX thread goes on (a stuck read must not stop the window). */
    private static final long MAX_WAIT_MS = 3_000;

    private final CompletableFuture<Integer> done;

    private StylesheetWarmUp(CompletableFuture<Integer> done) {
        this.done = done;
    }

    /** Starts reading AtlantaFX's light sheet (the dark one has the same rules) and TalkShelf's own. */
    public static StylesheetWarmUp start() {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread read = new Thread(() -> {
            try {
                done.complete(read(List.of(new PrimerLight().getUserAgentStylesheet(), "/dev/talkshelf/ui/talkshelf.css")));
            } catch (RuntimeException | IOException | Error e) {
                done.completeExceptionally(e);
            }
        }, "talkshelf-read-styles");
        read.setDaemon(true);
        read.start();
        return new StylesheetWarmUp(done);
    }

    /** Nothing to wait for: for a window made without the warm-up (tests). */
    public static StylesheetWarmUp none() {
        return new StylesheetWarmUp(CompletableFuture.completedFuture(0));
    }

    /** Waits until the read is over (or failed: the FX thread then reads the sheets cold, as before). */
    public void awaitDone() {
        try {
            done.get(MAX_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            LOG.log(System.Logger.Level.DEBUG, "stylesheets not read ahead", e);
        }
    }

    /**
     * Reads each sheet (the binary form beside a {@code .css}, as JavaFX does, else the text) and every rule's
     * selectors and declarations, which a binary sheet decodes only when asked; returns the number of rules.
     */
    static int read(List<String> resources) throws IOException {
        int rules = 0;
        for (String resource : resources) {
            URL binary = StylesheetWarmUp.class.getResource(resource.replaceFirst("\\.css$", ".bss"));
            URL text = StylesheetWarmUp.class.getResource(resource);
            Stylesheet sheet = binary != null ? Stylesheet.loadBinary(binary) : text != null ? new CssParser().parse(text) : null;
            if (sheet == null) {
                continue;
            }
            for (Rule rule : sheet.getRules()) {
                rules += rule.getSelectors().isEmpty() || rule.getDeclarations().isEmpty() ? 0 : 1;
            }
        }
        return rules;
    }
}
