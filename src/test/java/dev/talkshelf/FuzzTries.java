package dev.talkshelf;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales a fuzz class's tries for a longer run, with the project's one switch: {@code -Dtalkshelf.fuzz.tries=1000000}
 * gives its properties (or each import target's, in the importers' fuzz class) a million inputs in all, shared as
 * their declared tries are (which add up to {@link #DECLARED} per class or target). Used by the query and import
 * fuzz classes alike, as {@code @AddLifecycleHook(FuzzTries.class)}.
 */
public final class FuzzTries implements AroundPropertyHook {
    /** The tries a fuzz class declares in all, for {@code mvn verify}. */
    public static final int DECLARED = 10_000;
    public static final String PROPERTY = "talkshelf.fuzz.tries";

    /** Set on a class, it reaches the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String wanted = System.getProperty(PROPERTY);
        if (wanted != null && !wanted.isBlank()) {
            long total = Long.parseLong(wanted.strip().replace("_", ""));
            int declared = context.attributes().tries().orElse(1_000);
            context.attributes().setTries((int) Math.max(1, Math.min(Integer.MAX_VALUE, declared * total / DECLARED)));
        }
        return property.execute();
    }
}
