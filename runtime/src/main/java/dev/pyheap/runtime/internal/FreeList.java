package dev.pyheap.runtime.internal;

/**
 * A type free list (CPython 3.11's {@code list}, {@code dict}, {@code float} and per-length
 * {@code tuple} free lists): dead objects kept, memory and GC header included, to be reused by the
 * next allocation of the same shape. A recycled object skips the allocator and the collector's
 * count (+1 on allocation, -1 on free), which is why deleting lists moves {@code gc.get_count()} by
 * nothing. A full collection empties every free list.
 */
final class FreeList {
    private final long[] objects;
    private int count;

    FreeList(int capacity) {
        this.objects = new long[capacity];
    }

    /** Keeps {@code object} if there is room; false means the caller frees it. */
    boolean offer(long object) {
        if (count == objects.length) {
            return false;
        }
        objects[count++] = object;
        return true;
    }

    /** A kept object, or 0 when the list is empty. */
    long poll() {
        return count == 0 ? 0 : objects[--count];
    }

    int size() {
        return count;
    }

    int capacity() {
        return objects.length;
    }

    /** Whether {@code object} is on this list (sanity checks only: linear). */
    boolean contains(long object) {
        for (int i = 0; i < count; i++) {
            if (objects[i] == object) {
                return true;
            }
        }
        return false;
    }

    /** Visits the kept objects, oldest first; the list must not change meanwhile. */
    void forEach(java.util.function.LongConsumer visitor) {
        for (int i = 0; i < count; i++) {
            visitor.accept(objects[i]);
        }
    }

    /** Empties the list, handing each object to {@code release}. */
    void drain(java.util.function.LongConsumer release) {
        while (count > 0) {
            release.accept(objects[--count]);
        }
    }
}
