package dev.pyheap.allocator.impl.raw;

import dev.pyheap.allocator.impl.memory.MemorySource;
import dev.pyheap.api.MemoryError;

/** {@code count * elementSize} for a calloc, checked as {@code PyObject_Calloc} checks it. */
public final class CallocSize {
    private CallocSize() {
    }

    /**
     * The product, or a {@link MemoryError} when it overflows (calloc returns NULL).
     *
     * @throws IllegalArgumentException for a negative argument
     */
    public static long of(long count, long elementSize, MemorySource source) {
        if (count < 0 || elementSize < 0) {
            throw new IllegalArgumentException("negative calloc arguments: " + count + " x " + elementSize);
        }
        try {
            return Math.multiplyExact(count, elementSize);
        } catch (ArithmeticException e) {
            throw new MemoryError("calloc(" + count + ", " + elementSize + ") overflows", Long.MAX_VALUE,
                    source.mappedBytes(), source.limitBytes());
        }
    }
}
