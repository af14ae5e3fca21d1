package dev.pyheap.api;

/**
 * Byte-addressed access to a heap's memory: arenas and raw blocks alike.
 *
 * <p>Addresses are {@code long} byte addresses handed out by an
 * {@link dev.pyheap.api.alloc.Allocator}; {@code 0} is NULL. Multi-byte values are little-endian,
 * as on the x86-64 machines CPython's layouts were measured on. A 2-, 4- or 8-byte access must be
 * naturally aligned (its address a multiple of its width); implementations may reject a misaligned
 * one. Reading or writing an address that no live mapping covers throws
 * {@link HeapCorruptionError} naming the address; it never returns garbage from another mapping.
 *
 * <p>A {@code Memory} is used under the heap's GIL and is not thread-safe.
 */
public interface Memory {

    long getLong(long address);

    void putLong(long address, long value);

    int getInt(long address);

    void putInt(long address, int value);

    short getShort(long address);

    void putShort(long address, short value);

    byte getByte(long address);

    void putByte(long address, byte value);

    /** Copies {@code bytes} bytes from {@code source} to {@code target}; overlapping ranges behave like {@code memmove}. */
    void copy(long source, long target, long bytes);

    /** Sets {@code bytes} bytes starting at {@code address} to {@code value}, like {@code memset}. */
    void fill(long address, long bytes, byte value);

    /** Copies {@code length} bytes at {@code address} into {@code target[offset..]}. */
    void read(long address, byte[] target, int offset, int length);

    /** Copies {@code source[offset..offset+length)} to {@code address}. */
    void write(long address, byte[] source, int offset, int length);

    /** Whether {@code address} lies inside memory that is currently mapped (an arena or a raw block). */
    boolean isMapped(long address);
}
