package dev.pyheap.runtime;

import java.util.Map;

/**
 * Which memory the runtime's test heaps use: the build runs the runtime's tests twice, on native
 * memory (the default) and, in the surefire execution {@code checked-memory}, with
 * {@code PYHEAP_MEMORY=checked}. The variable is the one the configuration loader reads for the
 * {@code memory} option; the fixtures build their configuration with {@code Configuration.of},
 * which reads no environment, so they pass it on here. A test that names its memory keeps it.
 */
public final class TestMemory {
    private TestMemory() {
    }

    /** Adds {@code memory} from {@code PYHEAP_MEMORY} to {@code settings} unless they set it (or a debug allocator decides). */
    public static void choose(Map<String, String> settings) {
        String memory = System.getenv("PYHEAP_MEMORY");
        boolean debug = settings.getOrDefault("allocator", "").contains("debug");
        if (memory != null && !memory.isEmpty() && !(debug && memory.equals("native"))) {
            settings.putIfAbsent("memory", memory);
        }
    }
}
