package dev.pyheap.runtime.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Where Java code puts the arguments of a call it makes itself: the vectorcall convention
 * ({@link PyType#call(long, long, long, long)}) takes them as an array of object pointers in heap
 * memory, which C code keeps on its own stack ({@code small_stack} in {@code Objects/call.c}). One
 * area per thread state, a stack of chunks that never move, so that a callee may itself push
 * while its caller's arguments stay where they are:
 * <pre>
 *   chunk 0 [a0 a1 a2 | b0 b1 ...free...]   chunk 1 [c0 ... c300 | ...]   (a chunk is added when a push does not fit)
 *                       ^ mark of the call pushing b
 * </pre>
 * The slots hold borrowed references (as C's argument arrays): pushing counts nothing. A push
 * returns the address of its first slot; {@link #mark()} before and {@link #release(long)} after
 * restore the stack, in a {@code finally}. When the outermost call returns the chunks are freed, so
 * between calls from Java the area holds no memory. Chunks come straight from the allocator, not through
 * tracemalloc, as CPython's C stack is not traced; the sanity checker claims them
 * ({@link ObjectSpace#forEachKeptBlock}).
 */
public final class ArgumentArea {
    /** Slots of a chunk unless a single push needs more. */
    static final int CHUNK_SLOTS = 64;

    private final ObjectSpace space;
    private final List<long[]> chunks = new ArrayList<>(); // {address, slots}
    private int chunk = -1;
    private int top;

    ArgumentArea(ObjectSpace space) {
        this.space = space;
    }

    /** The current top, to pass to {@link #release(long)}. */
    public long mark() {
        return ((long) chunk << 32) | top;
    }

    /** Pops everything pushed since {@code mark}. */
    public void release(long mark) {
        chunk = (int) (mark >> 32);
        top = (int) mark;
        if (chunk < 0 && !chunks.isEmpty()) {
            freeChunks(); // no call from Java under way: the area holds no block between calls
        }
    }

    private void freeChunks() {
        for (long[] c : chunks) {
            space.allocator.free(c[0]);
        }
        chunks.clear();
    }

    /** Room for {@code n} slots, uninitialised: the address of the first. */
    public long reserve(int n) {
        if (chunk < 0 || top + n > chunks.get(chunk)[1]) {
            chunk++;
            while (chunk < chunks.size() && chunks.get(chunk)[1] < n) {
                space.allocator.free(chunks.remove(chunk)[0]);
            }
            if (chunk == chunks.size()) {
                int slots = Math.max(CHUNK_SLOTS, n);
                chunks.add(new long[] {space.allocator.allocate(8L * slots), slots});
            }
            top = 0;
        }
        long at = chunks.get(chunk)[0] + 8L * top;
        top += n;
        return at;
    }

    /** Pushes {@code args} (borrowed): the address of the first. */
    public long push(long[] args) {
        long at = reserve(Math.max(args.length, 1));
        for (int i = 0; i < args.length; i++) {
            space.memory.putLong(at + 8L * i, args[i]);
        }
        return at;
    }

    /** Pushes {@code self} then {@code args}: a method call's vector with its receiver first. */
    public long push(long self, long[] args) {
        long at = reserve(args.length + 1);
        space.memory.putLong(at, self);
        for (int i = 0; i < args.length; i++) {
            space.memory.putLong(at + 8L * (i + 1), args[i]);
        }
        return at;
    }

    void forEachBlock(LongConsumer visitor) {
        for (long[] c : chunks) {
            visitor.accept(c[0]);
        }
    }

    /** Frees the chunks (the thread state is going away). */
    public void close() {
        freeChunks();
        chunk = -1;
        top = 0;
        space.argumentAreas.remove(this);
    }
}
