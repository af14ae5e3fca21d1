package dev.pyheap.api.config;

import java.util.List;

/**
 * The core options every heap has. Allocators and collectors declare their own through their
 * providers; {@link dev.pyheap.api.Plugins#declaredOptions()} gathers them all.
 */
public final class Options {
    private Options() {
    }

    /** The allocator, by provider name. CPython's {@code PYTHONMALLOC} names are accepted. */
    public static final Option<String> ALLOCATOR = Option.of("allocator", OptionType.text(), "pymalloc",
            "memory allocator: pymalloc, malloc, pymalloc_debug, malloc_debug or debug (as PYTHONMALLOC)");

    /** The most bytes the heap may map (arenas plus raw blocks); {@code -1} is unlimited. */
    public static final Option<Long> HEAP_LIMIT = Option.of("heap.limit", OptionType.bytesOrUnlimited(), -1L,
            v -> v == -1 || v > 0, "a positive number of bytes (e.g. 64m) or 'unlimited'",
            "most bytes the heap may map (arenas + raw blocks); past it allocation raises MemoryError");

    /** The core options in declaration order. */
    public static List<Option<?>> core() {
        return List.of(ALLOCATOR, HEAP_LIMIT);
    }
}
