package dev.pyheap.allocator.impl.memory;

import dev.pyheap.api.Memory;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
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
final class NativeMemory implements Memory {
    /** Every address from 0 up: {@code MemorySegment.NULL} widened (a restricted method). */
    private static final MemorySegment ALL = MemorySegment.NULL.reinterpret(Long.MAX_VALUE);

    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfShort SHORT = ValueLayout.JAVA_SHORT_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private static final ValueLayout.OfByte BYTE = ValueLayout.JAVA_BYTE;

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
        return ALL.get(LONG, address);
    }

    @Override
    public void putLong(long address, long value) {
        ALL.set(LONG, address, value);
    }

    @Override
    public int getInt(long address) {
        return ALL.get(INT, address);
    }

    @Override
    public void putInt(long address, int value) {
        ALL.set(INT, address, value);
    }

    @Override
    public short getShort(long address) {
        return ALL.get(SHORT, address);
    }

    @Override
    public void putShort(long address, short value) {
        ALL.set(SHORT, address, value);
    }

    @Override
    public byte getByte(long address) {
        return ALL.get(BYTE, address);
    }

    @Override
    public void putByte(long address, byte value) {
        ALL.set(BYTE, address, value);
    }

    @Override
    public void copy(long source, long target, long bytes) {
        checkLength(bytes);
        // MemorySegment.copy behaves as memmove when the ranges overlap.
        MemorySegment.copy(ALL, source, ALL, target, bytes);
    }

    @Override
    public void fill(long address, long bytes, byte value) {
        checkLength(bytes);
        ALL.asSlice(address, bytes).fill(value);
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
