package dev.pyheap.allocator.impl.memory;

import dev.pyheap.api.Memory;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * {@link Memory} over real process addresses: every access is one absolute address in a
 * {@link MemorySegment} that covers the whole address space, read or written with a little-endian
 * value layout, so it compiles to the one {@code mov} C would use (plus the segment's bounds check
 * against {@code Long.MAX_VALUE}, which no user-space address fails). An address is the number
 * {@code id()} prints, as in CPython.
 *
 * <p>Nothing is checked against the heap's mappings: a wild access reads or damages whatever is
 * there, or crashes the process, as in C. {@link #isMapped} answers from the allocator's tables
 * ({@link NativeSpace}) without touching memory, for code that must not trust an address.
 *
 * <p>The segment is a constant shared by every native heap (it holds no state: the JIT folds it
 * into each access); the maps are each heap's own.
 */
final class NativeMemory extends SourceMemory {
    /** Every address from 0 up: {@code MemorySegment.NULL} widened (a restricted method). */
    private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

    /*
     * The layouts' var handles, called directly rather than through MemorySegment.get/set, which
     * only fetch the same handle and call it: one inlining level less per access. C2 inlines at
     * most 15 levels deep (MaxInlineLevel) and an FFM access is 9 of them under the Memory call
     * (the guard, the segment checks, the alignment test); a deallocation chain reaches its
     * accesses at level 6 or 7, where the last check of each access (the segment's alignment mask)
     * fell off the limit and became a real call per access. Each handle takes (MemorySegment, long)
     * and is invoked with exactly those types.
     */
    private static final VarHandle LONG_H = LONG.varHandle();
    private static final VarHandle INT_H = INT.varHandle();
    private static final VarHandle SHORT_H = SHORT.varHandle();
    private static final VarHandle BYTE_H = BYTE.varHandle();

    private final NativeSpace space;

    NativeMemory(NativeSpace space) {
        this.space = space;
    }

    /** Initialises this class (and so the whole-memory segment), failing early without native access. */
    static void ensureAvailable() {
        Objects.requireNonNull(ALL);
    }

    @Override
    public long getLong(long address) {
        return (long) LONG_H.get(ALL, address);
    }

    @Override
    public void putLong(long address, long value) {
        LONG_H.set(ALL, address, value);
    }

    @Override
    public int getInt(long address) {
        return (int) INT_H.get(ALL, address);
    }

    @Override
    public void putInt(long address, int value) {
        INT_H.set(ALL, address, value);
    }

    @Override
    public short getShort(long address) {
        return (short) SHORT_H.get(ALL, address);
    }

    @Override
    public void putShort(long address, short value) {
        SHORT_H.set(ALL, address, value);
    }

    @Override
    public byte getByte(long address) {
        return (byte) BYTE_H.get(ALL, address);
    }

    @Override
    public void putByte(long address, byte value) {
        BYTE_H.set(ALL, address, value);
    }

    @Override
    public void copy(long source, long target, long bytes) {
        checkLength(bytes);
        // MemorySegment.copy behaves as memmove when the ranges overlap.
        MemorySegment.copy(ALL, source, ALL, target, bytes);
    }

    /** Fills up to this many bytes with word stores; longer ranges take the segment's bulk fill. */
    private static final long SMALL_FILL = 128;

    @Override
    public void fill(long address, long bytes, byte value) {
        checkLength(bytes);
        if (bytes > SMALL_FILL) {
            ALL.asSlice(address, bytes).fill(value);
            return;
        }
        // Most fills are a new object's few words (an instance's values array, a small header): the bulk
        // fill's slice, its checks and its size dispatch cost more than the stores themselves.
        long word = (value & 0xFFL) * 0x0101010101010101L;
        long end = address + bytes;
        long at = address;
        for (; at + 8 <= end; at += 8) {
            LONG_H.set(ALL, at, word);
        }
        for (; at < end; at++) {
            BYTE_H.set(ALL, at, value);
        }
    }

    @Override
    public void read(long address, byte[] target, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, target.length);
        MemorySegment.copy(ALL, BYTE, address, target, offset, length);
    }

    @Override
    public void write(long address, byte[] source, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, source.length);
        MemorySegment.copy(source, offset, ALL, BYTE, address, length);
    }

    @Override
    public boolean isMapped(long address) {
        return space.isMapped(address, 1);
    }

    @Override
    public boolean isMapped(long address, long bytes) {
        return space.isMapped(address, bytes);
    }

    @Override
    public boolean isChecked() {
        return false;
    }

    private static void checkLength(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative length: " + bytes);
        }
    }
}
