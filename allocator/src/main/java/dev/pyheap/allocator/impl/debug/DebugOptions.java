package dev.pyheap.allocator.impl.debug;

import dev.pyheap.api.config.Option;
import dev.pyheap.api.config.OptionType;

import java.util.List;

/**
 * The options of the debug allocators, declared once: {@code pymalloc_debug}, {@code malloc_debug}
 * and {@code debug} return these same instances, so the configuration loader sees one declaration
 * per name.
 */
public final class DebugOptions {
    private DebugOptions() {
    }

    /** Bytes of freed blocks (pads included) held back from reuse; {@code 0} disables, {@code -1} is unlimited. */
    public static final Option<Long> QUARANTINE = Option.of("debug.quarantine", OptionType.bytesOrUnlimited(), 1L << 20,
            "debug allocators: bytes of freed blocks (filled with 0xDD) held back before really freeing them; "
                    + "0 disables, 'unlimited' never frees");

    /** CPython's compile-time {@code PYMEM_DEBUG_SERIALNO}, off by default as in 3.11. */
    public static final Option<Boolean> SERIALNO = Option.of("debug.serialno", OptionType.bool(), Boolean.FALSE,
            "debug allocators: append an 8-byte serial number to every block (CPython's PYMEM_DEBUG_SERIALNO)");

    /** Both options, in the order {@code pyheap config} prints them. */
    public static final List<Option<?>> ALL = List.of(QUARANTINE, SERIALNO);
}
