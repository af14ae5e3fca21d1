package dev.pyheap.allocator.impl;

import dev.pyheap.allocator.impl.memory.MemorySource;
import dev.pyheap.allocator.impl.pool.Pymalloc;
import dev.pyheap.allocator.impl.raw.Malloc;
import dev.pyheap.api.alloc.Allocator;
import dev.pyheap.api.config.Configuration;
import dev.pyheap.api.config.ConfigurationException;
import dev.pyheap.api.config.Options;
import dev.pyheap.api.config.Setting;
import dev.pyheap.api.config.Source;

/**
 * Creates the two base allocators, each over its own {@link MemorySource} bounded by
 * {@code heap.limit}, and decides which memory a kind of allocator runs on.
 */
final class BaseAllocators {
    static final String PYMALLOC = "pymalloc";
    static final String MALLOC = "malloc";

    private BaseAllocators() {
    }

    /**
     * @param kind   {@value #PYMALLOC} or {@value #MALLOC}
     * @param memory {@value Options#NATIVE_MEMORY} or {@value Options#CHECKED_MEMORY}
     */
    static Allocator create(String kind, String memory, Configuration configuration) {
        MemorySource source = MemorySource.create(memory, configuration.get(Options.HEAP_LIMIT),
                Math.toIntExact(configuration.get(Options.RETAINED_ARENAS)));
        return switch (kind) {
            case PYMALLOC -> new Pymalloc(kind, source);
            case MALLOC -> new Malloc(kind, source);
            default -> throw new IllegalArgumentException("no base allocator " + kind);
        };
    }

    /**
     * The memory an allocator named {@code allocator} runs on. The plain allocators take the
     * {@code memory} option. The debug allocators exist to turn misuse into an error naming the
     * address, which only checked memory can promise for every access, so they run on checked
     * memory: the option's default gives way to them, and an explicit {@code memory=native} is refused
     * with the reason rather than silently ignored.
     *
     * @throws ConfigurationException for a debug allocator with memory=native set explicitly
     */
    static String memoryFor(String allocator, boolean debugHooks, Configuration configuration) {
        String memory = configuration.get(Options.MEMORY);
        if (!debugHooks) {
            return memory;
        }
        Source source = configuration.setting(Options.MEMORY.name()).map(Setting::source).orElse(Source.DEFAULT);
        if (memory.equals(Options.NATIVE_MEMORY) && source != Source.DEFAULT) {
            String origin = configuration.setting(Options.MEMORY.name()).map(Setting::origin).orElse("");
            throw new ConfigurationException("allocator " + allocator + " runs on checked memory (it reports misuse as"
                    + " an error naming the address, which native memory cannot promise); memory=native was set by "
                    + origin + ": remove it or set memory=checked");
        }
        return Options.CHECKED_MEMORY;
    }
}
