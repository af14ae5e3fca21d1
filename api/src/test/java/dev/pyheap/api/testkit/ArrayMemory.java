package dev.pyheap.api.testkit;

import dev.pyheap.api.Addresses;
import dev.pyheap.api.HeapCorruptionError;
import dev.pyheap.api.Memory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A test-only {@link Memory}: one byte array whose offsets are the addresses, with a bump allocator
 * handing out 16-byte aligned blocks. Addresses below 16 are never handed out, so 0 stays NULL; an
 * access outside what was handed out, or misaligned, is a {@link HeapCorruptionError} naming it.
 */
public final class ArrayMemory implements Memory {
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int FIRST = 16;

    private final byte[] bytes;
    private int top = FIRST;

    /** A memory of {@code capacity} bytes, none handed out yet. */
    public ArrayMemory(int capacity) {
        bytes = new byte[capacity];
    }

    /** A fresh zeroed block of {@code size} bytes, 16-byte aligned. */
    public long allocate(int size) {
        int start = top;
        int end = start + ((size + 15) & ~15);
        if (end > bytes.length) {
            throw new IllegalStateException("test memory of " + bytes.length + " bytes is full");
        }
        top = end;
        return start;
    }

    private int at(long address, int width) {
        if (address < FIRST || address + width > top) {
            throw new HeapCorruptionError("unmapped address " + Addresses.hex(address), address);
        }
        if ((address & (width - 1)) != 0) {
            throw new HeapCorruptionError("misaligned " + width + "-byte access at " + Addresses.hex(address), address);
        }
        return (int) address;
    }

    @Override
    public long getLong(long address) {
        return (long) LONG.get(bytes, at(address, 8));
    }

    @Override
    public void putLong(long address, long value) {
        LONG.set(bytes, at(address, 8), value);
    }

    @Override
    public int getInt(long address) {
        return (int) INT.get(bytes, at(address, 4));
    }

    @Override
    public void putInt(long address, int value) {
        INT.set(bytes, at(address, 4), value);
    }

    @Override
    public short getShort(long address) {
        return (short) SHORT.get(bytes, at(address, 2));
    }

    @Override
    public void putShort(long address, short value) {
        SHORT.set(bytes, at(address, 2), value);
    }

    @Override
    public byte getByte(long address) {
        return bytes[at(address, 1)];
    }

    @Override
    public void putByte(long address, byte value) {
        bytes[at(address, 1)] = value;
    }

    @Override
    public void copy(long source, long target, long length) {
        checkRange(source, length);
        checkRange(target, length);
        System.arraycopy(bytes, (int) source, bytes, (int) target, (int) length);
    }

    @Override
    public void fill(long address, long length, byte value) {
        checkRange(address, length);
        java.util.Arrays.fill(bytes, (int) address, (int) (address + length), value);
    }

    @Override
    public void read(long address, byte[] target, int offset, int length) {
        checkRange(address, length);
        System.arraycopy(bytes, (int) address, target, offset, length);
    }

    @Override
    public void write(long address, byte[] source, int offset, int length) {
        checkRange(address, length);
        System.arraycopy(source, offset, bytes, (int) address, length);
    }

    @Override
    public boolean isMapped(long address) {
        return address >= FIRST && address < top;
    }

    private void checkRange(long address, long length) {
        if (length < 0 || address < FIRST || address + length > top) {
            throw new HeapCorruptionError("unmapped range " + Addresses.hex(address) + " + " + length, address);
        }
    }
}
