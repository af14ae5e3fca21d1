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

    /** The memory kinds {@link #MEMORY} accepts. */
    public static final String NATIVE_MEMORY = "native";
    public static final String CHECKED_MEMORY = "checked";

    /**
     * Where the heap's arenas and raw blocks live: {@value #NATIVE_MEMORY} memory mapped from the
     * operating system (mmap'd arenas, malloc'd raw blocks, real addresses, each access one machine
     * load or store) or {@value #CHECKED_MEMORY} memory (bounds-checked Java arrays: a wild access is
     * an error naming the address). The debug allocators run on checked memory: left at its default
     * this option follows them; set explicitly to {@code native} with a debug allocator it is a
     * configuration error.
     */
    public static final Option<String> MEMORY = Option.of("memory", OptionType.choice(NATIVE_MEMORY, CHECKED_MEMORY),
            NATIVE_MEMORY,
            "heap memory: native (mmap'd arenas, malloc'd blocks, real addresses; a wild access may crash the JVM, as in C)"
                    + " or checked (bounds-checked arrays; a wild access is an error naming the address); the debug"
                    + " allocators imply checked");

    /**
     * How many arenas given back {@value #NATIVE_MEMORY} memory keeps mapped for the next one the heap
     * needs, so a heap that shrinks and grows again does not fault every page in again. {@code 0}
     * unmaps each at once, as CPython does. Under a {@link #HEAP_LIMIT} none are kept, so the limit
     * bounds everything mapped; checked memory ignores this option.
     */
    public static final Option<Long> RETAINED_ARENAS = Option.of("memory.retained_arenas", OptionType.integer(0, 4096), 16L,
            "arenas given back that native memory keeps mapped for reuse (0: unmap at once, as CPython);"
                    + " none under a heap.limit");

    /** The most bytes the heap may map (arenas plus raw blocks); {@code -1} is unlimited. */
    public static final Option<Long> HEAP_LIMIT = Option.of("heap.limit", OptionType.bytesOrUnlimited(), -1L,
            v -> v == -1 || v > 0, "a positive number of bytes (e.g. 64m) or 'unlimited'",
            "most bytes the heap may map (arenas + raw blocks); past it allocation raises MemoryError");

    /** The cycle collector, by provider name. */
    public static final Option<String> COLLECTOR = Option.of("collector", OptionType.text(), "generational",
            "cycle collector: generational (CPython's, the default), marksweep, or refcount (cycles are never freed, only reported)");

    /**
     * The collection thresholds, one to three values as {@code gc.set_threshold(t0[, t1[, t2]])}
     * takes them: the values given replace the first of CPython's {@code 700,10,10}, the others stay.
     */
    public static final Option<List<Long>> GC_THRESHOLD = Option.of("gc.threshold", OptionType.integerList(3, 0),
            List.of(700L, 10L, 10L), v -> v.stream().allMatch(t -> t <= Integer.MAX_VALUE),
            "1 to 3 comma-separated whole numbers from 0 to " + Integer.MAX_VALUE,
            "collection thresholds of generations 0, 1, 2 (1 to 3 values, as gc.set_threshold); 0 disables");

    /** Whether automatic collection starts enabled, as {@code gc.isenabled()}. */
    public static final Option<Boolean> GC_ENABLED = Option.of("gc.enabled", OptionType.bool(), true,
            "automatic collection on at start (gc.enable / gc.disable); gc.collect() always runs");

    /** The flags {@link #GC_DEBUG} accepts: DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL. */
    private static final long GC_DEBUG_FLAGS = 1 | 2 | 4 | 32;

    /** The initial {@code gc.set_debug} flags. */
    public static final Option<Long> GC_DEBUG = Option.of("gc.debug", OptionType.integer(0, Long.MAX_VALUE), 0L,
            v -> (v & ~GC_DEBUG_FLAGS) == 0,
            "a sum of gc flags: DEBUG_STATS=1, DEBUG_COLLECTABLE=2, DEBUG_UNCOLLECTABLE=4, DEBUG_SAVEALL=32"
                    + " (DEBUG_LEAK=38)",
            "gc.set_debug flags at start: DEBUG_STATS=1, DEBUG_COLLECTABLE=2, DEBUG_UNCOLLECTABLE=4, DEBUG_SAVEALL=32");

    /**
     * {@code sys.setswitchinterval}: how long a thread waiting for the GIL lets the holder run before
     * asking for it. Refused as CPython refuses it, with its messages ({@link SwitchInterval}).
     */
    public static final Option<Double> SWITCH_INTERVAL = Option.of("switchinterval", OptionType.switchInterval(), 0.005,
            "seconds a thread waiting for the GIL lets the holder run before asking it to drop the GIL (sys.setswitchinterval)");

    /** The largest {@link #HASH_SEED} number, as {@code PYTHONHASHSEED}'s. */
    public static final long MAX_HASH_SEED = 4294967295L;

    /**
     * CPython's {@code PYTHONHASHSEED}: the secret of the str and bytes hash. {@code random} draws
     * one per heap; {@code 0} disables the randomisation; a number from 1 to 4294967295 derives the
     * secret as CPython derives it, so sets and dicts of strings iterate in CPython's order.
     */
    public static final Option<String> HASH_SEED = Option.of("hashseed", OptionType.text(), "random",
            v -> v.equals("random") || v.matches("[0-9]{1,10}") && Long.parseLong(v) <= MAX_HASH_SEED,
            "'random' or a whole number from 0 to " + MAX_HASH_SEED,
            "secret of the str/bytes hash, as PYTHONHASHSEED: random, 0 (no randomisation) or 1 to " + MAX_HASH_SEED);

    /** The core options in declaration order. */
    public static List<Option<?>> core() {
        return List.of(ALLOCATOR, MEMORY, RETAINED_ARENAS, HEAP_LIMIT, COLLECTOR, GC_THRESHOLD, GC_ENABLED, GC_DEBUG, SWITCH_INTERVAL,
                HASH_SEED);
    }
}
