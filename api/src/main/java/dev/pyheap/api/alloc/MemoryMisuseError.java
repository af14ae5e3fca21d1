package dev.pyheap.api.alloc;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;

/**
 * Misuse caught by a debug allocator, as CPython's {@code PYTHONMALLOC=debug} hooks catch it. The
 * message names the address, the block's requested size, what was found and, when an allocation
 * site is known, where the block was allocated. The allocator stays usable afterwards.
 */
public class MemoryMisuseError extends HeapCorruptionError {

    /** What went wrong. */
    public enum Kind {
        /** A pad byte before the block was overwritten. */
        BUFFER_UNDERFLOW,
        /** A pad byte after the block was overwritten. */
        BUFFER_OVERFLOW,
        /** The block was already freed. */
        DOUBLE_FREE,
        /** The address was never returned by this allocator (or is not the start of a block). */
        INVALID_FREE,
        /** A read or write through {@link dev.pyheap.api.Memory} into a freed, quarantined block. */
        USE_AFTER_FREE,
        /** An allocator call from a thread that does not hold the heap's GIL. */
        GIL_NOT_HELD
    }

    private final Kind kind;
    private final long requestedSize;
    private final AllocationSite site;

    public MemoryMisuseError(Kind kind, long address, long requestedSize, AllocationSite site, String message) {
        super(message, address);
        this.kind = kind;
        this.requestedSize = requestedSize;
        this.site = site;
    }

    public Kind kind() {
        return kind;
    }

    /** The size originally requested for the block, or {@code -1} when not known. */
    public long requestedSize() {
        return requestedSize;
    }

    /** Where the block was allocated, or {@code null} when no site hook was installed. */
    public AllocationSite site() {
        return site;
    }

    /** Convenience for messages: {@code 0x...}. */
    public String addressText() {
        return Addresses.hex(address());
    }
}
