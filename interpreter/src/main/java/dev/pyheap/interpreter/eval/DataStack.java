package dev.pyheap.interpreter.eval;

import dev.pyheap.runtime.objects.ObjectSpace;

import java.util.ArrayList;
import java.util.List;

/**
 * A thread's data stack ({@code tstate->datastack_chunk}, Python/pystate.c's
 * {@code _PyThreadState_BumpFramePointer}): chunks of heap memory on which frames are pushed and
 * popped in order. As CPython takes them from the arena allocator, outside pymalloc, chunks come
 * straight from the allocator (not traced by tracemalloc); a chunk stays once made.
 */
final class DataStack {
    /** Bytes of a chunk unless one frame needs more (CPython's DATA_STACK_CHUNK_SIZE). */
    static final long CHUNK = 16 * 1024;

    private final ObjectSpace space;
    private final List<long[]> chunks = new ArrayList<>(); // {address, bytes}
    private int chunk = -1;
    private long top;
    /** The current chunk's address and size (its entry of {@link #chunks}), read on every push and pop. */
    private long start, size;

    DataStack(ObjectSpace space) {
        this.space = space;
    }

    /** Room for a frame of {@code bytes}: its address. */
    long push(long bytes) {
        if (chunk < 0 || top + bytes > size) {
            if (chunk >= 0) {
                if (chunk == tops.length) {
                    tops = java.util.Arrays.copyOf(tops, 2 * chunk);
                }
                tops[chunk] = top;
            }
            chunk++;
            while (chunk < chunks.size() && chunks.get(chunk)[1] < bytes) {
                space.allocator.free(chunks.remove(chunk)[0]);
            }
            if (chunk == chunks.size()) {
                long made = Math.max(CHUNK, bytes);
                chunks.add(new long[] {space.allocator.allocate(made), made});
            }
            top = 0;
            select();
        }
        long at = start + top;
        top += bytes;
        return at;
    }

    /** Pops the frame at {@code address}, the most recent one. */
    void pop(long address) {
        if (address == start && chunk > 0) {
            chunk--;
            top = tops[chunk];
            select();
        } else {
            top = address - start;
        }
    }

    private void select() {
        long[] c = chunks.get(chunk);
        start = c[0];
        size = c[1];
    }

    /** The top of each chunk below the current one, when the next was started. */
    private long[] tops = new long[8];

    /** Releases the chunks (the thread is done). */
    void free() {
        for (long[] c : chunks) {
            space.allocator.free(c[0]);
        }
        chunks.clear();
        chunk = -1;
        start = 0;
        size = 0;
    }

    /** Visits the chunks' blocks (for the sanity checker: they belong to the thread). */
    void forEachChunk(java.util.function.LongConsumer visitor) {
        for (long[] c : chunks) {
            visitor.accept(c[0]);
        }
    }
}
