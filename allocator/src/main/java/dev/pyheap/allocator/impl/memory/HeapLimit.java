package dev.pyheap.allocator.impl.memory;

import dev.pyheap.api.MemoryError;

/**
 * {@code heap.limit}: the bytes a heap has mapped (arenas plus raw blocks) and the most it may map.
 * A mapping is reserved here before it is made, so a request past the limit throws
 * {@link MemoryError} before anything changes; a mapping that then fails gives its reservation back.
 */
final class HeapLimit {
    private final long limitBytes;
    private long mappedBytes;

    /** @param limitBytes the most bytes that may be mapped at once, or {@code -1} for no limit */
    HeapLimit(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    long limitBytes() {
        return limitBytes;
    }

    long mappedBytes() {
        return mappedBytes;
    }

    /** Counts {@code bytes} more as mapped, or throws {@link MemoryError} (counting nothing) past the limit. */
    void reserve(long bytes) {
        if (limitBytes >= 0 && bytes > limitBytes - mappedBytes) {
            throw new MemoryError("heap limit reached: mapping " + bytes + " more bytes would exceed heap.limit="
                    + limitBytes + " (mapped: " + mappedBytes + " bytes)", bytes, mappedBytes, limitBytes);
        }
        mappedBytes += bytes;
    }

    /** Counts {@code bytes} fewer as mapped. */
    void release(long bytes) {
        mappedBytes -= bytes;
    }

    /** A MemoryError for a request the system refused although the limit allowed it. */
    MemoryError refused(String what, long bytes) {
        return new MemoryError(what, bytes, mappedBytes, limitBytes);
    }

    void releaseAll() {
        mappedBytes = 0;
    }
}
