package dev.pyheap.runtime.objects;

/**
 * A type free list (CPython 3.11's {@code list}, {@code dict}, {@code float} and per-length
 * {@code tuple} free lists): dead objects kept, memory and GC header included, to be reused by the
 * next allocation of the same shape. A recycled object skips the allocator and the collector's
 * count (+1 on allocation, -1 on free), which is why deleting lists moves {@code gc.get_count()} by
 * nothing. A full collection empties every free list.
 */
public final class FreeList {
    private final long[] objects;
    private int count;

    public FreeList(int capacity) {
        this.objects = new long[capacity];
    }

    /** Keeps {@code object} if there is room; false means the caller frees it. */
    public boolean offer(long object) {
        if (count == objects.length) {
            return false;
        }
        objects[count++] = object;
        return true;
    }

    /** A kept object, or 0 when the list is empty. */
    public long poll() {
        return count == 0 ? 0 : objects[--count];
    }

    public int size() {
        return count;
    }

    public int capacity() {
        return objects.length;
    }

    /** Whether {@code object} is on this list (sanity checks only: linear). */
    public boolean contains(long object) {
        for (int i = 0; i < count; i++) {
            if (objects[i] == object) {
                return true;
            }
        }
        return false;
    }

    /** Visits the kept objects, oldest first; the list must not change meanwhile. */
    public void forEach(java.util.function.LongConsumer visitor) {
        for (int i = 0; i < count; i++) {
            visitor.accept(objects[i]);
        }
    }

    /** Empties the list, handing each object to {@code release}. */
    public void drain(java.util.function.LongConsumer release) {
        while (count > 0) {
            release.accept(objects[--count]);
        }
    }
}
