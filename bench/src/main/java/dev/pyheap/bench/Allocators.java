package dev.pyheap.bench;

import dev.pyheap.api.Plugins;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.config.Configuration;

import java.util.HashMap;
import java.util.Map;

/**
 * Creates allocators by provider name. JMH runs on the class path, where JPMS {@code provides} is
 * ignored; the allocator jar's {@code META-INF/services} entries are what make the lookup work here.
 */
final class Allocators {
    private Allocators() {
    }

    /** A new allocator of kind {@code name} with every option at its default (native memory, no heap limit). */
    static Allocator create(String name) {
        return create(name, null);
    }

    /**
     * A new allocator from a spec {@code name} or {@code name@memory} ({@code pymalloc@checked}), as
     * {@link MegamorphicBench}'s {@code others} lists them.
     */
    static Allocator createFromSpec(String spec) {
        int at = spec.indexOf('@');
        return at < 0 ? create(spec, null) : create(spec.substring(0, at), spec.substring(at + 1));
    }

    /**
     * A new allocator of kind {@code name} on {@code memory} ({@code native}, {@code checked}; null: the
     * default, which the debug allocators turn into checked).
     */
    static Allocator create(String name, String memory) {
        Map<String, String> settings = new HashMap<>();
        if (memory != null) {
            settings.put("memory", memory);
        }
        Allocator allocator = Plugins.allocator(name).create(Configuration.of(settings));
        if (!allocator.name().equals(name)) {
            // A provider that answers to one name but builds another kind would silently skew every ratio.
            allocator.close();
            throw new IllegalStateException("provider '" + name + "' created an allocator named '" + allocator.name() + "'");
        }
        if (memory != null && allocator.memory().isChecked() != memory.equals("checked")) {
            allocator.close();
            throw new IllegalStateException(name + " did not run on " + memory + " memory");
        }
        return allocator;
    }
}
