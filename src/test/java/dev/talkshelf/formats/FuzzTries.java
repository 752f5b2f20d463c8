package dev.talkshelf.formats;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Scales the importers' fuzz tries for a long run, with the project's one switch: {@code
 * -Dtalkshelf.fuzz.tries=1000000} gives each import target a million inputs, shared among its properties as their
 * declared tries are (which add up to {@link #DECLARED} per target in {@code mvn verify}).
 */
public final class FuzzTries implements AroundPropertyHook {
    static final int DECLARED = 10_000;
    static final String PROPERTY = "talkshelf.fuzz.tries";

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
